// ui.controller_playback — stepping, scrubbing and run-until over a trace.
// The central property: the state at any position is the same whether it
// was reached by stepping forwards or by jumping/stepping back (keyframes
// plus replay), so step-back and scrubbing never show a different world.
#include "ui/controller/playback.h"
#include "ui/demo/demotrace.h"

#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;
using trace::EvKind;

class TestPlayback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepBackAndScrubMatchForwards()
    {
        PlaybackController pc;
        auto t = makeDemoTrace();
        pc.setTrace(t);
        std::vector<trace::SchedState> forwards{pc.state()};
        while (pc.position() < pc.eventCount()) {
            pc.stepForward();
            forwards.push_back(pc.state());
        }
        QCOMPARE(forwards.size(), t->size() + 1);
        // Backwards one at a time.
        for (size_t i = t->size(); i-- > 0;) {
            pc.stepBack();
            QCOMPARE(pc.position(), i);
            QVERIFY2(pc.state() == forwards[i], qPrintable(QStringLiteral("step back to %1").arg(i)));
        }
        // Scrubbing to scattered positions.
        for (size_t i : {size_t(40), size_t(3), size_t(71), size_t(17), size_t(0), size_t(33)}) {
            pc.seek(i);
            QVERIFY2(pc.state() == forwards[i], qPrintable(QStringLiteral("seek %1").arg(i)));
        }
    }

    void scrubOnLargeTraceUsesKeyframes()
    {
        PlaybackController pc;
        auto t = makeLargeTrace(200'000);
        pc.setTrace(t);
        QElapsedTimer clock;
        clock.start();
        pc.seek(150'001);
        pc.seek(70'003);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(pc.state() == trace::replayState(*t, 70'003));
    }

    void steppedCarriesBeforeEventAfter()
    {
        PlaybackController pc;
        auto t = makeDemoTrace();
        pc.setTrace(t);
        QSignalSpy stepped(&pc, &PlaybackController::stepped);
        QSignalSpy moved(&pc, &PlaybackController::positionChanged);
        pc.seek(10);
        QCOMPARE(stepped.count(), 0); // a jump is not an animated step
        pc.stepForward();
        QCOMPARE(stepped.count(), 1);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.last().at(0).value<size_t>(), size_t(11));
        QVERIFY(pc.lastEvent());
        QVERIFY(*pc.lastEvent() == (*t)[10]);
    }

    void runUntil_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("until-a-g-blocks") << int(StopCondition::GBlocks) << int(EvKind::GoPark);
        QTest::newRow("until-a-p-steals") << int(StopCondition::PSteals) << int(EvKind::ProcSteal);
        QTest::newRow("until-a-g-ends") << int(StopCondition::GoroutineEnds) << int(EvKind::GoEnd);
        QTest::newRow("until-outcome") << int(StopCondition::OutcomeDecided) << int(EvKind::Print);
    }

    void runUntil()
    {
        QFETCH(int, kind);
        QFETCH(int, expectedKind);
        PlaybackController pc;
        auto t = makeDemoTrace();
        pc.setTrace(t);
        StopCondition c;
        c.kind = StopCondition::Kind(kind);
        pc.runUntil(c);
        QVERIFY(pc.lastEvent());
        QCOMPARE(int(pc.lastEvent()->kind), expectedKind);
        // The first such event: none before it.
        for (size_t i = 0; i + 1 < pc.position(); ++i)
            QVERIFY((*t)[i].kind != EvKind(expectedKind));
    }

    void runUntilTime()
    {
        PlaybackController pc;
        auto t = makeDemoTrace();
        pc.setTrace(t);
        pc.runUntil({StopCondition::TimeReached, 0, 20'000});
        QVERIFY(pc.time() >= 20'000);
        QVERIFY((*t)[pc.position() - 2].time < 20'000);
        pc.seekTime(10'000);
        QVERIFY(pc.time() <= 10'000);
        QVERIFY(pc.position() == t->size() || (*t)[pc.position()].time > 10'000);
    }

    void bookmarks()
    {
        PlaybackController pc;
        pc.setTrace(makeDemoTrace());
        QSignalSpy spy(&pc, &PlaybackController::bookmarksChanged);
        pc.seek(5);
        pc.toggleBookmark();
        pc.seek(30);
        pc.toggleBookmark();
        QCOMPARE(pc.bookmarks(), (QVector<size_t>{5, 30}));
        pc.seek(12);
        pc.nextBookmark();
        QCOMPARE(pc.position(), size_t(30));
        pc.previousBookmark();
        QCOMPARE(pc.position(), size_t(5));
        pc.toggleBookmark();
        QCOMPARE(pc.bookmarks(), (QVector<size_t>{30}));
        QCOMPARE(spy.count(), 3);
    }

    void playsAtSpeedAndStopsAtEnd()
    {
        PlaybackController pc;
        auto t = makeDemoTrace();
        pc.setTrace(t);
        pc.setSpeed(2000);
        QSignalSpy playing(&pc, &PlaybackController::playingChanged);
        pc.play();
        QVERIFY(pc.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(pc.position(), t->size(), 3000);
        QTRY_VERIFY(!pc.isPlaying());
        QCOMPARE(playing.count(), 2);
        QVERIFY(pc.state() == trace::replayState(*t, t->size()));
    }
};

QTEST_MAIN(TestPlayback)
#include "tst_controller_playback.moc"
