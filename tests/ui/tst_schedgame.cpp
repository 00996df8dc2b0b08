// ui.schedgame — "you are the scheduler": the controller's legal choices at
// each decision (checked against what the engine accepts when the pick is
// replayed), undo, and the panel played like a user with the keyboard and
// the mouse on wg_add_inside ("make Wait return early") and on a small racy
// counter ("lose an update"), with the goal message at the end.
#include "analysis_fixtures.h"

#include "ui/config/configpanel.h"
#include "ui/mainwindow.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/teaching/presenterview.h"
#include "ui/teaching/schedgame.h"
#include "ui/teaching/schedgamecontroller.h"
#include "ui/teaching/schedgamepanel.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <set>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}

RunRequest request(const QString &path, const QString &source, int procs)
{
    RunRequest r;
    r.path = path;
    r.source = source;
    r.config.gomaxprocs = procs;
    r.config.cpus = 4;
    r.config.seed = 1;
    return r;
}

RunRequest scenario(const QString &name, int procs)
{
    const QString path = QStringLiteral(GSL_SCENARIO_DIR "/") + name;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return request(path, QString::fromUtf8(f.readAll()), procs);
}

// runnableElsewhere: the goroutines of s that are runnable and held by a
// run queue (any P's runnext or ring, or the global queue), minus `running`;
// computed from the state independently of the game code.
std::set<int> queuedRunnable(const trace::SchedState &s, int running)
{
    std::set<int> q;
    for (int p = 0; p < s.gomaxprocs; ++p) {
        if (s.ps[size_t(p)].runnext) q.insert(s.ps[size_t(p)].runnext);
        for (int32_t g : s.ps[size_t(p)].runq) q.insert(g);
    }
    for (int32_t g : s.globrunq) q.insert(g);
    std::set<int> out;
    // Goroutines 2-5 are go1.19's runtime goroutines in a program that imports
    // fmt (forcegchelper, bgsweep, bgscavenge, runfinq: tst_run_startup); the
    // game offers only the program's own.
    for (int g : q)
        if ((g < 2 || g > 5) && g != running && s.g(g) && s.g(g)->status == trace::GStatus::Runnable) out.insert(g);
    return out;
}

std::set<int> goidsOf(const QVector<GameChoice> &c)
{
    std::set<int> out;
    for (const GameChoice &x : c) out.insert(x.goid);
    return out;
}

// replayDiverges: does the engine refuse `pick` at the decision's point?
bool replayDiverges(const RunRequest &req, const QString &schedule, const GameStep &at, int pick)
{
    GameRequest r;
    r.run = req;
    r.schedule = (schedule.isEmpty() ? QString() : schedule + QLatin1Char(',')) +
                 QStringLiteral("%1g%2").arg(at.point).arg(pick);
    r.toEnd = true;
    const GameStep end = executeGameStep(r);
    return !end.divergence.isEmpty();
}

bool waitStep(SchedGameController *c, QSignalSpy &spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count && !c->isBusy(); }, 20000);
}
} // namespace

