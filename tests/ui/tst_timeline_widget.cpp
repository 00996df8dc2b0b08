// ui.timeline_widget — lanes folded from the trace, time<->x mapping, zoom
// and pan driven like a user, and level-of-detail drawing of a million events.
#include "ui/demo/demotrace.h"
#include "ui/timeline/timelinewidget.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsLanes()
    {
        auto t = makeDemoTrace();
        const TimelineData d = TimelineData::build(*t);
        QCOMPARE(d.pLanes.size(), size_t(2));
        QCOMPARE(d.gLanes.size(), size_t(6));
        // G1 runs, blocks in wg.Wait (semacquire), becomes runnable, runs again.
        std::vector<LaneState> g1;
        for (const Segment &s : d.gLanes[1]) g1.push_back(s.state);
        QCOMPARE(g1, (std::vector<LaneState>{LaneState::Runnable, LaneState::Running, LaneState::Blocked,
                                              LaneState::Runnable, LaneState::Running}));
        // Lanes are ordered and disjoint.
        for (const auto &lane : d.gLanes)
            for (size_t i = 1; i < lane.size(); ++i)
                QVERIFY(lane[i - 1].end <= lane[i].start);
        // One steal arrow P0 -> P1 of 2 goroutines, one wake-up arrow G3 -> G1.
        int steals = 0, wakes = 0;
        for (const Arrow &a : d.arrows) {
            if (a.steal) { ++steals; QCOMPARE(a.from, 0); QCOMPARE(a.to, 1); QCOMPARE(a.count, 2); }
            else { ++wakes; QCOMPARE(a.from, 3); QCOMPARE(a.to, 1); }
        }
        QCOMPARE(steals, 1);
        QCOMPARE(wakes, 1);
        QCOMPARE(d.throttled.size(), size_t(1));
        QVERIFY(!d.marks.empty());
    }

    void mapsTimeAndX()
    {
        TimelineWidget w;
        w.resize(800, 300);
        auto t = makeDemoTrace();
        w.setData(std::make_shared<TimelineData>(TimelineData::build(*t)));
        for (SimTime time : {SimTime(0), SimTime(1234), SimTime(50'000)}) {
            const qreal x = w.mapTimeToX(time);
            QVERIFY(qAbs(w.mapXToTime(x) - time) <= (w.visibleEnd() - w.visibleStart()) / 700 + 1);
        }
        QVERIFY(w.mapTimeToX(w.visibleStart()) < w.mapTimeToX(w.visibleEnd()));
        QCOMPARE(w.laneTitle(0), QStringLiteral("P0"));
        QVERIFY(w.laneCount() >= 2 + 5);
    }

    void zoomAndPanLikeAUser()
    {
        TimelineWidget w;
        w.resize(800, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto t = makeDemoTrace();
        w.setData(std::make_shared<TimelineData>(TimelineData::build(*t)));
        const SimTime span0 = w.visibleEnd() - w.visibleStart();
        QTest::keyClick(&w, Qt::Key_Plus);
        QVERIFY(qAbs((w.visibleEnd() - w.visibleStart()) - span0 / 2) <= 1);
        const SimTime start1 = w.visibleStart();
        QTest::keyClick(&w, Qt::Key_Right);
        QVERIFY(w.visibleStart() > start1);
        QTest::keyClick(&w, Qt::Key_Minus);
        QVERIFY(w.visibleEnd() - w.visibleStart() >= span0 - 2);
        // Ctrl+wheel zooms around the mouse.
        const QPoint at(400, 100);
        const SimTime anchor = w.mapXToTime(at.x());
        QWheelEvent wheel(at, w.mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&w, &wheel);
        QVERIFY(w.visibleEnd() - w.visibleStart() < span0);
        QVERIFY(qAbs(w.mapXToTime(at.x()) - anchor) < (w.visibleEnd() - w.visibleStart()) / 100 + 2);
        // A click moves the cursor and tells the others.
        QSignalSpy cursor(&w, &TimelineWidget::cursorMoved);
        QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(300, 150));
        QCOMPARE(cursor.count(), 1);
        QCOMPARE(w.cursor(), w.mapXToTime(300));
        const QImage img = w.grab().toImage();
        QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
        img.save(QStringLiteral(GSL_BINARY_DIR "/screenshots/timeline.png"));
        // The cursor line is red at its x.
        const QColor c = img.pixelColor(int(w.mapTimeToX(w.cursor())), 5);
        QVERIFY2(c.red() > 180 && c.green() < 80, qPrintable(c.name()));
    }

    // A segment shorter than a pixel column, followed in the same column by a
    // long one (a goroutine parks at once, the next runs for the rest of the
    // run, as runfinq then a counter loop on P0): the long one is drawn. It
    // was skipped, leaving the P lane empty while the goroutine ran.
    void subPixelSegmentDoesNotHideTheNext()
    {
        auto d = std::make_shared<TimelineData>();
        d->endTime = 1'000'000;
        d->pLanes = {{Segment{0, 100, 1, LaneState::Running, 0}, Segment{100, 101, 2, LaneState::Running, 0},
                      Segment{101, 500'000, 3, LaneState::Running, 0}}};
        TimelineWidget w;
        w.resize(800, 200);
        w.setData(d);
        QImage img(w.size(), QImage::Format_ARGB32);
        w.render(&img);
        int y = 0;
        while (y < w.height() && w.laneAt(y) != 0) ++y;
        QVERIFY(y < w.height());
        y += 4;   // inside P0's lane
        const QColor running = img.pixelColor(int(w.mapTimeToX(250'000)), y);
        const QColor idle = img.pixelColor(int(w.mapTimeToX(750'000)), y);
        QVERIFY2(running != idle, qPrintable(running.name() + " at 250 us, as the empty part of the lane"));
        QCOMPARE(img.pixelColor(int(w.mapTimeToX(400'000)), y), running);
    }

    void millionEventsStayFluid()
    {
        auto t = makeLargeTrace(1'000'000);
        QElapsedTimer clock;
        clock.start();
        auto d = std::make_shared<TimelineData>(TimelineData::build(*t));
        const qint64 buildMs = clock.elapsed();
        TimelineWidget w;
        w.resize(1200, 400);
        w.setData(d);
        QImage img(w.size(), QImage::Format_ARGB32);
        clock.restart();
        w.render(&img);
        const qint64 paintMs = clock.elapsed();
        // Level of detail: at most a few rectangles per pixel column per lane.
        QVERIFY2(w.rectsDrawnLastPaint() < w.laneCount() * 1200 * 3, qPrintable(QString::number(w.rectsDrawnLastPaint())));
        QVERIFY2(paintMs < 300, qPrintable(QStringLiteral("paint %1 ms").arg(paintMs)));
        QVERIFY2(buildMs < 3000, qPrintable(QStringLiteral("build %1 ms").arg(buildMs)));
        // Zoomed in, detail comes back: a narrow window draws real segments.
        w.setVisibleRange(d->endTime / 2, d->endTime / 2 + 20'000);
        w.render(&img);
        QVERIFY(w.rectsDrawnLastPaint() > 0);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline_widget.moc"
