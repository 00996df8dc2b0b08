// gohighlighter.h — Go syntax colouring: keywords, predeclared types and
// functions, strings (interpreted, raw, runes), comments (line and block)
// and numbers.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gsl::ui {

class GoHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit GoHighlighter(QTextDocument *doc);

    // Formats, public for tests ("is this range a keyword?").
    QTextCharFormat keywordFormat, typeFormat, stringFormat, commentFormat, numberFormat, builtinFormat;

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords, m_types, m_builtins, m_numbers;
};

} // namespace gsl::ui
