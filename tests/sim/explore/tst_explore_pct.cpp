// tst_explore_pct.cpp — PCT and preemption-bounded exhaustive exploration on
// bundled scenarios (and two small test programs): they find the bug where
// free runs on one P hide it, never in the fixed programs, every witness
// replays to its outcome, and the result does not depend on thread count.
//
// Documented bounds (asserted below): PCT with D=2 finds the lost update of
// racy_counter.go at GOMAXPROCS=1 within 20 seeds; D=3 finds the double init of
// lazy_init_check_then_act.go at GOMAXPROCS=1 within 20 seeds; exhaustive with
// preemption bound 1 finds the lost update of small_counter.go (and, capped at
// 40 schedules, of racy_counter.go) at GOMAXPROCS=1.
#include "sim/explore/explorer.h"
#include "sim/explore/format.h"
#include "sim/explore/schedule.h"
#include "sim/explore/scenario_runner.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::explore;

namespace {
#define LOAD(var, path)                                                                   \
    run::Scenario var;                                                                    \
    try {                                                                                 \
        var = run::loadScenario(path, GoVersion{1, 22});                                  \
    } catch (const std::exception &e) {                                                   \
        QSKIP(qPrintable(QString("sim/lang failed on ") + QString::fromStdString(path) + ": " + e.what())); \
    }                                                                                     \
    QVERIFY(var.ok())

std::string bundled(const char *name) { return std::string(GSL_SCENARIO_DIR) + "/" + name; }
std::string data(const char *name) { return std::string(GSL_TEST_DATA_DIR) + "/sim/explore/data/" + name; }

ExploreOptions optionsFor(const run::Scenario &sc, Mode mode, int depth, size_t runs)
{
    ExploreOptions o;
    o.base.gomaxprocs = 1;
    o.configs = {Configuration{1, 4, -1, 100'000, GoVersion{1, 22}, runtime::MaxProcsPolicy::Runtime}};
    o.mode = mode;
    o.pctDepth = depth;
    o.preemptionBound = depth;
    o.runs = runs;
    o.threads = 2;
    o.correct = correctOf(sc);
    return o;
}

// replayWitness: `run --seed S --schedule X` of the row reproduces its outcome.
void checkWitnesses(const run::Scenario &sc, const ExploreResult &r)
{
    for (const ConfigResult &c : r.configs)
        for (const OutcomeRow &row : c.rows) {
            runtime::RunConfig cfg = c.config.apply(runtime::RunConfig{});
            cfg.seed = row.seed;
            const auto s = parseSchedule(row.schedule);
            QVERIFY(s);
            cfg.schedule = *s;
            const runtime::RunResult rr = run::runScenario(sc, cfg);
            QVERIFY2(rr.divergence.empty(), rr.divergence.c_str());
            QCOMPARE(normalizeOutcome(rr.stdoutText), row.outcome);
            QCOMPARE(rr.exitStatus, row.exitStatus);
            QCOMPARE(rr.schedule, row.schedule);
        }
}
} // namespace

class TestPct : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freeRunsHideTheCounterOnOneP();
    void pctFindsLostUpdate();
    void pctFindsCheckThenAct();
    void pctNeverInFixedPrograms_data();
    void pctNeverInFixedPrograms();
    void exhaustiveFindsLostUpdate();
    void exhaustiveCappedOnBundledCounter();
    void exhaustiveNeverInMutexFix();
    void deterministicAcrossThreads();
};

void TestPct::freeRunsHideTheCounterOnOneP()
{
    LOAD(sc, bundled("racy_counter.go"));
    ExploreResult r = Explorer(optionsFor(sc, Mode::Seeds, 0, 10)).run(scenarioRunner(sc));
    QCOMPARE(r.configs.at(0).manifested, size_t(0));
}

void TestPct::pctFindsLostUpdate()
{
    LOAD(sc, bundled("racy_counter.go"));
    const ExploreResult r = Explorer(optionsFor(sc, Mode::Pct, 2, 20)).run(scenarioRunner(sc, true));
    const ConfigResult &c = r.configs.at(0);
    qInfo("racy_counter pct D=2: manifested in %zu/%zu runs, first at seed %llu schedule %s", c.manifested, c.runs,
          (unsigned long long)c.manifestSeed.value_or(0), c.manifestSchedule.c_str());
    QVERIFY(c.manifested > 0);
    QVERIFY(!c.manifestSchedule.empty());
    QCOMPARE(c.scheduling.diverged, size_t(0));
    QCOMPARE(c.scheduling.schedules, size_t(20));
    checkWitnesses(sc, r);
}

void TestPct::pctFindsCheckThenAct()
{
    LOAD(sc, bundled("lazy_init_check_then_act.go"));
    const ExploreResult free = Explorer(optionsFor(sc, Mode::Seeds, 0, 10)).run(scenarioRunner(sc));
    QCOMPARE(free.configs.at(0).manifested, size_t(0));
    const ExploreResult r = Explorer(optionsFor(sc, Mode::Pct, 3, 20)).run(scenarioRunner(sc, true));
    const ConfigResult &c = r.configs.at(0);
    qInfo("lazy_init pct D=3: manifested in %zu/%zu runs", c.manifested, c.runs);
    QVERIFY(c.manifested > 0);
    checkWitnesses(sc, r);
}

void TestPct::pctNeverInFixedPrograms_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mutex_counter") << "mutex_counter.go";
    QTest::newRow("atomic_counter") << "atomic_counter.go";
}

