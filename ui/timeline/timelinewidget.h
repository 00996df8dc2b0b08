// timelinewidget.h — lanes per P, per M and per G over simulated time, with
// memory/sync marks, wake-up and steal arrows and CFS throttle shading.
// Zoom: Ctrl+wheel, +/-; pan: drag, wheel with Shift, arrow keys when
// focused. Drawing is level-of-detail: only the lanes in view are drawn, and
// a lane is one strip of pixel-column colours (runs shorter than a pixel are
// skipped with a binary search, marks found through the lane's own index)
// blitted with one drawImage, so a paint costs O(lanes in view x columns x
// log events) and a million-event run pans as fast as a small one.
// Time <-> x mapping follows hotspot: mapTimeToX / mapXToTime.
#pragma once

#include "ui/timeline/timelinedata.h"

#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

namespace gsl::ui {

// A data race drawn on the timeline: red marks at its two accesses (on the
// G lanes of the goroutines that made them) joined by a red line.
struct RaceMark {
    SimTime previousTime = 0;
    int32_t previousG = 0;
    SimTime currentTime = 0;     // the access that found the race
    int32_t currentG = 0;
    int race = 0;                // row in the races panel
    QString text;                // tooltip: "data race on counter: ..."
};

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setData(std::shared_ptr<const TimelineData> d);
    const TimelineData *data() const { return m_data.get(); }

    qreal mapTimeToX(SimTime t) const;
    SimTime mapXToTime(qreal x) const;

    SimTime visibleStart() const { return m_start; }
    SimTime visibleEnd() const { return m_end; }
    void setVisibleRange(SimTime start, SimTime end);
    void zoom(double factor, SimTime anchor);
    void zoomIn() { zoom(0.5, (m_start + m_end) / 2); }
    void zoomOut() { zoom(2.0, (m_start + m_end) / 2); }
    void resetZoom();

    SimTime cursor() const { return m_cursor; }
    // laneCount: P lanes + M lanes + G lanes (G lanes only for goids that ran).
    int laneCount() const { return int(m_lanes.size()); }
    QString laneTitle(int lane) const;
    int laneAt(qreal y) const;
    // rectsDrawnLastPaint: segments painted in the last paint (LOD check).
    int rectsDrawnLastPaint() const { return m_rectsDrawn; }

    // Races of the run (ui/races computes them); setData clears them.
    void setRaceMarks(QVector<RaceMark> marks);
    const QVector<RaceMark> &raceMarks() const { return m_races; }
    // raceMarkPos: the centre of mark i's access (current or previous), in
    // widget coordinates; invalid when its goroutine has no lane.
    QPointF raceMarkPos(int i, bool current) const;
    // raceAt: the race whose mark (or joining line) is under pos, or -1.
    int raceAt(const QPointF &pos) const;

    QSize sizeHint() const override { return {900, 260}; }

public Q_SLOTS:
    void setCursor(SimTime t);

Q_SIGNALS:
    // cursorMoved: the user clicked or dragged the cursor to t.
    void cursorMoved(SimTime t);
    void visibleRangeChanged(SimTime start, SimTime end);
    // raceClicked: the user clicked the red mark of race `race`.
    void raceClicked(int race);

protected:
    void paintEvent(QPaintEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    bool event(QEvent *) override;

private:
    struct Lane {
        enum Kind { PLane, MLane, GLane } kind;
        int id;
        const std::vector<Segment> *segs;
    };
    qreal laneTop(int lane) const;
    // fillLane writes lane's colours into m_strip: row 0 the upper half
    // (with the marks), row 1 the lower half; one entry per device column.
    void fillLane(const Lane &lane, int columns, qreal dpr);
    void pan(qreal dx);
    void paintRaces(class QPainter &p);   // racemarks.cpp

    std::shared_ptr<const TimelineData> m_data;
    std::vector<Lane> m_lanes;
    std::vector<int> m_gLaneOfGoid; // goid -> lane index, -1 = none
    std::vector<qreal> m_laneY;     // lane i's top below the first lane's (unscrolled)
    std::vector<uint32_t> m_strip;  // scratch: 2 rows of column colours (QRgb)
    SimTime m_start = 0;
    SimTime m_end = 1;
    SimTime m_cursor = 0;
    int m_scrollY = 0;
    bool m_dragging = false;
    bool m_dragCursor = false;
    qreal m_dragX = 0;
    int m_rectsDrawn = 0;
    QVector<RaceMark> m_races;
};

} // namespace gsl::ui
