#include "ui/timeline/timelinewidget.h"

#include "sim/trace/wait_reason.h"
#include "ui/eventlog/narration.h"
#include "ui/schedview/schedlayout.h"
#include "ui/timeline/timelinemetrics.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gsl::ui {

using namespace timeline;

namespace {

QColor stateColor(const Segment &s, bool gLane)
{
    switch (s.state) {
    case LaneState::Running: return gLane ? QColor(90, 170, 90) : goroutineColor(s.g);
    case LaneState::Runnable: return QColor(235, 215, 120);
    case LaneState::Blocked: return QColor(215, 120, 120);
    case LaneState::Syscall: return QColor(230, 150, 80);
    case LaneState::Spinning: return QColor(245, 190, 90);
    }
    return Qt::gray;
}
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(120);
}

void TimelineWidget::setData(std::shared_ptr<const TimelineData> d)
{
    m_data = std::move(d);
    m_races.clear();
    m_lanes.clear();
    m_gLaneOfGoid.clear();
    m_scrollY = 0;
    if (m_data) {
        for (size_t i = 0; i < m_data->pLanes.size(); ++i)
            m_lanes.push_back({Lane::PLane, int(i), &m_data->pLanes[i]});
        for (size_t i = 0; i < m_data->mLanes.size(); ++i)
            if (!m_data->mLanes[i].empty())
                m_lanes.push_back({Lane::MLane, int(i), &m_data->mLanes[i]});
        m_gLaneOfGoid.assign(m_data->gLanes.size(), -1);
        for (size_t i = 1; i < m_data->gLanes.size(); ++i)
            if (!m_data->gLanes[i].empty()) {
                m_gLaneOfGoid[i] = int(m_lanes.size());
                m_lanes.push_back({Lane::GLane, int(i), &m_data->gLanes[i]});
            }
    }
    // Lane tops, once: a small gap separates the P, M and G groups.
    m_laneY.assign(m_lanes.size() + 1, 0);
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        const bool groupEnds = i + 1 < m_lanes.size() && m_lanes[i].kind != m_lanes[i + 1].kind;
        m_laneY[i + 1] = m_laneY[i] + kLaneH + kGap + (groupEnds ? 6 : 0);
    }
    resetZoom();
}

void TimelineWidget::resetZoom()
{
    const SimTime end = m_data ? std::max<SimTime>(m_data->endTime, 1) : 1;
    setVisibleRange(0, end + end / 50 + 1);
}

qreal TimelineWidget::mapTimeToX(SimTime t) const
{
    const qreal w = std::max<qreal>(1, width() - kLabelW);
    return kLabelW + double(t - m_start) * w / double(std::max<SimTime>(1, m_end - m_start));
}

SimTime TimelineWidget::mapXToTime(qreal x) const
{
    const qreal w = std::max<qreal>(1, width() - kLabelW);
    return m_start + SimTime(std::llround((x - kLabelW) * double(m_end - m_start) / w));
}

void TimelineWidget::setVisibleRange(SimTime start, SimTime end)
{
    // At least 10 ns visible; never before time 0.
    if (end - start < 10)
        end = start + 10;
    if (start < 0) {
        end -= start;
        start = 0;
    }
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    update();
    Q_EMIT visibleRangeChanged(m_start, m_end);
}

void TimelineWidget::zoom(double factor, SimTime anchor)
{
    const double s = double(anchor) - double(anchor - m_start) * factor;
    const double e = double(anchor) + double(m_end - anchor) * factor;
    setVisibleRange(SimTime(std::llround(s)), SimTime(std::llround(e)));
}

void TimelineWidget::pan(qreal dx)
{
    const SimTime dt = mapXToTime(kLabelW + dx) - m_start;
    setVisibleRange(m_start + dt, m_end + dt);
}

void TimelineWidget::setCursor(SimTime t)
{
    if (t == m_cursor)
        return;
    m_cursor = t;
    // Keep the cursor visible while playing.
    if (t < m_start || t > m_end) {
        const SimTime span = m_end - m_start;
        setVisibleRange(std::max<SimTime>(0, t - span / 4), std::max<SimTime>(0, t - span / 4) + span);
    }
    update();
}

QString TimelineWidget::laneTitle(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    const Lane &l = m_lanes[size_t(lane)];
    const char *prefix = l.kind == Lane::PLane ? "P" : l.kind == Lane::MLane ? "M" : "G";
    return QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(l.id);
}

