#include "ui/schedview/schedviewwidget.h"

#include "sim/trace/wait_reason.h"
#include "ui/eventlog/narration.h"

#include <QEasingCurve>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace gsl::ui {

namespace {

QString qs(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

} // namespace

SchedViewWidget::SchedViewWidget(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(false);
    setMouseTracking(true);
    m_anim.setStartValue(0.0);
    m_anim.setEndValue(1.0);
    m_anim.setEasingCurve(QEasingCurve::InOutCubic);
    m_anim.setDuration(m_duration);
    connect(&m_anim, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_progress = v.toReal();
        update();
    });
}

void SchedViewWidget::setAnimationDuration(int ms)
{
    m_duration = std::max(0, ms);
    if (m_duration > 0)
        m_anim.setDuration(m_duration);
}

void SchedViewWidget::setPresenter(bool on)
{
    m_fontScale = on ? 1.5 : 1.0;
    invalidateStatic();
    m_tokens.clear();
    update();
}

void SchedViewWidget::setState(const trace::SchedState &s)
{
    m_anim.stop();
    m_before = s;
    m_after = s;
    m_hasEvent = false;
    m_label.clear();
    m_progress = 1.0;
    relayout();
    update();
}

void SchedViewWidget::animateStep(const trace::SchedState &before, const trace::TraceEvent &e,
                                  const trace::SchedState &after)
{
    m_anim.stop();
    m_before = before;
    m_after = after;
    m_event = e;
    m_hasEvent = true;
    m_label = moveLabel(e);
    relayout();
    if (m_duration <= 0) {
        m_progress = 1.0;
        update();
        return;
    }
    m_progress = 0.0;
    m_anim.start();
    update();
}

void SchedViewWidget::setProgress(qreal p)
{
    m_anim.stop();
    m_progress = std::clamp<qreal>(p, 0, 1);
    update();
}

void SchedViewWidget::relayout()
{
    // Both states get as many lanes as the larger one, so lanes never jump
    // while a token moves (GoMaxProcs grows or shrinks the P set).
    const int nps = std::max(m_before.gomaxprocs, m_after.gomaxprocs);
    const size_t nslots = std::max(m_before.ps.size(), m_after.ps.size());
    trace::SchedState from = m_before, to = m_after;
    from.gomaxprocs = to.gomaxprocs = nps;
    from.ps.resize(nslots);
    to.ps.resize(nslots);
    m_layout = computeLayout(to, size());
    m_from = tokenPlaces(from, computeLayout(from, size()));
    m_to = tokenPlaces(to, m_layout);
    m_shape = std::move(to);
    // Every goroutine in either state, in goid order (drawn in that order).
    m_ids.clear();
    m_ids.reserve(m_to.size() + 8);
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it)
        m_ids.push_back(it.key());
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it)
        if (!m_to.contains(it.key()))
            m_ids.push_back(it.key());
    std::sort(m_ids.begin(), m_ids.end());
    invalidateStatic();
    setMinimumHeight(int(m_layout.ms.bottom() + 8));
}

void SchedViewWidget::resizeEvent(QResizeEvent *)
{
    relayout();
}

QPointF SchedViewWidget::currentPos(int32_t goid, bool *visible, qreal *alpha) const
{
    const auto to = m_to.constFind(goid);
    const auto from = m_from.constFind(goid);
    *visible = true;
    *alpha = 1.0;
    if (to != m_to.cend() && from != m_from.cend())
        return from->center + (to->center - from->center) * m_progress;
    if (to != m_to.cend()) {
        // A new token grows in place (created, or appears from elsewhere).
        *alpha = m_progress;
        QPointF start = to->center;
        const trace::GState *g = m_after.g(goid);
        if (g && g->creator > 0 && m_from.contains(g->creator))
            start = m_from.value(g->creator).center;
        return start + (to->center - start) * m_progress;
    }
    if (from != m_from.cend()) {
        *alpha = 1.0 - m_progress; // ended: fades out where it was
        return from->center;
    }
    *visible = false;
    return {};
}

int32_t SchedViewWidget::tokenAt(const QPointF &pos) const
{
    const qreal r = m_layout.slot / 2;
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it) {
        if (QLineF(it->center, pos).length() <= r)
            return it.key();
    }
    return 0;
}

void SchedViewWidget::mousePressEvent(QMouseEvent *ev)
{
    if (const int32_t g = tokenAt(ev->position()))
        Q_EMIT goroutineClicked(g);
}

bool SchedViewWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(e);
        if (const int32_t goid = tokenAt(he->pos())) {
            const trace::GState *g = m_after.g(goid);
            QString tip = QStringLiteral("G%1 — %2").arg(goid).arg(qs(trace::gStatusName(g ? g->status : trace::GStatus::Dead)));
            if (g && g->waitReason)
                tip += QStringLiteral(" [%1]").arg(qs(trace::waitReasonString(g->waitReason)));
            if (g && g->creator)
                tip += tr("\ncreated by G%1").arg(g->creator);
            if (g && g->line)
                tip += tr("\nline %1").arg(g->line);
            QToolTip::showText(he->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}

void SchedViewWidget::invalidateStatic()
{
    m_staticValid = false;
}

void SchedViewWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange) {
        invalidateStatic();
        m_tokens.clear();
    }
    QWidget::changeEvent(e);
}