void TestPct::pctNeverInFixedPrograms()
{
    QFETCH(QString, name);
    LOAD(sc, bundled(name.toUtf8().constData()));
    for (int depth : {2, 3}) {
        const ExploreResult r = Explorer(optionsFor(sc, Mode::Pct, depth, 8)).run(scenarioRunner(sc, true));
        const ConfigResult &c = r.configs.at(0);
        QCOMPARE(c.runs, size_t(8));
        QCOMPARE(c.manifested, size_t(0));
        QCOMPARE(c.scheduling.diverged, size_t(0));
        checkWitnesses(sc, r);
    }
}

void TestPct::exhaustiveFindsLostUpdate()
{
    LOAD(sc, data("small_counter.go"));
    const ExploreResult r = Explorer(optionsFor(sc, Mode::Exhaustive, 1, 0)).run(scenarioRunner(sc, true));
    const ConfigResult &c = r.configs.at(0);
    const ScheduleStats &st = c.scheduling;
    qInfo("small_counter exhaustive K=1: %zu schedules, %zu distinct, %zu pruned, %zu points skipped, manifested %zu",
          st.schedules, st.distinct, st.pruned, st.pointsSkipped, c.manifested);
    QVERIFY(st.exhausted);
    QVERIFY(c.manifested > 0);
    QCOMPARE(st.schedules, c.runs);
    QVERIFY(st.distinct <= st.schedules);
    QVERIFY(st.pointsSkipped > 0);
    QVERIFY(c.coverage.distinctHbClasses >= 2);
    QVERIFY(c.coverage.pairsBothOrders + c.coverage.pairsOneOrder > 0);
    checkWitnesses(sc, r);
    // Bound 0 is the free run alone, which hides it.
    const ExploreResult r0 = Explorer(optionsFor(sc, Mode::Exhaustive, 0, 0)).run(scenarioRunner(sc, true));
    QCOMPARE(r0.configs.at(0).runs, size_t(1));
    QCOMPARE(r0.configs.at(0).manifested, size_t(0));
    // Bound 2 explores more and still finds it.
    const ExploreResult r2 = Explorer(optionsFor(sc, Mode::Exhaustive, 2, 0)).run(scenarioRunner(sc, true));
    QVERIFY(r2.configs.at(0).scheduling.schedules > st.schedules);
    QVERIFY(r2.configs.at(0).manifested > 0);
    QVERIFY(r2.configs.at(0).scheduling.exhausted);
    QVERIFY(r2.configs.at(0).scheduling.pruned > 0);   // sleep sets prune from the second pick on (tst_explore_por)
}

void TestPct::exhaustiveCappedOnBundledCounter()
{
    LOAD(sc, bundled("racy_counter.go"));
    ExploreOptions o = optionsFor(sc, Mode::Exhaustive, 1, 0);
    o.maxSchedules = 40;
    const ExploreResult r = Explorer(o).run(scenarioRunner(sc, true));
    const ConfigResult &c = r.configs.at(0);
    QCOMPARE(c.scheduling.schedules, size_t(40));
    QVERIFY(!c.scheduling.exhausted);
    QVERIFY(c.manifested > 0);
    QVERIFY(!c.manifestSchedule.empty());   // a forced pick (one P: sleep-set exploration of Pick schedules)
}

void TestPct::exhaustiveNeverInMutexFix()
{
    LOAD(sc, data("small_mutex_counter.go"));
    const ExploreResult r = Explorer(optionsFor(sc, Mode::Exhaustive, 2, 0)).run(scenarioRunner(sc, true));
    const ConfigResult &c = r.configs.at(0);
    qInfo("small_mutex_counter exhaustive K=2: %zu schedules, %zu distinct, %zu pruned", c.scheduling.schedules,
          c.scheduling.distinct, c.scheduling.pruned);
    QVERIFY(c.scheduling.exhausted);
    QVERIFY(c.scheduling.schedules > 10);
    QCOMPARE(c.manifested, size_t(0));
    checkWitnesses(sc, r);
}

void TestPct::deterministicAcrossThreads()
{
    LOAD(sc, data("small_counter.go"));
    for (Mode m : {Mode::Pct, Mode::Exhaustive}) {
        std::string out[3];
        const int threads[3] = {1, 2, 8};
        for (int i = 0; i < 3; ++i) {
            ExploreOptions o = optionsFor(sc, m, 2, 12);
            o.threads = threads[i];
            const ExploreResult r = Explorer(o).run(scenarioRunner(sc, true));
            out[i] = formatJson(r) + formatTsv(r) + formatTable(r);
        }
        QCOMPARE(out[1], out[0]);
        QCOMPARE(out[2], out[0]);
    }
}

QTEST_GUILESS_MAIN(TestPct)
#include "tst_explore_pct.moc"