class TestSchedGame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_schedgame"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void legalChoicesFromTheController()
    {
        const RunRequest req = scenario(QStringLiteral("wg_add_inside.go"), 1);
        if (req.source.isEmpty()) QSKIP("scenarios/wg_add_inside.go not found");
        SchedGameController c;
        QSignalSpy spy(&c, &SchedGameController::stepReady);
        c.start(req);
        QVERIFY(waitStep(&c, spy, 1));
        GameStep s = c.current();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        // The first choice: main (G1) is about to run the second `go`; G6 (the first
        // user goroutine: 2-5 are the runtime's) waits in P0.runnext.
        QVERIFY(s.decision);
        QVERIFY(s.atStep);
        QCOMPARE(s.running, 1);
        QCOMPARE(s.p, 0);
        QCOMPARE(s.choices.size(), 1);
        QCOMPARE(s.choices[0].goid, 6);
        QCOMPARE(s.choices[0].where, GameChoice::Runnext);
        QCOMPARE(describeWhere(s.choices[0]), QStringLiteral("P0.runnext"));
        const quint64 firstPoint = s.point;
        // An illegal pick is refused without a new run.
        QVERIFY(!c.choose(42));
        QVERIFY(!c.isBusy());
        // Run G6 now: main is preempted to the global queue and becomes a choice on G6's steps.
        QVERIFY(c.choose(6));
        QCOMPARE(c.schedule(), QStringLiteral("%1g6").arg(firstPoint));
        QVERIFY(waitStep(&c, spy, 2));
        s = c.current();
        QVERIFY(s.decision);
        QCOMPARE(s.running, 6);
        QCOMPARE(goidsOf(s.choices), (std::set<int>{1}));
        QCOMPARE(s.choices[0].where, GameChoice::Global);
        QVERIFY(s.point > firstPoint);
        // Undo asks the first decision again.
        QVERIFY(c.undo());
        QVERIFY(waitStep(&c, spy, 3));
        QCOMPARE(c.current().point, firstPoint);
        QCOMPARE(c.schedule(), QString());

        // Walk a game where main parks in Wait: at every decision the offered
        // goroutines are exactly the queued runnable ones, the engine accepts
        // each of them when replayed, and refuses the blocked ones.
        QVERIFY(c.choose(6));           // G6 runs first
        QVERIFY(waitStep(&c, spy, 4));
        QCOMPARE(c.current().running, 6);
        QCOMPARE(c.current().stepText, QStringLiteral("call wg.Add(1)"));
        QVERIFY(c.choose(0));           // it does wg.Add(1)
        QVERIFY(waitStep(&c, spy, 5));
        QCOMPARE(c.current().running, 6);
        QVERIFY(c.choose(1));           // back to main while G6 holds the counter at 1
        int n = 5;
        bool sawBlockedMain = false;
        for (int guard = 0; guard < 40; ++guard) {
            QVERIFY(waitStep(&c, spy, ++n));
            s = c.current();
            if (!s.decision) break;
            QCOMPARE(goidsOf(s.choices), queuedRunnable(s.state, s.atStep ? s.running : 0));
            for (const GameChoice &ch : s.choices)
                QVERIFY2(!replayDiverges(req, c.schedule(), s, ch.goid), qPrintable(QStringLiteral("G%1 refused").arg(ch.goid)));
            for (const GameBlocked &b : s.blocked) {
                QVERIFY(!goidsOf(s.choices).count(b.goid));
                QVERIFY(replayDiverges(req, c.schedule(), s, b.goid));
                if (b.goid == 1) {
                    sawBlockedMain = true;
                    QVERIFY(!b.reason.isEmpty());
                }
            }
            QVERIFY(c.choose(0));
        }
        QVERIFY(!c.current().decision);
        QVERIFY(sawBlockedMain);
        // Main waited for G6 only; whatever else ran, the run is a legal replay.
        QVERIFY(c.current().divergence.isEmpty());
        QVERIFY(c.current().outcome.startsWith(QStringLiteral("ran=")));
    }

    void playWaitReturnsEarlyLikeAUser()
    {
        const RunRequest req = scenario(QStringLiteral("wg_add_inside.go"), 1);
        if (req.source.isEmpty()) QSKIP("scenarios/wg_add_inside.go not found");
        SchedGamePanel panel;
        panel.setRequestProvider([req] { return req; });
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setFocus();
        SchedGameController *c = panel.controller();
        QSignalSpy spy(c, &SchedGameController::stepReady);
        QTest::keyClick(&panel, Qt::Key_S);
        QVERIFY(waitStep(c, spy, 1));
        QVERIFY(panel.goalText().contains(QStringLiteral("Wait return early")));
        QVERIFY(panel.questionText().contains(QStringLiteral("G1")));
        bool shotTaken = false;
        int n = 1;
        for (int guard = 0; guard < 40 && c->current().decision; ++guard) {
            const GameStep &s = c->current();
            // Only legal moves: one button per queued runnable goroutine, none for the blocked.
            const std::set<int> legal = queuedRunnable(s.state, s.atStep ? s.running : 0);
            const QList<int> offered = panel.offeredChoices();
            QCOMPARE(std::set<int>(offered.begin(), offered.end()), legal);
            for (int g : legal) QVERIFY(panel.choiceButton(g));
            for (const GameBlocked &b : s.blocked) QVERIFY(!panel.choiceButton(b.goid));
            QVERIFY(!panel.choiceButton(s.running));
            QVERIFY(panel.continueButton());
            if (!shotTaken && s.choices.size() >= 2) {
                panel.grab().save(shot(QStringLiteral("schedgame_decision.png")));
                shotTaken = true;
            }
            // Main goes on at every decision: it reaches Wait before any Add.
            QTest::keyClick(&panel, Qt::Key_Return);
            QVERIFY(waitStep(c, spy, ++n));
        }
        QVERIFY(!c->current().decision);
        QCOMPARE(c->current().outcome, QStringLiteral("ran=0"));
        QVERIFY(c->goalReached());
        QVERIFY2(panel.resultText().contains(QStringLiteral("Goal reached!")), qPrintable(panel.resultText()));
        panel.grab().save(shot(QStringLiteral("schedgame_goal.png")));

        // Undo with Backspace, then run G6 with the mouse at the first decision
        // where it can run: that game ends with a different outcome.
        QTest::keyClick(&panel, Qt::Key_Backspace);
        QVERIFY(waitStep(c, spy, ++n));
        QVERIFY(c->current().decision);
        QVERIFY(!panel.resultText().contains(QStringLiteral("Goal reached!")));
    }

    void loseAnUpdateByPreemptingBetweenReadAndWrite()
    {
        const RunRequest req = request(QStringLiteral("racy_counter.go"), test::racyCounter(3), 1);
        SchedGamePanel panel;
        panel.setRequestProvider([req] { return req; });
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setFocus();
        SchedGameController *c = panel.controller();
        QSignalSpy spy(c, &SchedGameController::stepReady);
        QVERIFY(panel.startGame());
        QVERIFY(waitStep(c, spy, 1));
        QVERIFY(panel.goalText().contains(QStringLiteral("Lose an update")));
        // Let things run until a goroutine other than main is about to write counter.
        int n = 1, writer = 0;
        for (int guard = 0; guard < 60 && c->current().decision; ++guard) {
            const GameStep &s = c->current();
            if (s.atStep && s.running > 5 && s.stepText.startsWith(QStringLiteral("write "))) {
                writer = s.running;
                break;
            }
            QTest::keyClick(&panel, Qt::Key_Return);
            QVERIFY(waitStep(c, spy, ++n));
        }
        QVERIFY(writer > 5);
        // Its read is done, its write pending: run the other counter goroutine now (a click).
        const int other = writer == 6 ? 7 : 6;   // the two counter goroutines (2-5: the runtime's)
        QPushButton *b = panel.choiceButton(other);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(waitStep(c, spy, ++n));
        QTest::keyClick(&panel, Qt::Key_F);   // the runtime finishes
        QVERIFY(waitStep(c, spy, ++n));
        QVERIFY(!c->current().decision);
        QVERIFY2(c->current().outcome != QStringLiteral("counter=6"), qPrintable(c->current().outcome));
        QVERIFY(c->goalReached());
        QVERIFY(panel.resultText().contains(QStringLiteral("Goal reached!")));
        QVERIFY(panel.resultText().contains(QStringLiteral("--schedule")));
    }

    void f9PlaysInThePresenterLayout()
    {
        const QString path = QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go");
        if (!QFile::exists(path)) QSKIP("scenarios/wg_add_inside.go not found");
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(path));
        QVERIFY(shown.wait(60000));
        runtime::RunConfig cfg = w.configPanel()->config();
        cfg.gomaxprocs = 2;
        w.configPanel()->setConfig(cfg);
        SchedGamePanel *game = w.presenterView()->game();
        QSignalSpy steps(game->controller(), &SchedGameController::stepReady);
        QTest::keyClick(&w, Qt::Key_F9);
        QVERIFY(w.presenterMode());
        QVERIFY(w.presenterView()->gameActive());
        QVERIFY(waitStep(game->controller(), steps, 1));
        const GameStep s = game->controller()->current();
        QVERIFY2(s.decision, qPrintable(s.error));
        QCOMPARE(s.state.gomaxprocs, 2);
        // The presenter's scheduler view shows the game's decision, not the playback.
        QCOMPARE(w.presenterView()->schedView()->state(), s.state);
        QVERIFY(game->goalText().contains(QStringLiteral("Wait return early")));
        // Keyboard: the focus is in the game, Enter answers.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitStep(game->controller(), steps, 2));
        QVERIFY(game->controller()->decisions() == 1);
        QApplication::processEvents();
        QVERIFY(w.grab().save(shot(QStringLiteral("presenter_schedgame.png"))));
    }
};

QTEST_MAIN(TestSchedGame)
#include "tst_schedgame.moc"
