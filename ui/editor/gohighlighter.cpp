#include "ui/editor/gohighlighter.h"

namespace gsl::ui {

namespace {
// Block states: 0 = normal, 1 = inside /* */, 2 = inside a raw `string`.
enum { Normal = 0, InComment = 1, InRaw = 2 };
}

GoHighlighter::GoHighlighter(QTextDocument *doc)
    : QSyntaxHighlighter(doc),
      m_keywords(QStringLiteral("\\b(break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|"
                                "import|interface|map|package|range|return|select|struct|switch|type|var)\\b")),
      m_types(QStringLiteral("\\b(bool|byte|error|int|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|uintptr|"
                             "float32|float64|string|rune|any)\\b")),
      m_builtins(QStringLiteral("\\b(append|cap|close|copy|delete|len|make|new|panic|print|println|recover|true|false|nil|iota)\\b")),
      m_numbers(QStringLiteral("\\b(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?)\\b"))
{
    keywordFormat.setForeground(QColor(0, 80, 180));
    keywordFormat.setFontWeight(QFont::Bold);
    typeFormat.setForeground(QColor(0, 130, 130));
    builtinFormat.setForeground(QColor(140, 60, 160));
    stringFormat.setForeground(QColor(170, 90, 0));
    commentFormat.setForeground(QColor(110, 120, 110));
    commentFormat.setFontItalic(true);
    numberFormat.setForeground(QColor(180, 40, 80));
}

void GoHighlighter::highlightBlock(const QString &text)
{
    auto applyAll = [&](const QRegularExpression &re, const QTextCharFormat &f) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    };
    applyAll(m_keywords, keywordFormat);
    applyAll(m_types, typeFormat);
    applyAll(m_builtins, builtinFormat);
    applyAll(m_numbers, numberFormat);

    // Strings and comments last: they override anything inside them.
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (state == InComment || state == InRaw) {
            const QString close = state == InComment ? QStringLiteral("*/") : QStringLiteral("`");
            const int end = int(text.indexOf(close, i));
            const int stop = end < 0 ? n : end + int(close.size());
            setFormat(i, stop - i, state == InComment ? commentFormat : stringFormat);
            i = stop;
            if (end >= 0) state = Normal;
            continue;
        }
        const QChar c = text[i];
        if (c == QLatin1Char('/') && i + 1 < n && text[i + 1] == QLatin1Char('/')) {
            setFormat(i, n - i, commentFormat);
            break;
        }
        if (c == QLatin1Char('/') && i + 1 < n && text[i + 1] == QLatin1Char('*')) {
            state = InComment;
            setFormat(i, 2, commentFormat);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            state = InRaw;
            setFormat(i, 1, stringFormat);
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int j = i + 1;
            while (j < n && text[j] != c) {
                if (text[j] == QLatin1Char('\\')) ++j;
                ++j;
            }
            const int stop = std::min(n, j + 1);
            setFormat(i, stop - i, stringFormat);
            i = stop;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state);
}

} // namespace gsl::ui
