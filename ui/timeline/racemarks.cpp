// racemarks.cpp — races on the timeline (issue 6 item 3): a red mark at each
// of a race's two accesses, on the lanes of the goroutines that made them,
// joined by a red line; hit-testing for clicks and tooltips.
#include "ui/timeline/timelinemetrics.h"
#include "ui/timeline/timelinewidget.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gsl::ui {

using namespace timeline;

namespace {
constexpr qreal kMarkW = 7;
const QColor kRaceRed(220, 0, 0);

// distanceToSegment: from p to the segment ab.
qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const qreal len2 = QPointF::dotProduct(d, d);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * d).length();
}
} // namespace

void TimelineWidget::setRaceMarks(QVector<RaceMark> marks)
{
    m_races = std::move(marks);
    update();
}

QPointF TimelineWidget::raceMarkPos(int i, bool current) const
{
    if (i < 0 || i >= m_races.size()) return {};
    const RaceMark &r = m_races[i];
    const int32_t g = current ? r.currentG : r.previousG;
    if (g <= 0 || size_t(g) >= m_gLaneOfGoid.size() || m_gLaneOfGoid[size_t(g)] < 0) return {};
    return {mapTimeToX(current ? r.currentTime : r.previousTime), laneTop(m_gLaneOfGoid[size_t(g)]) + kLaneH / 2};
}

int TimelineWidget::raceAt(const QPointF &pos) const
{
    if (pos.x() < kLabelW || pos.y() < kRuler) return -1;
    int best = -1;
    qreal bestD = 5;
    for (int i = 0; i < m_races.size(); ++i) {
        const QPointF a = raceMarkPos(i, false), b = raceMarkPos(i, true);
        if (a.isNull() || b.isNull()) continue;
        // The marks are the big targets; the joining line counts a little less.
        for (const QPointF &m : {a, b})
            if (std::abs(pos.x() - m.x()) <= kMarkW / 2 + 1 && std::abs(pos.y() - m.y()) <= kLaneH / 2) return i;
        const qreal d = distanceToSegment(pos, a, b);
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

// paintRaces: over the lanes and marks, under the cursor. A race whose two
// accesses are both off to one side is skipped.
void TimelineWidget::paintRaces(QPainter &p)
{
    if (m_races.isEmpty()) return;
    p.save();
    p.setClipRect(QRectF(kLabelW, kRuler, width() - kLabelW, height() - kRuler));
    for (int i = 0; i < m_races.size(); ++i) {
        const RaceMark &r = m_races[i];
        if (std::max(r.previousTime, r.currentTime) < m_start || std::min(r.previousTime, r.currentTime) > m_end) continue;
        const QPointF a = raceMarkPos(i, false), b = raceMarkPos(i, true);
        if (a.isNull() || b.isNull()) continue;
        p.setPen(QPen(kRaceRed, 2));
        p.drawLine(a, b);
        p.setPen(QPen(kRaceRed.darker(160), 1));
        p.setBrush(kRaceRed);
        for (const QPointF &m : {a, b})
            p.drawRect(QRectF(m.x() - kMarkW / 2, m.y() - kLaneH / 2, kMarkW, kLaneH));
        p.setBrush(Qt::NoBrush);
    }
    p.restore();
}

} // namespace gsl::ui
