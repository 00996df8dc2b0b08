// tst_cfs — the simulator's CFS bandwidth model against the real kernel.
//
// A real Go program (cfs/burn_real.go: four goroutines, ~400 ms of CPU work in
// all) runs inside a real cgroup with a CPU quota of 0.5, 1 and 1.5 CPUs at
// GOMAXPROCS 1, 2 and 4 on this 2-CPU machine; its wall time and cpu.stat's
// nr_periods / nr_throttled are compared with the simulator's RunResult for
// its twin (cfs/burn_sim.go.in) with --cpus 2 and the same quota. The
// simulated work is calibrated to the CPU time the real program used
// unthrottled (getrusage), so only the scheduling differs. One latency case:
// cfs/ticker_quota.go, the same file on both sides, prints the worst delay
// of a 1 ms sleep loop while four spinning workers exhaust a 1-CPU quota.
//
// Bounds: within 15 % (issue #4). For the counters nr_periods and
// nr_throttled a difference of one period is also accepted: the kernel's
// period timer is not aligned with the process start, so a count of 4 can
// honestly read 5 (a quantisation, not a model error; said in every line).
// Each real figure is the median of 3 runs, each simulated one the median of
// seeds 1..3. The load average is printed with every real measurement.
//
// Needs root, a writable cgroup cpu controller and the Go toolchain; skips
// with the reason otherwise. GSL_FIDELITY_CFS_MD names a file to write the
// Markdown table to (scripts/fidelity.sh). Known gaps: rows of
// known_gaps.tsv whose file is tests/validation/cfs/... (metric "wall",
// "nr_periods", "nr_throttled" or "worst_delay" with the quota, e.g. "wall@0.5").
#include "cfs_cgroup.h"
#include "oracle_data.h"

#include "sim/engine/machine_profile.h"
#include "sim/program/interpreter.h"
#include "sim/run/run.h"
#include "sim/runtime/simulation.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace gsl::validation;

namespace {

constexpr double kTolerance = 0.15;
constexpr double kTargetCpuNs = 400e6;   // total CPU work of one burn run

template <typename T> T median3(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString cfsDir() { return QStringLiteral(GSL_TEST_DATA_DIR) + "/validation/cfs/"; }

struct Figure {
    QString config, what;
    double real = 0, sim = 0;
    bool countMetric = false;
    QString load;
    bool knownGap = false;
    bool ok() const
    {
        const double d = std::abs(sim - real);
        return d <= kTolerance * std::max(std::abs(real), 1e-9) || (countMetric && d <= 1.0);
    }
};

} // namespace

class TestCfs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void burn_data();
    void burn();
    void latency_data();
    void latency();
    void cleanupTestCase();

private:
    QString buildGo(const QString &src, const QString &out);
    gsl::runtime::RunResult simRun(const gsl::run::Scenario &sc, const gsl::MachineProfile &prof, int procs,
                                   double quota, uint64_t seed);
    void check(Figure f, const QString &gapFile, int procs, const QString &metric);

    Cgroup m_cg;
    QTemporaryDir m_tmp;
    QString m_burn, m_ticker;
    qint64 m_itersReal = 0, m_itersSim = 0;
    double m_realCpuNs = 0;
    gsl::MachineProfile m_burnProfile, m_tickProfile;
    gsl::run::Scenario m_burnSim, m_tickSim;
    QMap<GapKey, KnownGap> m_gaps;
    std::vector<Figure> m_figures;
};

QString TestCfs::buildGo(const QString &src, const QString &out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("go", {"build", "-o", out, src});
    if (!p.waitForFinished(600000)) return "go build timed out";
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAll());
}

gsl::runtime::RunResult TestCfs::simRun(const gsl::run::Scenario &sc, const gsl::MachineProfile &prof, int procs,
                                        double quota, uint64_t seed)
{
    gsl::runtime::RunConfig cfg;
    cfg.gomaxprocs = procs;
    cfg.cpus = 2;
    cfg.quotaUs = quota > 0 ? int64_t(quota * 100000) : -1;
    cfg.periodUs = 100000;
    cfg.go = gsl::GoVersion{1, 19};
    cfg.seed = seed;
    cfg.machine = &prof;
    // Not run::runScenario: it builds the Interpreter with the default
    // InterpCosts and ignores cfg.machine for interpreted steps (a finding,
    // reported in docs/fidelity.md); the coarse step cost below needs them.
    gsl::program::InterpOptions opts;
    opts.seed = seed;
    opts.costs = gsl::program::InterpCosts::fromProfile(prof);
    gsl::program::Interpreter interp(sc.compiled.program, opts);
    gsl::runtime::Simulation sim(interp, cfg);
    return sim.run();
}

static QString diagText(const gsl::run::Scenario &sc)
{
    QString out;
    for (const auto &d : sc.compiled.diagnostics) out += QString::fromStdString(d.format()) + "\n";
    return out;
}

