#include "ui/schedview/schedlayout.h"

#include <algorithm>
#include <cmath>

namespace gsl::ui {

namespace {
constexpr qreal kMargin = 8;
constexpr qreal kLabelWidth = 150;
constexpr qreal kLaneHeight = 46;
constexpr qreal kRowTitle = 18;

// gridBoxes lays n boxes of w x h out from (x, y) in rows of the available
// width, wrapping; with more than maxRows rows the boxes narrow (to minW) so
// that 256 CPUs stay a compact block instead of running off the right edge.
// Returns the boxes; *height is the block's height.
QVector<QRectF> gridBoxes(qreal x, qreal y, qreal avail, int n, qreal w, qreal h, int maxRows, qreal minW, qreal *height)
{
    constexpr qreal gap = 4;
    int perRow = std::max(1, int((avail + gap) / (w + gap)));
    if ((n + perRow - 1) / perRow > maxRows) {
        perRow = (n + maxRows - 1) / maxRows;
        w = std::max(minW, (avail + gap) / perRow - gap);
        perRow = std::max(1, int((avail + gap) / (w + gap)));
    }
    QVector<QRectF> r;
    r.reserve(n);
    for (int i = 0; i < n; ++i)
        r.push_back(QRectF(x + (i % perRow) * (w + gap), y + (i / perRow) * (h + gap), w, h));
    const int rows = std::max(1, (n + perRow - 1) / perRow);
    *height = rows * (h + gap) - gap;
    return r;
}

QVector<QRectF> slotsInRow(qreal x, qreal y, qreal slot, int n)
{
    QVector<QRectF> r;
    r.reserve(n);
    for (int i = 0; i < n; ++i)
        r.push_back(QRectF(x + i * (slot + 4), y, slot, slot));
    return r;
}
} // namespace

SchedLayout computeLayout(const trace::SchedState &s, const QSizeF &size)
{
    SchedLayout l;
    const qreal w = std::max<qreal>(size.width(), 400);
    // Slots shrink to fit the runq's 16 visible cells plus running/runnext.
    const qreal avail = w - 2 * kMargin - kLabelWidth - 2 * 44 - 50;
    l.slot = std::clamp<qreal>(avail / kVisibleRunqSlots - 4, 16, 30);
    const qreal slot = l.slot;
    qreal y = kMargin;

    // Many CPUs wrap into rows (at most 8; the boxes narrow beyond that).
    const int ncpu = std::max(s.cpus, 1);
    const qreal rowAvail = w - 2 * kMargin - kLabelWidth - 8;
    qreal cpuH = 0;
    l.cpuBoxes = gridBoxes(kMargin + kLabelWidth, y + 4, rowAvail, ncpu, 48, 28, 8, 26, &cpuH);
    l.cpus = QRectF(kMargin, y, w - 2 * kMargin, std::max<qreal>(kRowTitle + 22, cpuH + 8));
    y += l.cpus.height() + 6;

    const int nps = std::clamp<int>(s.gomaxprocs, 0, int(s.ps.size()));
    for (int p = 0; p < nps; ++p) {
        PLaneGeometry g;
        g.lane = QRectF(kMargin, y, w - 2 * kMargin, kLaneHeight);
        g.label = QRectF(kMargin + 6, y, kLabelWidth - 10, kLaneHeight);
        const qreal sy = y + (kLaneHeight - slot) / 2 + 4;
        qreal x = kMargin + kLabelWidth;
        g.running = QRectF(x, sy, slot, slot);
        x += slot + 14;
        g.runnext = QRectF(x, sy, slot, slot);
        x += slot + 20;
        g.runq = slotsInRow(x, sy, slot, kVisibleRunqSlots);
        g.overflow = QRectF(g.runq.back().right() + 4, sy, 44, slot);
        l.ps.push_back(g);
        y += kLaneHeight + 4;
    }

    y += 4;
    l.global = QRectF(kMargin, y, w - 2 * kMargin, slot + kRowTitle + 8);
    const int nGlobal = std::max(1, int((w - 2 * kMargin - kLabelWidth - 50) / (slot + 4)));
    l.globalSlots = slotsInRow(kMargin + kLabelWidth, y + kRowTitle / 2 + 4, slot, nGlobal);
    l.globalOverflow = QRectF(l.globalSlots.back().right() + 4, l.globalSlots.back().top(), 44, slot);
    y += l.global.height() + 6;

    // Blocked goroutines: one cell per parked G, wide enough for the reason.
    const QVector<int32_t> blocked = blockedOrder(s);
    const qreal cellW = 120;
    const int perRow = std::max(1, int((w - 2 * kMargin - kLabelWidth) / cellW));
    const int rows = std::max(1, int((blocked.size() + perRow - 1) / perRow));
    l.blocked = QRectF(kMargin, y, w - 2 * kMargin, rows * (slot + 6) + kRowTitle);
    for (int i = 0; i < blocked.size(); ++i) {
        const int r = i / perRow, c = i % perRow;
        l.blockedSlots.push_back(QRectF(kMargin + kLabelWidth + c * cellW, y + 6 + r * (slot + 6), slot, slot));
    }
    y += l.blocked.height() + 6;

    l.limbo = QRectF(kMargin, y, w - 2 * kMargin, slot + 10);
    y += l.limbo.height() + 6;

    // Threads wrap into as many rows as they need (their labels stay legible).
    qreal mH = 0;
    l.mBoxes = gridBoxes(kMargin + kLabelWidth, y + 6, rowAvail, int(s.ms.size()), 92, 28, 1 << 20, 92, &mH);
    l.ms = QRectF(kMargin, y, w - 2 * kMargin, std::max<qreal>(40, mH + 12));
    return l;
}

QVector<int32_t> blockedOrder(const trace::SchedState &s)
{
    QVector<int32_t> v;
    for (size_t i = 1; i < s.gs.size(); ++i)
        if (s.gs[i].status == trace::GStatus::Waiting)
            v.push_back(int32_t(i));
    return v;
}

QHash<int32_t, TokenPlace> tokenPlaces(const trace::SchedState &s, const SchedLayout &l)
{
    QHash<int32_t, TokenPlace> out;
    auto put = [&](int32_t g, const QRectF &r, TokenPlace::Where w, int owner) {
        if (g > 0)
            out.insert(g, TokenPlace{r.center(), w, owner});
    };
    for (int p = 0; p < l.ps.size() && p < int(s.ps.size()); ++p) {
        const trace::PState &ps = s.ps[size_t(p)];
        const PLaneGeometry &g = l.ps[p];
        put(ps.curg, g.running, TokenPlace::Running, p);
        put(ps.runnext, g.runnext, TokenPlace::Runnext, p);
        for (size_t i = 0; i < ps.runq.size(); ++i)
            put(ps.runq[i], i < size_t(g.runq.size()) ? g.runq[int(i)] : g.overflow, TokenPlace::Runq, p);
    }
    for (size_t i = 0; i < s.globrunq.size(); ++i)
        put(s.globrunq[i], i < size_t(l.globalSlots.size()) ? l.globalSlots[int(i)] : l.globalOverflow,
            TokenPlace::Global, -1);
    const QVector<int32_t> blocked = blockedOrder(s);
    for (int i = 0; i < blocked.size() && i < l.blockedSlots.size(); ++i)
        put(blocked[i], l.blockedSlots[i], TokenPlace::Blocked, -1);
    // Runnable or running goroutines on no drawn place: between two events
    // (created, woken, or on a P past gomaxprocs). Line them up in limbo.
    int k = 0;
    for (size_t i = 1; i < s.gs.size(); ++i) {
        const trace::GState &g = s.gs[i];
        if (g.status == trace::GStatus::Dead || g.status == trace::GStatus::Idle || out.contains(int32_t(i)))
            continue;
        // Taken off a queue by a P and about to run there (RunqGet, steal,
        // global batch): show it on that P's run slot, where it goes next.
        if (g.status == trace::GStatus::Runnable && g.p >= 0 && g.p < int(l.ps.size())) {
            put(int32_t(i), l.ps[g.p].running, TokenPlace::Running, g.p);
            continue;
        }
        const QRectF r(l.limbo.left() + 150 + k * (l.slot + 4), l.limbo.top() + 5, l.slot, l.slot);
        put(int32_t(i), r, TokenPlace::Limbo, -1);
        ++k;
    }
    return out;
}

QColor goroutineColor(int32_t goid)
{
    const double h = std::fmod(0.11 + goid * 0.6180339887, 1.0);
    return QColor::fromHsvF(float(h), 0.55f, 0.92f);
}

} // namespace gsl::ui
