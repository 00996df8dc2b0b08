#include "ui/source/sourceview.h"

#include "ui/controller/playback.h"
#include "ui/editor/goeditor.h"
#include "ui/editor/gohighlighter.h"
#include "ui/schedview/schedlayout.h"

#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QTextBlock>

namespace gsl::ui {

namespace {
constexpr int kMaxBadges = 3; // per line in the gutter; the annotation names all

QColor textOn(const QColor &bg) { return bg.lightnessF() > 0.55 ? Qt::black : Qt::white; }
} // namespace

class SourceGutter : public QWidget
{
public:
    explicit SourceGutter(SourceView *v) : QWidget(v), m_view(v) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *e) override { m_view->paintGutter(e); }
    void mousePressEvent(QMouseEvent *e) override { m_view->gutterClicked(e->position().toPoint()); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("sourceView"));
    setReadOnly(true);
    setupGoTextView(this);
    m_highlighter = new GoHighlighter(document());
    m_gutter = new SourceGutter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &r, int dy) {
        if (dy) m_gutter->scroll(0, dy);
        else m_gutter->update(0, r.y(), m_gutter->width(), r.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int SourceView::badgeWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("G99")) + 6;
}

int SourceView::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 6 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 1) + kMaxBadges * (badgeWidth() + 2);
}

void SourceView::setSource(const QString &text)
{
    if (text == toPlainText())
        return;
    setPlainText(text);
    updateTints();
}

void SourceView::follow(PlaybackController *pc)
{
    disconnect(m_conn);
    m_pc = pc;
    if (pc) {
        m_conn = connect(pc, &PlaybackController::positionChanged, this, &SourceView::refresh);
        refresh();
    }
}

void SourceView::refresh()
{
    if (!m_pc || !m_pc->trace()) {
        setGoroutines({});
        return;
    }
    setGoroutines(goroutinesAt(*m_pc->trace(), m_pc->state(), m_pc->position()));
}

void SourceView::setGoroutines(const QVector<GoroutineAt> &g)
{
    if (g == m_gs)
        return;
    m_gs = g;
    Q_EMIT goroutinesChanged();
    updateTints();
    m_gutter->update();
    viewport()->update();
    if (!m_scrollFollows)
        return;
    // Keep the line of the goroutine that last acted in view: a running one first.
    int line = 0;
    for (const GoroutineAt &a : m_gs)
        if (a.line > 0 && (line == 0 || a.status == trace::GStatus::Running)) {
            line = a.line;
            if (a.status == trace::GStatus::Running) break;
        }
    const QTextBlock b = document()->findBlockByNumber(line - 1);
    if (line > 0 && b.isValid()) {
        const QRectF r = blockBoundingGeometry(b).translated(contentOffset());
        if (r.top() < 0 || r.bottom() > viewport()->height()) {
            QTextCursor c(b);
            setTextCursor(c);
            centerCursor();
        }
    }
}

int SourceView::lineOf(int32_t goid) const
{
    for (const GoroutineAt &a : m_gs)
        if (a.goid == goid) return a.line;
    return 0;
}

QString SourceView::annotation(int line) const
{
    QStringList parts;
    for (const GoroutineAt &a : m_gs) {
        if (a.line != line) continue;
        QString s = QStringLiteral("G%1").arg(a.goid);
        if (!a.step.isEmpty()) s += QLatin1Char(' ') + a.step;
        const QString st = goroutineStatusText(a);
        if (!st.isEmpty()) s += QStringLiteral(" · ") + st;
        parts << s;
    }
    return parts.join(QStringLiteral("   "));
}

void SourceView::updateTints()
{
    QList<QTextEdit::ExtraSelection> sel;
    for (const GoroutineAt &a : m_gs) {
        const QTextBlock b = document()->findBlockByNumber(a.line - 1);
        if (a.line <= 0 || !b.isValid()) continue;
        QTextEdit::ExtraSelection s;
        QColor c = goroutineColor(a.goid);
        c.setAlpha(a.status == trace::GStatus::Running ? 90 : 45);
        s.format.setBackground(c);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(b);
        sel.push_back(s);
    }
    setExtraSelections(sel);
}

