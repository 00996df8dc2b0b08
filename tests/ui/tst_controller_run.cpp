// ui.controller_run — the run controller: work on a worker thread, results
// by value through a queued connection, stale results dropped.
#include "ui/controller/runcontroller.h"

#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

class TestRunController : public QObject
{
    Q_OBJECT
private:
    static RunRequest request()
    {
        RunRequest r;
        r.path = QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go");
        QFile f(r.path);
        if (f.open(QIODevice::ReadOnly)) r.source = QString::fromUtf8(f.readAll());
        r.config.gomaxprocs = 2;
        return r;
    }

private Q_SLOTS:
    void runsOnWorkerAndDeliversValue()
    {
        RunController rc;
        QSignalSpy started(&rc, &RunController::runStarted);
        QSignalSpy finished(&rc, &RunController::runFinished);
        QSignalSpy busy(&rc, &RunController::busyChanged);
        const quint64 job = rc.start(request());
        QCOMPARE(started.count(), 1);
        QVERIFY(rc.isBusy());
        QVERIFY(finished.wait(20000));
        const RunOutput out = finished.first().at(0).value<RunOutput>();
        QCOMPARE(out.job, job);
        QVERIFY2(out.ok() || !out.diagnostics.isEmpty() || !out.errorText.isEmpty(), "a run yields a trace or says why");
        if (out.ok()) {
            QVERIFY(out.trace->size() > 0);
            QVERIFY(out.timeline);
            QCOMPARE(out.fingerprint, out.trace->fingerprint());
        }
        QCOMPARE(out.info.topic, QStringLiteral("waitgroup"));
        QVERIFY(!rc.isBusy());
        QCOMPARE(busy.count(), 2);
    }

    void staleResultsAreDropped()
    {
        RunController rc;
        QSignalSpy finished(&rc, &RunController::runFinished);
        rc.start(request());
        rc.start(request());
        const quint64 last = rc.start(request());
        QTRY_COMPARE_WITH_TIMEOUT(rc.droppedCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(0).value<RunOutput>().job, last);
    }

    void resetDropsJobInFlight()
    {
        RunController rc;
        QSignalSpy finished(&rc, &RunController::runFinished);
        rc.start(request());
        rc.reset();
        QVERIFY(!rc.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(rc.droppedCount(), 1, 30000);
        QCOMPARE(finished.count(), 0);
    }

    void scenarioInfo_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("lesson");
        QTest::newRow("keys-before-package") << QStringLiteral("// Scenario: T\n// Topic: x\n// Lesson: a\n//   b\npackage main\n// Topic: late\n")
                                             << "T" << "x" << "a b";
        QTest::newRow("no-metadata") << QStringLiteral("package main\n") << "" << "" << "";
        QTest::newRow("unknown-keys-ignored") << QStringLiteral("// Author: me\n// Topic: y\npackage main\n") << "" << "y" << "";
    }

    void scenarioInfo()
    {
        QFETCH(QString, source);
        const ScenarioInfo i = parseScenarioInfo(source);
        QTEST(i.title, "title");
        QTEST(i.topic, "topic");
        QTEST(i.lesson, "lesson");
    }
};

QTEST_MAIN(TestRunController)
#include "tst_controller_run.moc"