qreal TimelineWidget::laneTop(int lane) const
{
    const qreal y0 = kRuler + 4 - m_scrollY;
    if (m_laneY.empty()) return y0;
    return y0 + m_laneY[size_t(std::clamp(lane, 0, int(m_laneY.size()) - 1))];
}

int TimelineWidget::laneAt(qreal y) const
{
    if (laneCount() == 0) return -1;
    // The last lane whose top is at or above y.
    const qreal rel = y - laneTop(0);
    auto it = std::upper_bound(m_laneY.begin(), m_laneY.begin() + laneCount(), rel);
    if (it == m_laneY.begin()) return -1;
    const int i = int(it - m_laneY.begin()) - 1;
    return rel < m_laneY[size_t(i)] + kLaneH ? i : -1;
}

void TimelineWidget::fillLane(const Lane &lane, int columns, qreal dpr)
{
    const std::vector<Segment> &segs = *lane.segs;
    const bool gLane = lane.kind == Lane::GLane;
    uint32_t *up = m_strip.data();
    uint32_t *lo = up + columns;
    auto column = [&](SimTime t) { return (mapTimeToX(t) - kLabelW) * dpr; }; // fractional device column
    auto timeOfColumn = [&](int c) { return mapXToTime(kLabelW + c / dpr); };
    auto it = std::lower_bound(segs.begin(), segs.end(), m_start,
                               [](const Segment &s, SimTime t) { return s.end < t; });
    while (it != segs.end() && it->start <= m_end) {
        ++m_rectsDrawn;
        const qreal c1 = std::max<qreal>(0, column(it->start));
        const qreal c2 = std::min<qreal>(columns, column(it->end));
        const uint32_t rgb = stateColor(*it, gLane).rgb();
        if (c2 - c1 >= 1.0) {
            // Pixels whose centre the run covers, as fillRect would.
            const int a = std::clamp(int(std::floor(c1 + 0.5)), 0, columns);
            const int b = std::clamp(int(std::floor(c2 + 0.5)), 0, columns);
            std::fill(up + a, up + b, rgb);
            std::fill(lo + a, lo + b, rgb);
            ++it;
            continue;
        }
        // Sub-pixel run: its colour for the whole column, then skip the
        // segments that end inside this column too; the first one that
        // reaches the next column is drawn (even if it starts in this one:
        // a goroutine that runs on for a long time after a short one).
        const int col = int(std::floor(c1));
        if (col >= 0 && col < columns) up[col] = lo[col] = rgb;
        const SimTime next = timeOfColumn(col + 1);
        it = std::lower_bound(it + 1, segs.end(), next, [](const Segment &s, SimTime t) { return s.end < t; });
    }
    // Marks (memory and sync accesses) in the upper half, at most one per
    // column: the lane's own index, a binary search per column.
    if (!gLane || size_t(lane.id) >= m_data->gMarks.size())
        return;
    const std::vector<uint32_t> &idx = m_data->gMarks[size_t(lane.id)];
    const std::vector<Mark> &marks = m_data->marks;
    auto before = [&marks](uint32_t i, SimTime t) { return marks[i].time < t; };
    const int markW = std::max(1, int(std::lround(2 * dpr)));
    const uint32_t readRgb = qRgb(40, 60, 160), writeRgb = qRgb(160, 30, 30);
    for (auto mt = std::lower_bound(idx.begin(), idx.end(), m_start, before); mt != idx.end() && marks[*mt].time <= m_end;) {
        const Mark &mk = marks[*mt];
        const int col = int(std::floor(column(mk.time)));
        const bool write = mk.kind == trace::EvKind::MemWrite || mk.kind == trace::EvKind::AtomicWrite;
        for (int c = std::max(col, 0); c < std::min(col + markW, columns); ++c)
            up[c] = write ? writeRgb : readRgb;
        mt = std::lower_bound(mt + 1, idx.end(), timeOfColumn(col + 1), before);
    }
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    m_rectsDrawn = 0;
    if (!m_data) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No run yet"));
        return;
    }
    // Throttled intervals shade everything.
    auto ivFirst = std::lower_bound(m_data->throttled.begin(), m_data->throttled.end(), m_start,
                                    [](const Interval &iv, SimTime t) { return iv.end < t; });
    for (auto iv = ivFirst; iv != m_data->throttled.end() && iv->start <= m_end; ++iv) {
        const qreal x1 = std::max(kLabelW, mapTimeToX(iv->start)), x2 = mapTimeToX(iv->end);
        p.fillRect(QRectF(x1, kRuler, std::max<qreal>(1, x2 - x1), height()), QColor(220, 80, 80, 50));
    }
    // Ruler: about one tick per 100 px.
    p.setPen(pal.color(QPalette::Text));
    const double span = double(m_end - m_start);
    const double raw = span / std::max(1.0, (width() - kLabelW) / 100.0);
    double step = std::pow(10.0, std::floor(std::log10(std::max(1.0, raw))));
    // Round the step up (1, 2, 5 x 10^k), so ticks are at least 100 px apart
    // and labels like "120.000 µs" never overlap.
    if (raw / step > 5) step *= 10; else if (raw / step > 2) step *= 5; else if (raw / step > 1) step *= 2;
    for (double t = std::ceil(double(m_start) / step) * step; t <= double(m_end); t += step) {
        const qreal x = mapTimeToX(SimTime(t));
        p.drawLine(QPointF(x, kRuler - 5), QPointF(x, kRuler));
        p.drawText(QPointF(x + 2, kRuler - 7), formatTime(SimTime(t)));
    }
    // Lanes in view, each one strip of column colours and one drawImage.
    p.setClipRect(QRectF(0, kRuler, width(), height() - kRuler));
    const qreal dpr = std::max<qreal>(1, p.device()->devicePixelRatioF());
    const int columns = std::max(1, int(std::ceil((width() - kLabelW) * dpr)));
    const uint32_t laneBg = pal.color(QPalette::AlternateBase).rgb();
    // The first lane not entirely above the ruler (scrolled out).
    const int first = laneCount() == 0 ? 0
        : int(std::lower_bound(m_laneY.begin(), m_laneY.begin() + laneCount(), kRuler - kLaneH - laneTop(0)) - m_laneY.begin());
    for (int i = first; i < laneCount(); ++i) {
        const qreal top = laneTop(i);
        if (top > height()) break;
        if (top + kLaneH < kRuler) continue;
        m_strip.assign(size_t(2 * columns), laneBg);
        fillLane(m_lanes[size_t(i)], columns, dpr);
        const QImage strip(reinterpret_cast<const uchar *>(m_strip.data()), columns, 2, columns * 4, QImage::Format_RGB32);
        p.drawImage(QRectF(kLabelW, top, columns / dpr, kLaneH), strip);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(4, top, kLabelW - 8, kLaneH), Qt::AlignLeft | Qt::AlignVCenter, laneTitle(i));
    }
    // Arrows: wake-ups between G lanes, steals between P lanes (when few are visible).
    auto ait = std::lower_bound(m_data->arrows.begin(), m_data->arrows.end(), m_start,
                                [](const Arrow &a, SimTime t) { return a.time < t; });
    auto aend = std::upper_bound(ait, m_data->arrows.end(), m_end, [](SimTime t, const Arrow &a) { return t < a.time; });
    if (aend - ait < 400) {
        for (; ait != aend; ++ait) {
            int from = -1, to = -1;
            if (ait->steal) {
                from = ait->from < int(m_data->pLanes.size()) ? ait->from : -1;
                to = ait->to < int(m_data->pLanes.size()) ? ait->to : -1;
            } else {
                if (size_t(ait->from) < m_gLaneOfGoid.size()) from = m_gLaneOfGoid[size_t(ait->from)];
                if (size_t(ait->to) < m_gLaneOfGoid.size()) to = m_gLaneOfGoid[size_t(ait->to)];
            }
            if (from < 0 || to < 0) continue;
            const qreal x = mapTimeToX(ait->time);
            const QPointF a(x, laneTop(from) + kLaneH / 2), b(x + 6, laneTop(to) + kLaneH / 2);
            p.setPen(QPen(ait->steal ? QColor(200, 110, 0) : QColor(30, 110, 200), 1.5));
            p.drawLine(a, b);
            p.drawEllipse(b, 2.5, 2.5);
        }
    }
    paintRaces(p);
    p.setClipping(false);
    // Cursor.
    if (m_cursor >= m_start && m_cursor <= m_end) {
        const qreal x = mapTimeToX(m_cursor);
        p.setPen(QPen(QColor(220, 30, 30), 2));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *ev)
{
    const int dy = ev->angleDelta().y();
    if (ev->modifiers() & Qt::ControlModifier) {
        zoom(dy > 0 ? 0.8 : 1.25, mapXToTime(ev->position().x()));
    } else if (ev->modifiers() & Qt::ShiftModifier) {
        pan(-dy / 2.0);
    } else {
        const int maxScroll = std::max(0, int(laneTop(laneCount()) + m_scrollY - height() + 10));
        m_scrollY = std::clamp(m_scrollY - dy / 4, 0, maxScroll);
        update();
    }
    ev->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *ev)
{
    m_dragX = ev->position().x();
    if (ev->button() == Qt::LeftButton) {
        const int race = raceAt(ev->position());
        if (race >= 0) {
            Q_EMIT raceClicked(m_races[race].race);
            return;
        }
    }
    if (ev->button() == Qt::LeftButton && ev->position().x() > kLabelW) {
        // Press near the ruler (or with Shift) moves the cursor; elsewhere pans.
        m_dragCursor = ev->position().y() < kRuler + 4 || (ev->modifiers() & Qt::ShiftModifier);
        m_dragging = true;
        if (m_dragCursor) {
            m_cursor = mapXToTime(ev->position().x());
            update();
            Q_EMIT cursorMoved(m_cursor);
        }
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *ev)
{
    if (!m_dragging)
        return;
    if (m_dragCursor) {
        m_cursor = std::max<SimTime>(0, mapXToTime(ev->position().x()));
        update();
        Q_EMIT cursorMoved(m_cursor);
    } else {
        pan(m_dragX - ev->position().x());
        m_dragX = ev->position().x();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *ev)
{
    // A click without dragging moves the cursor too.
    if (m_dragging && !m_dragCursor && std::abs(ev->position().x() - m_dragX) < 2 && ev->position().x() > kLabelW) {
        m_cursor = mapXToTime(ev->position().x());
        update();
        Q_EMIT cursorMoved(m_cursor);
    }
    m_dragging = false;
}

void TimelineWidget::keyPressEvent(QKeyEvent *ev)
{
    switch (ev->key()) {
    case Qt::Key_Plus: case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Left: pan(-width() / 10.0); break;
    case Qt::Key_Right: pan(width() / 10.0); break;
    case Qt::Key_0: resetZoom(); break;
    default: QWidget::keyPressEvent(ev); return;
    }
    ev->accept();
}

bool TimelineWidget::event(QEvent *e)
{
    // While focused, arrows and +/- belong to the timeline, not to the
    // window's step shortcuts.
    if (e->type() == QEvent::ShortcutOverride) {
        auto *ke = static_cast<QKeyEvent *>(e);
        if (ke->modifiers() == Qt::NoModifier || ke->modifiers() == Qt::KeypadModifier) {
            switch (ke->key()) {
            case Qt::Key_Plus: case Qt::Key_Equal: case Qt::Key_Minus: case Qt::Key_Left: case Qt::Key_Right: case Qt::Key_0:
                e->accept();
                return true;
            default: break;
            }
        }
    }
    if (e->type() == QEvent::ToolTip && m_data) {
        auto *he = static_cast<QHelpEvent *>(e);
        if (const int race = raceAt(he->pos()); race >= 0) {
            QToolTip::showText(he->globalPos(), m_races[race].text, this);
            return true;
        }
        const int lane = laneAt(he->pos().y());
        if (lane >= 0) {
            const SimTime t = mapXToTime(he->pos().x());
            const int si = segmentAt(*m_lanes[size_t(lane)].segs, t);
            if (si >= 0) {
                const Segment &s = (*m_lanes[size_t(lane)].segs)[size_t(si)];
                const QString names[] = {tr("running"), tr("runnable"), tr("blocked"), tr("syscall"), tr("spinning")};
                QString tip = QStringLiteral("%1: G%2 %3 %4 – %5").arg(laneTitle(lane)).arg(s.g)
                                  .arg(names[int(s.state)], formatTime(s.start), formatTime(s.end));
                if (s.waitReason) {
                    const auto w = trace::waitReasonString(s.waitReason);
                    tip += QStringLiteral(" [%1]").arg(QString::fromUtf8(w.data(), qsizetype(w.size())));
                }
                QToolTip::showText(he->globalPos(), tip, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace gsl::ui