static gsl::run::Scenario burnScenario(qint64 iters)
{
    QFile f(cfsDir() + "burn_sim.go.in");
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QString src = QString::fromUtf8(f.readAll()).replace("@ITERS@", QString::number(iters));
    return gsl::run::compileScenario("burn_sim.go", src.toStdString(), gsl::GoVersion{1, 19});
}

void TestCfs::initTestCase()
{
    if (QStandardPaths::findExecutable("go").isEmpty()) QSKIP("the Go toolchain is not installed");
    QString error;
    m_gaps = readKnownGaps(QStringLiteral(GSL_TEST_DATA_DIR) + "/validation/known_gaps.tsv", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString why = m_cg.create(QString("gsl_val_cfs_%1").arg(QCoreApplication::applicationPid()));
    if (!why.isEmpty()) QSKIP(qPrintable("no real CFS quota available: " + why));
    qInfo("cgroup %s; load average %s", qPrintable(m_cg.version()), qPrintable(loadAverage()));

    m_burn = m_tmp.filePath("burn_real");
    m_ticker = m_tmp.filePath("ticker_quota");
    error = buildGo(cfsDir() + "burn_real.go", m_burn);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = buildGo(cfsDir() + "ticker_quota.go", m_ticker);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Real calibration: CPU ns per iteration, unthrottled, GOMAXPROCS=1.
    QVERIFY(m_cg.setQuota(0));
    const qint64 trial = 20'000'000;
    QString out = m_cg.run(m_burn, {QString::number(trial)}, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const double nsPerIter = double(keyValues(out).value("cpu_ns")) / (4.0 * trial);
    QVERIFY2(nsPerIter > 0, qPrintable(out));
    m_itersReal = qint64(kTargetCpuNs / (4 * nsPerIter));
    std::vector<double> cpu;
    for (int i = 0; i < 3; ++i) {
        out = m_cg.run(m_burn, {QString::number(m_itersReal)}, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        cpu.push_back(double(keyValues(out).value("cpu_ns")));
    }
    m_realCpuNs = median3(cpu);

    // Simulator calibration: coarse step costs keep the interpreted step count
    // small. Simplification: one step of the burn loop costs 250 ns instead of
    // ~1 ns; only the total CPU work matters for CFS accounting.
    m_burnProfile = gsl::defaultProfile();
    m_burnProfile.stepCostPs = 250 * gsl::kPsPerNs;
    const gsl::run::Scenario s1 = burnScenario(1000), s2 = burnScenario(2000);
    QVERIFY2(s1.ok() && s2.ok(), qPrintable("burn_sim.go.in does not compile in the simulator:\n" + diagText(s1)));
    const double t1 = double(simRun(s1, m_burnProfile, 1, 0, 1).endTime);
    const double t2 = double(simRun(s2, m_burnProfile, 1, 0, 1).endTime);
    const double simNsPerIter = (t2 - t1) / (4.0 * 1000);
    QVERIFY2(simNsPerIter > 0, "the simulated burn loop takes no time");
    m_itersSim = qint64(m_realCpuNs / (4 * simNsPerIter));
    m_burnSim = burnScenario(m_itersSim);
    QVERIFY(m_burnSim.ok());
    qInfo("calibration: real %.3f ns/iteration, %lld iterations/worker use %.1f ms CPU; sim %.1f ns/iteration, "
          "%lld iterations/worker",
          nsPerIter, (long long)m_itersReal, m_realCpuNs / 1e6, simNsPerIter, (long long)m_itersSim);

    m_tickProfile = gsl::defaultProfile();
    m_tickProfile.stepCostPs = 100 * gsl::kPsPerNs;
    m_tickProfile.atomicCost = 100;
    m_tickProfile.sharedAccessCostPs = 100 * gsl::kPsPerNs;
    m_tickSim = gsl::run::loadScenario((cfsDir() + "ticker_quota.go").toStdString(), gsl::GoVersion{1, 19});
    QVERIFY2(m_tickSim.ok(), qPrintable("ticker_quota.go does not compile in the simulator:\n" + diagText(m_tickSim)));
}

void TestCfs::check(Figure f, const QString &gapFile, int procs, const QString &metric)
{
    f.knownGap = m_gaps.contains(gapKey(gapFile, procs, metric));
    m_figures.push_back(f);
    const QString line = QString("%1 %2: real %3, sim %4 (%5%6) [load %7]")
                             .arg(f.config, f.what).arg(f.real).arg(f.sim)
                             .arg(f.real != 0 ? QString("%1%").arg(100.0 * (f.sim - f.real) / f.real, 0, 'f', 1) : QString("Δ %1").arg(f.sim - f.real))
                             .arg(f.countMetric ? ", bound 15 % or ±1 period" : ", bound 15 %").arg(f.load);
    qInfo("%s", qPrintable(line));
    const GapKey key = gapKey(gapFile, procs, metric);
    if (m_gaps.contains(key)) {
        if (f.ok()) QFAIL(qPrintable("gap closed: remove it from known_gaps.tsv: " + key + "\n" + line));
        qWarning("KNOWN GAP %s: %s", qPrintable(key), qPrintable(m_gaps.value(key).reason));
        QEXPECT_FAIL("", qPrintable(m_gaps.value(key).reason), Continue);
    }
    QVERIFY2(f.ok(), qPrintable(line));
}

void TestCfs::burn_data()
{
    QTest::addColumn<int>("procs");
    QTest::addColumn<double>("quota");
    for (int p : {1, 2, 4})
        for (double q : {0.5, 1.0, 1.5})
            QTest::newRow(qPrintable(QString("gomaxprocs-%1-quota-%2").arg(p).arg(q))) << p << q;
}

void TestCfs::burn()
{
    QFETCH(int, procs);
    QFETCH(double, quota);
    QVERIFY(m_cg.setQuota(quota));
    std::vector<double> wall, periods, throttled;
    const QString load = loadAverage();
    for (int i = 0; i < 3; ++i) {
        const CpuStat before = m_cg.stat();
        QString error;
        const QString out = m_cg.run(m_burn, {QString::number(m_itersReal)}, procs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CpuStat after = m_cg.stat();
        wall.push_back(keyValues(out).value("wall_ns") / 1e6);
        periods.push_back(double(after.nrPeriods - before.nrPeriods));
        throttled.push_back(double(after.nrThrottled - before.nrThrottled));
    }
    std::vector<double> swall, speriods, sthrottled;
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        const gsl::runtime::RunResult r = simRun(m_burnSim, m_burnProfile, procs, quota, seed);
        QVERIFY2(r.exitStatus == 0, qPrintable(QString::fromStdString(r.stderrText + r.budgetMessage)));
        swall.push_back(double(r.endTime) / 1e6);
        speriods.push_back(double(r.nrPeriods));
        sthrottled.push_back(double(r.nrThrottled));
    }
    const QString cfg = QString("GOMAXPROCS=%1 quota=%2").arg(procs).arg(quota);
    const QString gap = "tests/validation/cfs/burn_real.go", q = "@" + QString::number(quota);
    check({cfg, "wall ms", median3(wall), median3(swall), false, load}, gap, procs, "wall" + q);
    check({cfg, "nr_periods", median3(periods), median3(speriods), true, load}, gap, procs, "nr_periods" + q);
    check({cfg, "nr_throttled", median3(throttled), median3(sthrottled), true, load}, gap, procs, "nr_throttled" + q);
}

void TestCfs::latency_data()
{
    QTest::addColumn<int>("procs");
    for (int p : {1, 2, 4}) QTest::newRow(qPrintable(QString("ticker-gomaxprocs-%1-quota-1").arg(p))) << p;
}

void TestCfs::latency()
{
    QFETCH(int, procs);
    QVERIFY(m_cg.setQuota(1.0));
    const QString load = loadAverage();
    std::vector<double> real, sim;
    for (int i = 0; i < 3; ++i) {
        QString error;
        const QString out = m_cg.run(m_ticker, {}, procs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        real.push_back(keyValues(out).value("worst_us") / 1e3);
    }
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        const gsl::runtime::RunResult r = simRun(m_tickSim, m_tickProfile, procs, 1.0, seed);
        QVERIFY2(r.exitStatus == 0, qPrintable(QString::fromStdString(r.stderrText + r.budgetMessage)));
        sim.push_back(keyValues(QString::fromStdString(r.stdoutText).trimmed()).value("worst_us") / 1e3);
    }
    check({QString("GOMAXPROCS=%1 quota=1").arg(procs), "worst tick delay ms", median3(real), median3(sim), false, load},
          "tests/validation/cfs/ticker_quota.go", procs, "worst_delay@1");
}

void TestCfs::cleanupTestCase()
{
    m_cg.remove();
    const QString md = qEnvironmentVariable("GSL_FIDELITY_CFS_MD");
    if (md.isEmpty() || m_figures.empty()) return;
    QFile f(md);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return;
    QString t = QString("Calibration: %1 iterations per worker use %2 ms of CPU on the real machine (unthrottled, "
                        "GOMAXPROCS=1, median of 3); the simulator runs %3 iterations per worker for the same CPU time.\n\n")
                    .arg(m_itersReal).arg(m_realCpuNs / 1e6, 0, 'f', 1).arg(m_itersSim);
    t += "| configuration | figure | real (median of 3) | sim (median of seeds 1-3) | difference | verdict | load average |\n";
    t += "|---|---|---|---|---|---|---|\n";
    for (const Figure &g : m_figures)
        t += QString("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n").arg(g.config, g.what).arg(g.real, 0, 'f', 1).arg(g.sim, 0, 'f', 1)
                 .arg(g.real != 0 ? QString("%1%").arg(100.0 * (g.sim - g.real) / g.real, 0, 'f', 1) : QString::number(g.sim - g.real))
                 .arg(g.ok() ? (std::abs(g.sim - g.real) <= kTolerance * std::abs(g.real) ? "ok" : "ok (±1 period)")
                          : g.knownGap ? "**outside: known gap**" : "**outside**", g.load);
    f.write(t.toUtf8());
}

QTEST_GUILESS_MAIN(TestCfs)
#include "tst_cfs.moc"
