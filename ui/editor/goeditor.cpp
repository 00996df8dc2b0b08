#include "ui/editor/goeditor.h"

#include "ui/editor/gohighlighter.h"
#include "ui/schedview/schedlayout.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace gsl::ui {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(GoEditor *e) : QWidget(e), m_editor(e) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *e) override { m_editor->paintGutter(e); }

private:
    GoEditor *m_editor;
};

void setupGoTextView(QPlainTextEdit *view)
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    view->setFont(mono);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTabStopDistance(view->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
}

GoEditor::GoEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setupGoTextView(this);
    m_highlighter = new GoHighlighter(document());
    m_gutter = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &r, int dy) {
        if (dy) m_gutter->scroll(0, dy);
        else m_gutter->update(0, r.y(), m_gutter->width(), r.height());
    });
    // Edits invalidate the positions of old diagnostics.
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_diags.isEmpty() && document()->isModified()) {
            m_diags.clear();
            updateSelections();
        }
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

int GoEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    // Room for the number and a column of goroutine markers.
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 1) + 30;
}

void GoEditor::resizeEvent(QResizeEvent *e)
{
    QPlainTextEdit::resizeEvent(e);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void GoEditor::paintGutter(QPaintEvent *e)
{
    QPainter p(m_gutter);
    p.fillRect(e->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int h = fontMetrics().height();
    while (block.isValid() && top <= e->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        if (block.isVisible()) {
            bool hasError = false;
            for (const UiDiagnostic &d : m_diags)
                hasError |= d.line == line;
            p.setPen(hasError ? QColor(200, 30, 30) : palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, m_gutter->width() - 32, h, Qt::AlignRight, QString::number(line));
            // Goroutine markers: small discs, several per line side by side.
            int k = 0;
            for (const auto &gl : m_gLines) {
                if (gl.second != line) continue;
                const int x = m_gutter->width() - 28 + (k % 3) * 9;
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(QColor(40, 40, 40));
                p.setBrush(goroutineColor(gl.first));
                p.drawEllipse(QRectF(x, top + (h - 8) / 2.0, 8, 8));
                ++k;
            }
        }
        block = block.next();
        top += qRound(blockBoundingRect(block).height());
    }
}

void GoEditor::setDiagnostics(const QVector<UiDiagnostic> &d)
{
    m_diags = d;
    updateSelections();
    m_gutter->update();
}

void GoEditor::setGoroutineLines(const QVector<QPair<int32_t, int>> &lines)
{
    if (lines == m_gLines)
        return;
    m_gLines = lines;
    updateSelections();
    m_gutter->update();
}

void GoEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> sel;
    // Lines where goroutines are: a light tint of the first one's colour.
    for (const auto &gl : m_gLines) {
        const QTextBlock b = document()->findBlockByNumber(gl.second - 1);
        if (!b.isValid()) continue;
        QTextEdit::ExtraSelection s;
        QColor c = goroutineColor(gl.first);
        c.setAlpha(60);
        s.format.setBackground(c);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(b);
        sel.push_back(s);
    }
    for (const UiDiagnostic &d : m_diags) {
        const QTextBlock b = document()->findBlockByNumber(d.line - 1);
        if (!b.isValid()) continue;
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(d.error ? QColor(220, 0, 0) : QColor(220, 160, 0));
        s.format.setToolTip(d.message);
        QTextCursor c(b);
        // From the column to the end of the line (the whole line without a column).
        const int col = qBound(0, d.col - 1, qMax(0, int(b.length()) - 1));
        c.setPosition(b.position() + col);
        c.setPosition(b.position() + qMax(col + 1, int(b.length()) - 1), QTextCursor::KeepAnchor);
        s.cursor = c;
        sel.push_back(s);
    }
    setExtraSelections(sel);
}

void GoEditor::goToLine(int line, int col)
{
    const QTextBlock b = document()->findBlockByNumber(line - 1);
    if (!b.isValid()) return;
    QTextCursor c(b);
    c.setPosition(b.position() + qBound(0, col - 1, qMax(0, int(b.length()) - 1)));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

QString GoEditor::diagnosticAt(const QPoint &viewportPos) const
{
    const int line = cursorForPosition(viewportPos).blockNumber() + 1;
    QStringList msgs;
    for (const UiDiagnostic &d : m_diags)
        if (d.line == line)
            msgs << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.col).arg(d.message);
    return msgs.join(QLatin1Char('\n'));
}

bool GoEditor::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(e);
        const QPoint vp = viewport()->mapFrom(this, he->pos());
        const QString msg = diagnosticAt(vp);
        if (!msg.isEmpty()) QToolTip::showText(he->globalPos(), msg, this);
        else QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(e);
}

} // namespace gsl::ui
