// ui.timeline_races — races on the timeline (issue 6 item 3): a racy run's
// race is drawn as red marks at its two accesses on the accessing
// goroutines' lanes, joined by a line, hit-testable and clickable; a
// race-free run draws none. In the main window a click on the mark selects
// the race in the Races and bugs panel.
// Screenshots: ${GSL_BINARY_DIR}/screenshots/timeline_races.png and
// mainwindow_timeline_race.png.
#include "analysis_fixtures.h"

#include "ui/config/configpanel.h"
#include "ui/controller/playback.h"
#include "ui/controller/runoutput.h"
#include "ui/mainwindow.h"
#include "ui/races/racesdock.h"
#include "ui/races/racespanel.h"
#include "ui/timeline/timelinewidget.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}

// The counter guarded by a mutex: the same shape, no race.
QString lockedCounter(int n)
{
    QString s = test::racyCounter(n);
    s.replace(QStringLiteral("\tvar wg sync.WaitGroup\n"), QStringLiteral("\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n"));
    s.replace(QStringLiteral("\t\t\t\tcounter++\n"), QStringLiteral("\t\t\t\tmu.Lock()\n\t\t\t\tcounter++\n\t\t\t\tmu.Unlock()\n"));
    return s;
}

struct Analysed {
    RunOutput run;
    RunAnalysis analysis;
};

Analysed analyse(const QString &source)
{
    RunRequest req;
    req.path = QStringLiteral("counter.go");
    req.source = source;
    req.config.gomaxprocs = 2;
    req.config.seed = 3;
    Analysed a;
    a.run = executeRun(req);
    AnalysisRequest ar;
    ar.path = req.path;
    ar.source = req.source;
    ar.config = req.config;
    ar.trace = a.run.trace;
    ar.stdoutText = a.run.stdoutText;
    ar.searchPerturbation = false;
    a.analysis = analyzeRun(ar);
    return a;
}

const QColor kRed(220, 0, 0);

int redPixels(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) n += img.pixelColor(x, y) == kRed;
    return n;
}
} // namespace

class TestTimelineRaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_timeline_races"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void racyRunDrawsJoinedRedMarks()
    {
        const Analysed a = analyse(test::racyCounter(20));
        QVERIFY2(a.run.ok(), qPrintable(a.run.errorText));
        QVERIFY(!a.analysis.races.isEmpty());
        const analysis::RaceReport &r = a.analysis.races.front().report;
        QVERIFY(r.current.goid != r.previous.goid);
        TimelineWidget w;
        w.resize(1000, 300);
        w.setData(a.run.timeline);
        w.setRaceMarks(raceMarksOf(a.analysis));
        QCOMPARE(w.raceMarks().size(), a.analysis.races.size());
        // Zoom on the race so its accesses are apart.
        const SimTime lo = std::min(r.current.time, r.previous.time), hi = std::max(r.current.time, r.previous.time);
        const SimTime margin = std::max<SimTime>((hi - lo) / 2, 1000);
        w.setVisibleRange(lo - margin, hi + margin);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QImage img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("timeline_races.png"))));
        const QPointF prev = w.raceMarkPos(0, false), cur = w.raceMarkPos(0, true);
        QVERIFY(!prev.isNull() && !cur.isNull());
        // Each mark is on its goroutine's lane, at its access's time.
        QCOMPARE(w.laneTitle(w.laneAt(prev.y())), QStringLiteral("G%1").arg(r.previous.goid));
        QCOMPARE(w.laneTitle(w.laneAt(cur.y())), QStringLiteral("G%1").arg(r.current.goid));
        QVERIFY(std::abs(prev.x() - w.mapTimeToX(r.previous.time)) < 1);
        QCOMPARE(img.pixelColor(prev.toPoint()), kRed);
        QCOMPARE(img.pixelColor(cur.toPoint()), kRed);
        // The joining line: red at its middle too.
        const QPoint mid = ((prev + cur) / 2).toPoint();
        bool lineRed = false;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) lineRed |= img.pixelColor(mid + QPoint(dx, dy)) == kRed;
        QVERIFY(lineRed);
        // Hit test and click.
        QCOMPARE(w.raceAt(prev), 0);
        QCOMPARE(w.raceAt(cur), 0);
        QCOMPARE(w.raceAt(QPointF(prev.x(), 5)), -1);   // the ruler
        QSignalSpy clicked(&w, &TimelineWidget::raceClicked);
        QTest::mouseClick(&w, Qt::LeftButton, {}, cur.toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toInt(), 0);
        // A new run clears the marks.
        w.setData(a.run.timeline);
        QVERIFY(w.raceMarks().isEmpty());
    }

    void raceFreeRunDrawsNone()
    {
        const Analysed a = analyse(lockedCounter(20));
        QVERIFY2(a.run.ok(), qPrintable(a.run.errorText));
        QVERIFY(a.analysis.races.isEmpty());
        TimelineWidget w;
        w.resize(1000, 300);
        w.setData(a.run.timeline);
        w.setRaceMarks(raceMarksOf(a.analysis));
        QVERIFY(w.raceMarks().isEmpty());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(redPixels(w.grab().toImage()), 0);
        QCOMPARE(w.raceAt(QPointF(500, 100)), -1);
    }

    void clickOnTheTimelineSelectsTheRace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("racy_small.go"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::racyCounter(200).toUtf8());
        }
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runtime::RunConfig cfg;
        cfg.gomaxprocs = 2;
        cfg.seed = 3;
        w.configPanel()->setConfig(cfg);
        auto *races = w.findChild<RacesPanel *>(QStringLiteral("racesPanel"));
        QVERIFY(races);
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(path));
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.timeline()->raceMarks().isEmpty(), 60000);
        QCOMPARE(w.timeline()->raceMarks().size(), races->analysis().races.size());
        const RaceMark m = w.timeline()->raceMarks().front();
        w.playback()->seek(0);   // (the timeline follows the cursor: before setting its range)
        const SimTime lo = std::min(m.currentTime, m.previousTime), hi = std::max(m.currentTime, m.previousTime);
        w.timeline()->setVisibleRange(lo - std::max<SimTime>(hi - lo, 1000), hi + std::max<SimTime>(hi - lo, 1000));
        QApplication::processEvents();
        const QPointF pos = w.timeline()->raceMarkPos(0, true);
        QVERIFY(!pos.isNull());
        if (pos.y() > w.timeline()->height()) QSKIP("the race's goroutine lane is scrolled out of the timeline dock");
        QTest::mouseClick(w.timeline(), Qt::LeftButton, {}, pos.toPoint());
        QCOMPARE(races->selectedRace(), m.race);
        // The playback cursor goes to the access that found the race.
        QCOMPARE(w.playback()->position(), races->analysis().races[m.race].report.current.eventIndex + 1);
        QApplication::processEvents();
        QVERIFY(w.grab().save(shot(QStringLiteral("mainwindow_timeline_race.png"))));
    }
};

QTEST_MAIN(TestTimelineRaces)
#include "tst_timeline_races.moc"
