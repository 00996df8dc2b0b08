// schedview_static.cpp — the scheduler view's static layer: everything but
// the goroutine tokens and the move label (CPUs, P lanes with their slots and
// counts, the global queue, blocked reasons, threads). It only changes when
// the state does, so SchedViewWidget paints it once per step into a pixmap
// of the visible area and every animation frame blits it (schedviewwidget.cpp).
#include "ui/schedview/schedviewwidget.h"

#include "sim/trace/wait_reason.h"

#include <QPainter>

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

void SchedViewWidget::paintStatic(QPainter &p, const QRectF &clip) const
{
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(clip, pal.color(QPalette::Base));
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
        if (!l.cpuBoxes[i].intersects(clip)) continue;
        p.setPen(faint);
        p.setBrush(used ? QColor(120, 180, 240) : pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(l.cpuBoxes[i], 4, 4);
        // Narrow boxes (many CPUs) show the number alone.
        const QString name = l.cpuBoxes[i].width() >= 44 ? QStringLiteral("cpu%1").arg(i) : QString::number(i);
        p.setFont(fitted(small, name, l.cpuBoxes[i].width() - 2));
        p.setPen(text);
        p.drawText(l.cpuBoxes[i], Qt::AlignCenter, name);
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
        if (!g.lane.intersects(clip)) continue; // 256 lanes, a screenful in view
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
        const QRectF r = l.blockedSlots[i];
        if (!r.adjusted(0, 0, 90, 0).intersects(clip)) continue;
        const trace::GState *g = s.g(blocked[i]);
        p.drawText(QRectF(r.right() + 4, r.top(), 86, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   g ? qs(trace::waitReasonString(g->waitReason)) : QString());
    }
    title(QRectF(l.limbo.left(), l.limbo.top(), 150, l.limbo.height()), tr("runnable, in flight"));

    // Threads.
    title(QRectF(l.ms.left(), l.ms.top(), 150, 40), tr("threads (Ms)"));
    for (int i = 0; i < l.mBoxes.size() && i < int(s.ms.size()); ++i) {
        if (!l.mBoxes[i].intersects(clip)) continue;
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
}

} // namespace gsl::ui
