#include "ui/schedview/schedviewwidget.h"

#include "sim/trace/wait_reason.h"
#include "ui/eventlog/narration.h"

#include <QEasingCurve>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace gsl::ui {

using trace::PStatus;

namespace {

QString qs(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

QColor pStatusColor(PStatus s, const QPalette &pal)
{
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    switch (s) {
    case PStatus::Running: return dark ? QColor(40, 70, 50) : QColor(222, 242, 224);
    case PStatus::Syscall: return dark ? QColor(80, 60, 30) : QColor(252, 236, 205);
    case PStatus::GcStop: return dark ? QColor(70, 40, 40) : QColor(246, 220, 220);
    case PStatus::Idle: return dark ? QColor(50, 50, 56) : QColor(236, 236, 240);
    case PStatus::Dead: return dark ? QColor(30, 30, 30) : QColor(200, 200, 200);
    }
    return Qt::gray;
}

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

void SchedViewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const trace::SchedState &s = m_shape;
    const SchedLayout &l = m_layout;
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * m_fontScale);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    QFont bold = base;
    bold.setBold(true);
    const QColor text = pal.color(QPalette::Text);
    const QColor faint = pal.color(QPalette::PlaceholderText);

    // fitted: f shrunk until t fits in width (presenter fonts, longer translations).
    auto fitted = [](QFont f, const QString &t, qreal width) {
        while (f.pointSizeF() > 6 && QFontMetricsF(f).horizontalAdvance(t) > width)
            f.setPointSizeF(f.pointSizeF() * 0.9);
        return f;
    };
    auto title = [&](const QRectF &r, const QString &t) {
        p.setFont(fitted(bold, t, r.width() - 8));
        p.setPen(text);
        p.drawText(r.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, t);
    };
    auto slotBox = [&](const QRectF &r) {
        p.setPen(QPen(faint, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 4, 4);
    };

    // Host CPUs; CFS throttles per CPU, so each throttled CPU is shaded.
    const QColor throttled(200, 60, 60, 90);
    title(QRectF(l.cpus.left(), l.cpus.top(), 140, 36), tr("CPUs (%1)").arg(s.cpus));
    int busy = 0;
    for (const trace::MState &m : s.ms)
        if (m.status == trace::MStatus::Running || m.status == trace::MStatus::Spinning)
            ++busy;
    auto cpuThrottled = [&s](int cpu) {
        for (const auto &tc : s.cfs.throttledCpus)
            if (tc.first == cpu) return true;
        return false;
    };
    const int nthrottled = int(s.cfs.throttledCpus.size());
    int usedLeft = busy - nthrottled;   // running threads, on the CPUs that are not throttled
    for (int i = 0; i < l.cpuBoxes.size(); ++i) {
        const bool used = !cpuThrottled(i) && usedLeft-- > 0;
        p.setPen(faint);
        p.setBrush(used ? QColor(120, 180, 240) : pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(l.cpuBoxes[i], 4, 4);
        p.setFont(small);
        p.setPen(text);
        p.drawText(l.cpuBoxes[i], Qt::AlignCenter, QStringLiteral("cpu%1").arg(i));
        if (cpuThrottled(i)) {
            p.fillRect(l.cpuBoxes[i], QBrush(throttled, Qt::BDiagPattern));
            p.fillRect(l.cpuBoxes[i], throttled);
        }
    }
    if (s.cfs.throttled) {
        p.setPen(QColor(160, 20, 20));
        p.setFont(bold);
        const QString what = nthrottled >= s.cpus ? tr("THROTTLED: quota used up")
                                                  : tr("THROTTLED on %1 of %2 CPUs").arg(nthrottled).arg(s.cpus);
        p.drawText(l.cpus.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, what);
    }

    // P lanes.
    for (int i = 0; i < l.ps.size(); ++i) {
        const PLaneGeometry &g = l.ps[i];
        const trace::PState &ps = s.ps[size_t(i)];
        p.setPen(Qt::NoPen);
        p.setBrush(pStatusColor(ps.status, pal));
        p.drawRoundedRect(g.lane, 6, 6);
        if (s.cfs.throttled && nthrottled >= s.cpus && ps.status == PStatus::Running)
            p.fillRect(g.lane, QBrush(throttled, Qt::BDiagPattern));
        p.setFont(bold);
        p.setPen(text);
        p.drawText(g.label.adjusted(0, 2, 0, -g.label.height() / 2), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("P%1").arg(i));
        p.setFont(small);
        const QString sub = QStringLiteral("%1  %2").arg(qs(trace::pStatusName(ps.status)),
                                                        ps.m >= 0 ? QStringLiteral("M%1").arg(ps.m) : tr("no M"));
        p.drawText(g.label.adjusted(0, g.label.height() / 2 - 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, sub);
        p.setPen(faint);
        p.drawText(QRectF(g.running.left() - 6, g.lane.top(), g.running.width() + 12, 12), Qt::AlignCenter, tr("run"));
        p.drawText(QRectF(g.runnext.left() - 10, g.lane.top(), g.runnext.width() + 20, 12), Qt::AlignCenter, tr("next"));
        p.drawText(QRectF(g.runq.front().left(), g.lane.top(), 200, 12), Qt::AlignLeft, tr("local runq (%1/256)").arg(ps.runq.size()));
        slotBox(g.running);
        slotBox(g.runnext);
        for (const QRectF &r : g.runq)
            slotBox(r);
        if (ps.runq.size() > size_t(kVisibleRunqSlots)) {
            p.setPen(text);
            p.setFont(bold);
            p.drawText(g.overflow, Qt::AlignCenter, QStringLiteral("+%1").arg(ps.runq.size() - kVisibleRunqSlots));
        }
    }

    // Global run queue.
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(l.global, 6, 6);
    title(QRectF(l.global.left(), l.global.top(), 150, l.global.height()), tr("global runq (%1)").arg(s.globrunq.size()));
    for (const QRectF &r : l.globalSlots)
        slotBox(r);
    if (s.globrunq.size() > size_t(l.globalSlots.size())) {
        p.setPen(text);
        p.drawText(l.globalOverflow, Qt::AlignCenter, QStringLiteral("+%1").arg(s.globrunq.size() - size_t(l.globalSlots.size())));
    }

    // Blocked goroutines with their wait reasons.
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(l.blocked, 6, 6);
    const QVector<int32_t> blocked = blockedOrder(s);
    title(QRectF(l.blocked.left(), l.blocked.top(), 150, 26), tr("blocked (%1)").arg(blocked.size()));
    p.setFont(small);
    p.setPen(text);
    for (int i = 0; i < blocked.size() && i < l.blockedSlots.size(); ++i) {
        const trace::GState *g = s.g(blocked[i]);
        const QRectF r = l.blockedSlots[i];
        p.drawText(QRectF(r.right() + 4, r.top(), 86, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   g ? qs(trace::waitReasonString(g->waitReason)) : QString());
    }
    title(QRectF(l.limbo.left(), l.limbo.top(), 150, l.limbo.height()), tr("runnable, in flight"));

    // Threads.
    title(QRectF(l.ms.left(), l.ms.top(), 150, l.ms.height()), tr("threads (Ms)"));
    for (int i = 0; i < l.mBoxes.size() && i < int(s.ms.size()); ++i) {
        const trace::MState &m = s.ms[size_t(i)];
        QColor c;
        switch (m.status) {
        case trace::MStatus::Running: c = QColor(120, 190, 120); break;
        case trace::MStatus::Spinning: c = QColor(240, 200, 90); break;
        case trace::MStatus::Idle: c = QColor(190, 190, 195); break;
        case trace::MStatus::Syscall: c = QColor(230, 140, 80); break;
        case trace::MStatus::Sysmon: c = QColor(150, 170, 220); break;
        }
        p.setPen(faint);
        p.setBrush(c);
        p.drawRoundedRect(l.mBoxes[i], 5, 5);
        p.setPen(Qt::black);
        QString t = QStringLiteral("M%1 %2").arg(i).arg(qs(trace::mStatusName(m.status)));
        if (m.p >= 0)
            t += QStringLiteral(" P%1").arg(m.p);
        p.setFont(fitted(small, t, l.mBoxes[i].width() - 4));
        p.drawText(l.mBoxes[i], Qt::AlignCenter, t);
    }

    // Tokens: every goroutine in either state, at its interpolated place.
    QList<int32_t> ids = m_to.keys();
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it)
        if (!m_to.contains(it.key()))
            ids.push_back(it.key());
    std::sort(ids.begin(), ids.end());
    const qreal radius = l.slot / 2 - 1;
    QFont tokenFont = small;
    tokenFont.setBold(true);
    tokenFont.setPointSizeF(std::max(6.0, l.slot * 0.28 * m_fontScale));
    p.setFont(tokenFont);
    const bool moving = m_hasEvent && m_progress < 1.0;
    for (int32_t goid : ids) {
        bool visible;
        qreal alpha;
        const QPointF c = currentPos(goid, &visible, &alpha);
        if (!visible)
            continue;
        const bool actor = m_hasEvent && (m_event.g == goid || (m_event.kind == trace::EvKind::RunqPut && m_event.a == goid));
        p.setOpacity(std::clamp<qreal>(alpha, 0.05, 1.0));
        p.setPen(QPen(actor ? QColor(20, 20, 20) : QColor(60, 60, 60), actor ? 2.5 : 1));
        p.setBrush(goroutineColor(goid));
        p.drawEllipse(c, radius, radius);
        p.setPen(Qt::black);
        p.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                   QStringLiteral("G%1").arg(goid));
        p.setOpacity(1.0);
    }

    // The reason of the move, next to the goroutine it moves.
    if (m_hasEvent && !m_label.isEmpty()) {
        bool visible = false;
        qreal alpha;
        QPointF at = currentPos(m_event.g, &visible, &alpha);
        if (!visible)
            at = QPointF(width() / 2.0, l.limbo.center().y());
        p.setFont(bold);
        const QRectF tr = p.fontMetrics().boundingRect(m_label).adjusted(-6, -3, 6, 3);
        QRectF box = tr.translated(at + QPointF(radius + 6, -radius - tr.height()) - tr.topLeft());
        if (box.right() > width() - 4) box.moveRight(width() - 4);
        if (box.top() < 2) box.moveTop(2);
        p.setOpacity(moving ? 1.0 : 0.85);
        p.setPen(QColor(30, 30, 30));
        p.setBrush(QColor(255, 250, 205));
        p.drawRoundedRect(box, 4, 4);
        p.drawText(box, Qt::AlignCenter, m_label);
        p.setOpacity(1.0);
    }
}

} // namespace gsl::ui