const QPixmap &SchedViewWidget::tokenPixmap(int32_t goid, bool actor, qreal radius, qreal dpr)
{
    if (radius != m_tokenRadius || dpr != m_tokenDpr) {
        m_tokens.clear();
        m_tokenRadius = radius;
        m_tokenDpr = dpr;
    }
    const qint64 key = qint64(goid) * 2 + (actor ? 1 : 0);
    auto it = m_tokens.find(key);
    if (it != m_tokens.end())
        return *it;
    // The disc and its "Gn", drawn once per goroutine and size.
    const qreal side = 2 * radius + 2 * kTokenPad;
    QPixmap pm(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setPointSizeF(std::max(6.0, m_layout.slot * 0.28 * m_fontScale));
    f.setBold(true);
    // Goids of three digits and more (a run with thousands of goroutines) do
    // not fit the disc at that size: the text shrinks to fit down to 7 pt,
    // then drops its "G" and shrinks on down to 5 pt.
    QString text = QStringLiteral("G%1").arg(goid);
    const qreal room = 2 * radius - 2;
    auto shrink = [&](qreal floor) {
        while (f.pointSizeF() > floor && QFontMetricsF(f).horizontalAdvance(text) > room)
            f.setPointSizeF(std::max(floor, f.pointSizeF() * 0.9));
    };
    shrink(7);
    if (QFontMetricsF(f).horizontalAdvance(text) > room) {
        text = QString::number(goid);
        shrink(5);
    }
    p.setFont(f);
    const QPointF c(side / 2, side / 2);
    p.setPen(QPen(actor ? QColor(20, 20, 20) : QColor(60, 60, 60), actor ? 2.5 : 1));
    p.setBrush(goroutineColor(goid));
    p.drawEllipse(c, radius, radius);
    p.setPen(Qt::black);
    p.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, text);
    p.end();
    return *m_tokens.insert(key, pm);
}

void SchedViewWidget::paintEvent(QPaintEvent *ev)
{
    QPainter p(this);
    const QRect exposed = ev->rect();
    const qreal dpr = p.device()->devicePixelRatioF();
    // The static layer is cached for the visible part of the widget (in the
    // main window a viewport of the scroll area); an animation frame blits it
    // and draws only the tokens and the label. A render() of the whole,
    // 256-lane widget paints it directly instead of caching 60 MB.
    QRect want = exposed.united(visibleRegion().boundingRect()).intersected(rect());
    constexpr qint64 kMaxCachedPixels = 4'000'000;
    if (qint64(want.width()) * want.height() > kMaxCachedPixels)
        want = exposed;
    if (!m_staticValid || m_staticDpr != dpr || !m_staticRect.contains(exposed)) {
        if (qint64(want.width()) * want.height() <= kMaxCachedPixels) {
            m_static = QPixmap(want.size() * dpr);
            m_static.setDevicePixelRatio(dpr);
            QPainter sp(&m_static);
            sp.translate(-want.topLeft());
            sp.setClipRect(want);
            paintStatic(sp, want);
            sp.end();
            m_staticRect = want;
            m_staticDpr = dpr;
            m_staticValid = true;
        } else {
            p.save();
            paintStatic(p, exposed);
            p.restore();
            m_staticValid = false;
        }
    }
    if (m_staticValid)
        p.drawPixmap(QRectF(exposed), m_static,
                     QRectF(QPointF(exposed.topLeft() - m_staticRect.topLeft()) * dpr, QSizeF(exposed.size()) * dpr));
    p.setRenderHint(QPainter::Antialiasing);
    const SchedLayout &l = m_layout;

    // Tokens: every goroutine in either state, at its interpolated place
    // (only those in the exposed area; each a cached pixmap).
    const qreal radius = l.slot / 2 - 1;
    const qreal half = radius + kTokenPad;
    const QRectF area(exposed);
    const bool moving = m_hasEvent && m_progress < 1.0;
    for (int32_t goid : std::as_const(m_ids)) {
        bool visible;
        qreal alpha;
        const QPointF c = currentPos(goid, &visible, &alpha);
        if (!visible || !area.intersects(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half)))
            continue;
        const bool actor = m_hasEvent && (m_event.g == goid || (m_event.kind == trace::EvKind::RunqPut && m_event.a == goid));
        const QPixmap &pm = tokenPixmap(goid, actor, radius, dpr);
        // Snapped to device pixels, so a token at rest looks as if drawn in place.
        const QPointF at(std::round((c.x() - half) * dpr) / dpr, std::round((c.y() - half) * dpr) / dpr);
        p.setOpacity(std::clamp<qreal>(alpha, 0.05, 1.0));
        p.drawPixmap(at, pm);
        p.setOpacity(1.0);
    }

    // The reason of the move, next to the goroutine it moves.
    if (m_hasEvent && !m_label.isEmpty()) {
        bool visible = false;
        qreal alpha;
        QPointF at = currentPos(m_event.g, &visible, &alpha);
        if (!visible)
            at = QPointF(width() / 2.0, l.limbo.center().y());
        QFont bold = font();
        bold.setPointSizeF(bold.pointSizeF() * m_fontScale);
        bold.setBold(true);
        p.setFont(bold);
        const QRectF tr = p.fontMetrics().boundingRect(m_label).adjusted(-6, -3, 6, 3);
        QRectF box = tr.translated(at + QPointF(radius + 6, -radius - tr.height()) - tr.topLeft());
        if (box.right() > width() - 4) box.moveRight(width() - 4);
        if (box.top() < 2) box.moveTop(2);
        if (box.intersects(area)) {
            p.setOpacity(moving ? 1.0 : 0.85);
            p.setPen(QColor(30, 30, 30));
            p.setBrush(QColor(255, 250, 205));
            p.drawRoundedRect(box, 4, 4);
            p.drawText(box, Qt::AlignCenter, m_label);
            p.setOpacity(1.0);
        }
    }
}

} // namespace gsl::ui
