// goeditor.h — the scenario editor and source view: Go highlighting, line
// numbers, diagnostics (wavy red underline, tooltip with the message) and,
// while a run is shown, a marker per goroutine at its current line in the
// goroutine's colour.
#pragma once

#include "ui/controller/runoutput.h"

#include <QPlainTextEdit>

namespace gsl::ui {

class GoHighlighter;

class GoEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit GoEditor(QWidget *parent = nullptr);

    void setDiagnostics(const QVector<UiDiagnostic> &d);
    const QVector<UiDiagnostic> &diagnostics() const { return m_diags; }
    // setGoroutineLines: (goid, line) of every live goroutine; shown in the gutter.
    void setGoroutineLines(const QVector<QPair<int32_t, int>> &lines);
    const QVector<QPair<int32_t, int>> &goroutineLines() const { return m_gLines; }
    // goToLine moves the caret to line:col (1-based) and shows it.
    void goToLine(int line, int col = 1);
    // diagnosticAt: the message of a diagnostic on the line of pos, or "".
    QString diagnosticAt(const QPoint &viewportPos) const;
    int lineNumberAreaWidth() const;
    GoHighlighter *highlighter() const { return m_highlighter; }

protected:
    void resizeEvent(QResizeEvent *e) override;
    bool event(QEvent *e) override;

private:
    friend class LineNumberArea;
    void paintGutter(QPaintEvent *e);
    void updateSelections();

    QWidget *m_gutter = nullptr;
    GoHighlighter *m_highlighter = nullptr;
    QVector<UiDiagnostic> m_diags;
    QVector<QPair<int32_t, int>> m_gLines;
};

// setupGoTextView: what every view of Go source shares (the editor, the
// source view): a monospace font, no wrapping, tabs of four spaces.
void setupGoTextView(QPlainTextEdit *view);

} // namespace gsl::ui
