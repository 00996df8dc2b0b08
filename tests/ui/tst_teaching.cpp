// ui.teaching — teaching mode: the prediction questions ("which G runs next
// on P0?") computed from a trace, the prediction panel answered right and
// wrong with the mouse and the keyboard, and the presenter layout toggled
// with F11 / Ctrl+P showing the scenario's lesson beside the scheduler view.
#include "ui/controller/playback.h"
#include "ui/demo/demotrace.h"
#include "ui/mainwindow.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/teaching/prediction.h"
#include "ui/teaching/predictionpanel.h"
#include "ui/teaching/presenterview.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;
using trace::EvKind;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}
RunOutput demoRun()
{
    RunOutput out;
    auto t = makeDemoTrace();
    out.trace = t;
    out.timeline = std::make_shared<TimelineData>(TimelineData::build(*t));
    out.demo = true;
    out.gomaxprocs = 2;
    out.info = parseScenarioInfo(QString::fromUtf8(demoSource()));
    return out;
}
} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teaching"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void questionsFromTheTrace()
    {
        auto t = makeDemoTrace();
        // G1's own start on P0 offers no choice (it is the only goroutine): skipped.
        // The first real decision: G1 parked; P0 holds G5 in runnext, G4 in its ring, P1 holds G2.
        PredictionQuestion q = nextQuestion(*t, 0, 0);
        QVERIFY(q.valid);
        QCOMPARE(q.answer, 5);
        QCOMPARE(q.candidates, (QVector<int32_t>{2, 4, 5}));
        QCOMPARE((*t)[q.takeIndex].kind, EvKind::RunqGet);
        QCOMPARE((*t)[q.startIndex].kind, EvKind::GoStart);
        QCOMPARE((*t)[q.startIndex].g, 5);
        QCOMPARE(q.askAt, q.takeIndex);
        // While asking, the state does not give the answer away: G5 is still in runnext.
        const trace::SchedState asking = trace::stateAt(*t, q.askAt);
        QCOMPARE(asking.ps[0].runnext, 5);
        QCOMPARE(asking.ps[0].curg, 0);
        QVERIFY(revealReason(*t, q).contains(QStringLiteral("runnext")));
        // The next one: runnext is empty, G4 comes from the head of the local queue.
        q = nextQuestion(*t, q.revealAt(), 0);
        QVERIFY(q.valid);
        QCOMPARE(q.answer, 4);
        QCOMPARE(q.candidates, (QVector<int32_t>{2, 4}));
        QVERIFY(revealReason(*t, q).contains(QStringLiteral("head of its local run queue")));
        // After that P0's remaining picks have a single candidate: nothing left to ask.
        QVERIFY(!nextQuestion(*t, q.revealAt(), 0).valid);
        // On P1, the first start is G3 stolen from P0 — asked before the steal.
        q = nextQuestion(*t, 0, 1);
        QVERIFY(q.valid);
        QCOMPARE(q.answer, 3);
        QCOMPARE((*t)[q.takeIndex].kind, EvKind::ProcSteal);
        QVERIFY(revealReason(*t, q).contains(QStringLiteral("stole G3 from P0")));
    }

    void predictRightThenWrong()
    {
        PlaybackController pc;
        pc.setTrace(makeDemoTrace());
        PredictionPanel panel(&pc);
        panel.resize(800, 200);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy revealed(&panel, &PredictionPanel::revealed);
        // The teacher asks; the class says G5 (a button click): right.
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("askButton")), Qt::LeftButton);
        QVERIFY(panel.isAsking());
        QCOMPARE(pc.position(), panel.question().askAt);
        QVERIFY(panel.candidateButton(2) && panel.candidateButton(4) && panel.candidateButton(5));
        QTest::mouseClick(panel.candidateButton(5), Qt::LeftButton);
        QCOMPARE(revealed.count(), 1);
        QCOMPARE(revealed.at(0).at(0).toBool(), true);
        QVERIFY(panel.resultText().contains(QStringLiteral("Right!")));
        QVERIFY(panel.resultText().contains(QStringLiteral("runnext")));
        // The step is revealed: G5 runs on P0.
        QCOMPARE(pc.lastEvent()->kind, EvKind::GoStart);
        QCOMPARE(pc.lastEvent()->g, 5);
        QCOMPARE(pc.state().ps[0].curg, 5);
        QVERIFY(!panel.candidateButton(2)->isEnabled());
        // Next question by keyboard (Q), answered with key 1 = G2: wrong, G4 ran.
        panel.setFocus();
        QTest::keyClick(&panel, Qt::Key_Q);
        QVERIFY(panel.isAsking());
        QCOMPARE(panel.question().answer, 4);
        QTest::keyClick(&panel, Qt::Key_1);
        QCOMPARE(revealed.count(), 2);
        QCOMPARE(revealed.at(1).at(0).toBool(), false);
        QVERIFY(panel.resultText().contains(QStringLiteral("Not this time")));
        QVERIFY(panel.resultText().contains(QStringLiteral("G4 runs next on P0")));
        QCOMPARE(pc.lastEvent()->g, 4);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("predictionScore"))->text(), QStringLiteral("1 of 2 right"));
        // Answering twice does nothing; no more questions on P0.
        QVERIFY(!panel.answer(2));
        QCOMPARE(revealed.count(), 2);
        QVERIFY(!panel.ask());
    }

    void presenterLayoutToggles()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showRun(demoRun());
        auto *browser = w.findChild<QDockWidget *>(QStringLiteral("scenariosDock"));
        auto *timeline = w.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
        QVERIFY(browser->isVisible() && timeline->isVisible());
        QVERIFY(!w.presenterView()->isVisible());
        // F11: the presenter layout.
        w.schedView()->setFocus();
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(w.presenterMode());
        QVERIFY(w.presenterView()->isVisible());
        QVERIFY(!browser->isVisible());
        QVERIFY(!timeline->isVisible());
        // The lesson, large, beside the scheduler view.
        QLabel *lesson = w.presenterView()->lessonLabel();
        QVERIFY(lesson->isVisible());
        QVERIFY(w.presenterView()->lessonText().contains(QStringLiteral("go puts new goroutines in runnext")));
        QVERIFY(w.presenterView()->lessonText().contains(QStringLiteral("font-size:20pt")));
        QVERIFY(lesson->mapTo(&w, QPoint(0, 0)).x() < w.presenterView()->schedView()->mapTo(&w, QPoint(0, 0)).x());
        // High contrast: pure black on white (or white on black).
        const QPalette pal = w.presenterView()->palette();
        QVERIFY(pal.color(QPalette::Window) == Qt::white || pal.color(QPalette::Window) == Qt::black);
        QCOMPARE(qAbs(pal.color(QPalette::WindowText).lightness() - pal.color(QPalette::Window).lightness()), 255);
        // The presenter's scheduler view follows the cursor.
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.presenterView()->schedView()->state().time, w.playback()->time());
        // A prediction inside the presenter layout.
        QTest::mouseClick(w.presenterView()->findChild<QPushButton *>(QStringLiteral("askButton")), Qt::LeftButton);
        QTest::qWait(30);
        QVERIFY(w.grab().save(shot(QStringLiteral("presenter_layout_question.png"))));
        auto *panel = w.presenterView()->predictions();
        if (panel->isAsking()) {
            QTest::mouseClick(panel->candidateButton(panel->question().answer), Qt::LeftButton);
            QTest::qWait(450);
        }
        QVERIFY(w.grab().save(shot(QStringLiteral("presenter_layout.png"))));
        // Ctrl+P: back, with the docks that were open.
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!w.presenterMode());
        QVERIFY(!w.presenterView()->isVisible());
        QVERIFY(browser->isVisible());
        QVERIFY(timeline->isVisible());
    }
};

QTEST_MAIN(TestTeaching)
#include "tst_teaching.moc"