void SourceView::resizeEvent(QResizeEvent *e)
{
    QPlainTextEdit::resizeEvent(e);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

QRect SourceView::badgeRect(int32_t goid) const
{
    int line = 0, k = 0;
    for (const GoroutineAt &a : m_gs) {
        if (a.goid == goid) { line = a.line; break; }
    }
    if (line <= 0) return {};
    for (const GoroutineAt &a : m_gs) {
        if (a.goid == goid) break;
        if (a.line == line) ++k;
    }
    if (k >= kMaxBadges) return {};
    const QTextBlock b = document()->findBlockByNumber(line - 1);
    if (!b.isValid()) return {};
    const int top = qRound(blockBoundingGeometry(b).translated(contentOffset()).top());
    const int h = fontMetrics().height();
    if (top + h < 0 || top > viewport()->height()) return {};
    const int x0 = gutterWidth() - kMaxBadges * (badgeWidth() + 2);
    return QRect(x0 + k * (badgeWidth() + 2), top + 1, badgeWidth(), h - 2);
}

void SourceView::paintGutter(QPaintEvent *e)
{
    QPainter p(m_gutter);
    p.fillRect(e->rect(), palette().color(QPalette::AlternateBase));
    p.setRenderHint(QPainter::Antialiasing);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int h = fontMetrics().height();
    const int numW = gutterWidth() - kMaxBadges * (badgeWidth() + 2) - 4;
    while (block.isValid() && top <= e->rect().bottom()) {
        if (block.isVisible()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, numW, h, Qt::AlignRight | Qt::AlignVCenter, QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += qRound(blockBoundingRect(block).height());
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (const GoroutineAt &a : m_gs) {
        const QRect r = badgeRect(a.goid);
        if (r.isEmpty()) continue;
        const QColor c = goroutineColor(a.goid);
        // Running: solid; otherwise a lighter fill with a solid outline.
        p.setPen(QPen(c.darker(160), a.status == trace::GStatus::Running ? 2 : 1));
        p.setBrush(a.status == trace::GStatus::Running ? c : c.lighter(140));
        p.drawRoundedRect(r, 5, 5);
        p.setPen(textOn(a.status == trace::GStatus::Running ? c : c.lighter(140)));
        p.drawText(r, Qt::AlignCenter, QStringLiteral("G%1").arg(a.goid));
    }
}

void SourceView::paintEvent(QPaintEvent *e)
{
    QPlainTextEdit::paintEvent(e);
    if (m_gs.isEmpty()) return;
    QPainter p(viewport());
    QFont f = font();
    f.setItalic(true);
    p.setFont(f);
    const QFontMetrics fm(f);
    QSet<int> done;
    for (const GoroutineAt &a : m_gs) {
        if (a.line <= 0 || done.contains(a.line)) continue;
        done.insert(a.line);
        const QTextBlock b = document()->findBlockByNumber(a.line - 1);
        if (!b.isValid()) continue;
        const QRectF r = blockBoundingGeometry(b).translated(contentOffset());
        if (r.bottom() < 0 || r.top() > viewport()->height()) continue;
        const int textEnd = fontMetrics().horizontalAdvance(b.text().replace(QLatin1Char('\t'), QStringLiteral("    ")));
        const qreal x = r.left() + document()->documentMargin() + textEnd + fm.horizontalAdvance(QStringLiteral("    "));
        const QString text = QStringLiteral("◀ ") + annotation(a.line);
        const QColor c = goroutineColor(a.goid);
        p.setPen(palette().color(QPalette::Text).lightnessF() > 0.5 ? c.lighter(130) : c.darker(170));
        p.drawText(QRectF(x, r.top(), viewport()->width() - x, r.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void SourceView::gutterClicked(const QPoint &pos)
{
    for (const GoroutineAt &a : m_gs)
        if (badgeRect(a.goid).contains(pos)) {
            Q_EMIT goroutineClicked(a.goid);
            return;
        }
}

} // namespace gsl::ui
