// ui.races_panel — the Races & bugs panel driven like a user: clicking a race
// row emits the two accesses and shows its report and HB graph; the replay
// button hands over the perturbed configuration; deadlock and hidden tabs.
#include "analysis_fixtures.h"

#include "ui/controller/runoutput.h"
#include "ui/races/blockedmodel.h"
#include "ui/races/racemodel.h"
#include "ui/races/racespanel.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QSvgWidget>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
RaceItem fakeRace(int goA, int lineA, size_t evA, int goB, int lineB, size_t evB)
{
    RaceItem r;
    r.report.current = {goA, 1, "counter", lineA, true, false, evA, 0};
    r.report.previous = {goB, 1, "counter", lineB, false, false, evB, 0};
    r.text = QStringLiteral("==================\nWARNING: DATA RACE\nWrite at 0x00c000010008 by goroutine %1:\n").arg(goA);
    r.why = QStringLiteral("no edge orders them");
    return r;
}

QPoint cellCenter(QTableView *v, int row, int col)
{
    return v->visualRect(v->model()->index(row, col)).center();
}
} // namespace

class TestRacesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickRaceRowSelectsAccesses()
    {
        RacesPanel p;
        p.resize(900, 600);
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        RunAnalysis a;
        a.races << fakeRace(7, 19, 120, 6, 19, 80) << fakeRace(8, 23, 300, 7, 21, 250);
        a.raceSummary = QStringLiteral("Found 2 data race(s)");
        // A real Graphviz layout for the second race (as analyzeRun makes them).
        a.races[1].svg = "<svg xmlns='http://www.w3.org/2000/svg' width='200pt' height='100pt' viewBox='0 0 200 100'>"
                         "<g id='node1'><title>e300</title><rect x='10' y='10' width='50' height='20'/></g></svg>";
        QSignalSpy sel(&p, &RacesPanel::accessesSelected);
        p.setAnalysis(a);
        // The first race is shown on arrival, without moving the other views.
        QCOMPARE(sel.count(), 0);
        QCOMPARE(p.selectedRace(), 0);
        QVERIFY(p.reportView()->toPlainText().contains(QStringLiteral("by goroutine 7:")));
        QVERIFY(p.summaryLabel()->text().contains(QStringLiteral("Found 2 data race(s)")));
        // Clicking it announces it.
        QTableView *v = p.raceView();
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, cellCenter(v, 0, RaceModel::VarCol));
        QCOMPARE(sel.count(), 1);
        QCOMPARE(sel.last().at(0).toULongLong(), 120ull);
        QCOMPARE(sel.last().at(1).toULongLong(), 80ull);
        // The user clicks the second row.
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, cellCenter(v, 1, RaceModel::CurrentCol));
        QCOMPARE(sel.count(), 2);
        QCOMPARE(sel.last().at(0).toULongLong(), 300ull);
        QCOMPARE(sel.last().at(1).toULongLong(), 250ull);
        QCOMPARE(sel.last().at(2).toInt(), 23);
        QCOMPARE(sel.last().at(3).toInt(), 21);
        QCOMPARE(p.selectedRace(), 1);
        QVERIFY(p.reportView()->toPlainText().contains(QStringLiteral("by goroutine 8:")));
        QVERIFY(p.graphWidget()->renderer()->isValid());
        QVERIFY(p.graphWidget()->width() >= 160);   // fitted, never below 80 % of Graphviz's size
        // Keyboard: Up goes back to the first race.
        v->setFocus();
        QTest::keyClick(v, Qt::Key_Up);
        QCOMPARE(sel.count(), 3);
        QCOMPARE(sel.last().at(0).toULongLong(), 120ull);
        // Clicking the same row again does not re-emit.
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, cellCenter(v, 0, RaceModel::VarCol));
        QCOMPARE(sel.count(), 3);
    }

    void replayButtonHandsOverPerturbation()
    {
        RacesPanel p;
        p.show();
        RunAnalysis a;
        a.correct = QStringLiteral("^counter=4000$");
        a.outcome = QStringLiteral("counter=4000");
        a.hiddenFacts << QStringLiteral("Only P0 ran goroutines that touched counter.");
        a.perturbationSearched = true;
        a.perturbationFound = true;
        a.perturbation = QStringLiteral("GOMAXPROCS 2 instead of 1 (seed 1)");
        a.perturbedOutcome = QStringLiteral("counter=3511");
        a.perturbedConfig.gomaxprocs = 2;
        a.perturbedConfig.seed = 1;
        p.setAnalysis(a);
        QCOMPARE(p.factsList()->count(), 1);
        QVERIFY(p.replayButton()->isEnabled());
        QVERIFY(p.replayButton()->text().contains(QStringLiteral("GOMAXPROCS 2 instead of 1")));
        p.tabs()->setCurrentIndex(2);
        QSignalSpy replay(&p, &RacesPanel::replayRequested);
        QTest::mouseClick(p.replayButton(), Qt::LeftButton);
        QCOMPARE(replay.count(), 1);
        const auto cfg = replay.front().front().value<runtime::RunConfig>();
        QCOMPARE(cfg.gomaxprocs.value_or(0), 2);
        QCOMPARE(cfg.seed, 1u);
        // A manifested run has nothing to replay.
        a.outcome = QStringLiteral("counter=3511");
        a.manifested = true;
        p.setAnalysis(a);
        QVERIFY(!p.replayButton()->isEnabled());
        QCOMPARE(p.factsList()->count(), 0);
    }

    void deadlockTab()
    {
        RacesPanel p;
        RunAnalysis a;
        a.deadlock = true;
        a.waitText = QStringLiteral("fatal error: all goroutines are asleep - deadlock!");
        a.blocked << BlockedItem{1, QStringLiteral("chan#1"), 12, true, QStringLiteral("G1 waits to receive on chan#1 (line 12)")};
        p.setAnalysis(a);
        QVERIFY(p.summaryLabel()->text().contains(QStringLiteral("Deadlock")));
        QCOMPARE(p.blockedModel()->rowCount(), 1);
        QCOMPARE(p.blockedModel()->index(0, BlockedModel::ObjectCol).data().toString(), QStringLiteral("chan#1"));
        QCOMPARE(p.raceModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestRacesPanel)
#include "tst_races_panel.moc"
