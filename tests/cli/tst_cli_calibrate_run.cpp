// tst_cli_calibrate_run — `goschedlab-cli calibrate` with the real Go
// toolchain, one short round (--runs 1 --benchtime 50ms) and the
// fresh-process probes (~3,000 short Go processes; ~30-90 s in all, so the
// ctest label is `slow`). Skips with the reason when `go` is missing.
#ifndef Q_MOC_RUN
#include "sim/engine/machine_profile.h"
#endif

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestCliCalibrateRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void measuresAProfile();
};

void TestCliCalibrateRun::measuresAProfile()
{
    if (QStandardPaths::findExecutable("go").isEmpty())
        QSKIP("no `go` on PATH (Debian: apt-get install golang-go): cannot run the calibration benchmarks");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath("m.profile");
    QProcess p;
    p.start(qEnvironmentVariable("GSL_CLI"), {"calibrate", "-o", out, "--runs", "1", "--benchtime", "50ms"});
    QVERIFY(p.waitForFinished(300000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains("calibrate: wrote " + out), qPrintable(err));
    QVERIFY(!QFile::exists(out + ".tmp"));

    gsl::MachineProfileLoad r = gsl::loadMachineProfile(out.toStdString());
    QVERIFY2(r.ok, r.error.c_str());
    const gsl::MachineProfile &m = r.profile;
    // Every latency came with its distribution, ordered, p50 = the scalar.
    for (const auto *d : {&m.wakeupLatencyQuantiles, &m.threadCreateCostQuantiles, &m.stealBackoffQuantiles,
                          &m.timerLatencyQuantiles, &m.pageFaultCostQuantiles, &m.coldPathCostQuantiles,
                          &m.coldFmtCostQuantiles, &m.coldTimerCostQuantiles, &m.coldPanicCostQuantiles,
                          &m.coldWriteCostQuantiles, &m.goCreateFirstCostQuantiles}) {
        QVERIFY(d->set);
        QVERIFY(std::is_sorted(d->q.begin(), d->q.end()));
    }
    QCOMPARE(m.wakeupLatency, m.wakeupLatencyQuantiles.median());
    QCOMPARE(m.coldFmtCost, m.coldFmtCostQuantiles.median());
    QCOMPARE(m.goCreateFirstCost, m.goCreateFirstCostQuantiles.median());
    // Physical plausibility, loose enough for a loaded machine: usleep(3)
    // sleeps at least 3 us, a new thread costs more than a goroutine, a
    // goroutine more than an uncontended lock, a wake-up at least 1 us.
    QVERIFY(m.stealBackoff >= 3 * gsl::kMicrosecond);
    QVERIFY(m.threadCreateCost > m.goCreateCost);
    QVERIFY(m.goCreateCost > m.lockCost);
    QVERIFY(m.wakeupLatency >= gsl::kMicrosecond);
    QVERIFY(m.stepCostPs >= 1 && m.stepCostPs < 1000 * gsl::kPsPerNs);
    // A first run costs more than the warm one it is charged beyond: the
    // first fmt call more than an uncontended channel operation, the first
    // go statement more than a warm one, a page fault at least 100 ns.
    QVERIFY(m.coldFmtCost > m.chanOpCost);
    QVERIFY(m.goCreateFirstCost > m.goCreateCost);
    QVERIFY(m.pageFaultCost >= 100);
    // The file says how each figure was measured.
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char *b : {"BenchmarkStepArith", "bench/cold/wake", "BenchmarkUsleep3", "BenchmarkSleepOvershoot",
                          "BenchmarkLockOSThreadNew", "BenchmarkFalseSharing", "/proc/loadavg", "go version go",
                          "bench/cold/pages", "bench/cold/first_go", "BenchmarkChanPingPong", "fresh processes launched by `bash measure.sh 150`"})
        QVERIFY2(text.contains(b), b);
}

QTEST_GUILESS_MAIN(TestCliCalibrateRun)
#include "tst_cli_calibrate_run.moc"
