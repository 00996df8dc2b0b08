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
    // A small gap separates the P, M and G groups.
    qreal y = kRuler + 4 - m_scrollY;
    for (int i = 0; i < lane; ++i) {
        y += kLaneH + kGap;
        if (i + 1 < laneCount() && m_lanes[size_t(i)].kind != m_lanes[size_t(i + 1)].kind)
            y += 6;
    }
    return y;
}

int TimelineWidget::laneAt(qreal y) const
{
    for (int i = 0; i < laneCount(); ++i) {
        const qreal t = laneTop(i);
        if (y >= t && y < t + kLaneH)
            return i;
    }
    return -1;
}

void TimelineWidget::paintLane(QPainter &p, const Lane &lane, qreal top, qreal h)
{
    const std::vector<Segment> &segs = *lane.segs;
    const bool gLane = lane.kind == Lane::GLane;
    auto it = std::lower_bound(segs.begin(), segs.end(), m_start,
                               [](const Segment &s, SimTime t) { return s.end < t; });
    const qreal right = width();
    while (it != segs.end() && it->start <= m_end) {
        const qreal x1 = std::max(kLabelW, mapTimeToX(it->start));
        const qreal x2 = std::min(right, mapTimeToX(it->end));
        ++m_rectsDrawn;
        if (x2 - x1 >= 1.0) {
            p.fillRect(QRectF(x1, top, x2 - x1, h), stateColor(*it, gLane));
            ++it;
            continue;
        }
        // Sub-pixel run: one column for all segments in this pixel, then
        // jump to the first segment that starts in the next column.
        const qreal col = std::floor(x1);
        p.fillRect(QRectF(col, top, 1, h), stateColor(*it, gLane));
        const SimTime next = mapXToTime(col + 1);
        auto jump = std::lower_bound(it + 1, segs.end(), next,
                                     [](const Segment &s, SimTime t) { return s.start < t; });
        it = jump;
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
    for (const Interval &iv : m_data->throttled) {
        if (iv.end < m_start || iv.start > m_end) continue;
        const qreal x1 = std::max(kLabelW, mapTimeToX(iv.start)), x2 = mapTimeToX(iv.end);
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
    // Lanes.
    p.setClipRect(QRectF(0, kRuler, width(), height() - kRuler));
    for (int i = 0; i < laneCount(); ++i) {
        const qreal top = laneTop(i);
        if (top + kLaneH < kRuler || top > height()) continue;
        p.fillRect(QRectF(kLabelW, top, width() - kLabelW, kLaneH), pal.color(QPalette::AlternateBase));
        paintLane(p, m_lanes[size_t(i)], top, kLaneH);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(4, top, kLabelW - 8, kLaneH), Qt::AlignLeft | Qt::AlignVCenter, laneTitle(i));
    }
    // Marks on G lanes, at most one per lane per pixel column.
    std::vector<int> lastX(m_data->gLanes.size(), -1);
    auto mit = std::lower_bound(m_data->marks.begin(), m_data->marks.end(), m_start,
                                [](const Mark &m, SimTime t) { return m.time < t; });
    for (; mit != m_data->marks.end() && mit->time <= m_end; ++mit) {
        if (mit->g <= 0 || size_t(mit->g) >= m_gLaneOfGoid.size() || m_gLaneOfGoid[size_t(mit->g)] < 0) continue;
        const int x = int(mapTimeToX(mit->time));
        if (lastX[size_t(mit->g)] == x) continue;
        lastX[size_t(mit->g)] = x;
        const qreal top = laneTop(m_gLaneOfGoid[size_t(mit->g)]);
        const bool write = mit->kind == trace::EvKind::MemWrite || mit->kind == trace::EvKind::AtomicWrite;
        p.fillRect(QRectF(x, top, 2, kLaneH / 2), write ? QColor(160, 30, 30) : QColor(40, 60, 160));
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
                static const char *names[] = {"running", "runnable", "blocked", "syscall", "spinning"};
                QString tip = QStringLiteral("%1: G%2 %3 %4 – %5").arg(laneTitle(lane)).arg(s.g)
                                  .arg(QLatin1String(names[int(s.state)]), formatTime(s.start), formatTime(s.end));
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
