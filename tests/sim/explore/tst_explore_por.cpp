// tst_explore_por.cpp — partial-order reduction of the exhaustive explorer
// (sleep sets, sim/explore/por.h) and forced choices at WaitGroup wake-ups:
//  * with and without reduction, the same bound finds the same set of
//    happens-before classes (with outcome and exit status), with fewer runs;
//  * bugs in small buggy programs are found within bound 1, never in the
//    fixed ones; every witness replays to its outcome;
//  * a woken waiter's wg.Wait returns in a step of its own, where a forced
//    Pick or Preempt lands (the schedule steers which Wait returns first).
#include "sim/explore/explorer.h"
#include "sim/explore/format.h"
#include "sim/explore/schedule.h"
#include "sim/explore/scenario_runner.h"

#include <QtTest>

#include <map>
#include <mutex>
#include <set>
#include <tuple>

using namespace gsl;
using namespace gsl::explore;
using trace::EvKind;

namespace {
#define LOAD(var, path)                                                                   \
    run::Scenario var;                                                                    \
    try {                                                                                 \
        var = run::loadScenario(path, GoVersion{1, 22});                                  \
    } catch (const std::exception &e) {                                                   \
        QSKIP(qPrintable(QString("sim/lang failed on ") + QString::fromStdString(path) + ": " + e.what())); \
    }                                                                                     \
    QVERIFY(var.ok())

std::string data(const std::string &name) { return std::string(GSL_TEST_DATA_DIR) + "/sim/explore/data/" + name; }

ExploreOptions exhaustive(const run::Scenario &sc, int bound, bool sleepSets, int threads = 2)
{
    ExploreOptions o;
    o.base.gomaxprocs = 1;
    o.configs = {Configuration{1, 4, -1, 100'000, GoVersion{1, 22}, runtime::MaxProcsPolicy::Runtime}};
    o.mode = Mode::Exhaustive;
    o.preemptionBound = bound;
    o.threads = threads;
    o.sleepSets = sleepSets;
    o.correct = correctOf(sc);
    return o;
}

using Class = std::tuple<uint64_t, std::string, int>;   // HB class, outcome, exit status

struct Explored {
    ExploreResult result;
    std::set<Class> classes;
    std::map<Class, std::string> witness;   // the first schedule seen of each class
};

Explored exploreAll(const run::Scenario &sc, int bound, bool sleepSets, int threads = 2)
{
    Explored e;
    std::mutex mu;
    const RunOneFn inner = scenarioRunner(sc, true);
    const RunOneFn collect = [&](const runtime::RunConfig &cfg) {
        RunOutcome o = inner(cfg);
        std::lock_guard<std::mutex> lock(mu);
        const Class c{o.hbClass, o.outcome, o.exitStatus};
        e.classes.insert(c);
        e.witness.try_emplace(c, o.schedule);
        return o;
    };
    e.result = Explorer(exhaustive(sc, bound, sleepSets, threads)).run(collect);
    return e;
}

// Every outcome row's witness (`run --seed S --schedule X`) reproduces it.
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

runtime::RunConfig oneP()
{
    runtime::RunConfig c;
    c.gomaxprocs = 1;
    c.seed = 1;
    return c;
}

// The index in the trace of goroutine g's first event of kind k (npos if none).
size_t firstEvent(const trace::Trace &t, EvKind k, int32_t g)
{
    const auto &ev = t.events();
    for (size_t i = 0; i < ev.size(); ++i)
        if (ev[i].kind == k && ev[i].g == g) return i;
    return std::string::npos;
}
} // namespace

class TestPor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameClassesAsUnreduced_data();
    void sameClassesAsUnreduced();
    void findsBugsWithinBound_data();
    void findsBugsWithinBound();
    void deterministicAcrossThreads();
    void waitReturnIsAStep();
    void pickSteersWaitReturn();
    void preemptAtWaitReturn();
};

void TestPor::sameClassesAsUnreduced_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bound");
    QTest::addColumn<bool>("fewer");   // sleep sets prune from the second pick on, when a sibling's step commutes
    QTest::addColumn<bool>("exact");   // every HB class found (else: every outcome, classes a subset; por.h)
    QTest::newRow("small_counter K=1") << "small_counter.go" << 1 << false << true;
    QTest::newRow("small_counter K=2") << "small_counter.go" << 2 << true << true;
    QTest::newRow("small_counter K=3") << "small_counter.go" << 3 << true << true;
    QTest::newRow("small_mutex_counter K=2") << "small_mutex_counter.go" << 2 << true << true;
    QTest::newRow("small_mutex_counter K=3") << "small_mutex_counter.go" << 3 << true << true;
    QTest::newRow("three_goroutines K=1") << "three_goroutines.go" << 1 << false << true;
    QTest::newRow("three_goroutines K=2") << "three_goroutines.go" << 2 << true << false;
    QTest::newRow("wg_two_waiters K=3") << "wg_two_waiters.go" << 3 << true << true;
    QTest::newRow("wg_reuse K=3") << "wg_reuse.go" << 3 << false << true;
}

void TestPor::sameClassesAsUnreduced()
{
    QFETCH(QString, file);
    QFETCH(int, bound);
    QFETCH(bool, fewer);
    QFETCH(bool, exact);
    LOAD(sc, data(file.toStdString()));
    const Explored full = exploreAll(sc, bound, false);
    const Explored por = exploreAll(sc, bound, true);
    const ScheduleStats &fs = full.result.configs.at(0).scheduling, &ps = por.result.configs.at(0).scheduling;
    qInfo("%s K=%d: without reduction %zu runs, %zu classes; sleep sets %zu runs (%zu pruned, %zu blocked), %zu classes",
          qPrintable(file), bound, fs.schedules, full.classes.size(), ps.schedules, ps.pruned, ps.blocked,
          por.classes.size());
    QVERIFY(fs.exhausted);
    QVERIFY(ps.exhausted);
    QCOMPARE(fs.diverged, size_t(0));
    QCOMPARE(ps.diverged, size_t(0));
    QVERIFY(full.classes.size() > 1);
    size_t missed = 0;
    for (const Class &c : full.classes)
        if (!por.classes.count(c)) {
            if (++missed <= 3) qInfo("missed: outcome %s, schedule %s", std::get<1>(c).c_str(), full.witness.at(c).c_str());
        }
    for (const Class &c : por.classes) QVERIFY(full.classes.count(c));   // never a class the full search lacks
    if (exact) QCOMPARE(missed, size_t(0));
    if (fewer) {
        QVERIFY2(ps.schedules < fs.schedules, "sleep sets ran no fewer schedules");
        QVERIFY(ps.pruned > 0);
    }
    // Same outcomes (counts differ, the set of outcomes does not).
    std::set<std::pair<std::string, int>> fo, po;
    for (const auto &r : full.result.configs.at(0).rows) fo.insert({r.outcome, r.exitStatus});
    for (const auto &r : por.result.configs.at(0).rows) po.insert({r.outcome, r.exitStatus});
    QCOMPARE(po, fo);
    checkWitnesses(sc, por.result);
}

void TestPor::findsBugsWithinBound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bound");
    QTest::addColumn<bool>("buggy");
    QTest::newRow("small_counter K=1 (lost update)") << "small_counter.go" << 1 << true;
    QTest::newRow("wg_reuse K=1 (reused before Wait returned)") << "wg_reuse.go" << 1 << true;
    QTest::newRow("small_mutex_counter K=2") << "small_mutex_counter.go" << 2 << false;
    QTest::newRow("wg_two_waiters K=2") << "wg_two_waiters.go" << 2 << false;
}

void TestPor::findsBugsWithinBound()
{
    QFETCH(QString, file);
    QFETCH(int, bound);
    QFETCH(bool, buggy);
    LOAD(sc, data(file.toStdString()));
    const Explored e = exploreAll(sc, bound, true);
    const ConfigResult &c = e.result.configs.at(0);
    QVERIFY(c.scheduling.exhausted);
    if (buggy) {
        QVERIFY(c.manifested > 0);
        QVERIFY(!c.manifestSchedule.empty());   // a free run hides it
    } else {
        QCOMPARE(c.manifested, size_t(0));
    }
    // Bound 0 (the free run alone) never shows it.
    QCOMPARE(exploreAll(sc, 0, true).result.configs.at(0).manifested, size_t(0));
    checkWitnesses(sc, e.result);
    if (file == "wg_reuse.go") {
        bool sawPanic = false;
        for (const auto &[cls, out, status] : e.classes) sawPanic |= status == 2;
        QVERIFY(sawPanic);
    }
}

void TestPor::deterministicAcrossThreads()
{
    for (const char *file : {"three_goroutines.go", "wg_two_waiters.go"}) {
        LOAD(sc, data(file));
        std::string out[3];
        const int threads[3] = {1, 2, 8};
        for (int i = 0; i < 3; ++i) {
            const ExploreResult r = exploreAll(sc, 2, true, threads[i]).result;
            out[i] = formatJson(r) + formatTsv(r) + formatTable(r);
        }
        QCOMPARE(out[1], out[0]);
        QCOMPARE(out[2], out[0]);
    }
}

// A waiter released by wg.Done returns from Wait in a step of its own: a
// candidate point of the waiter touching the WaitGroup, after the parking one,
// and its WgWait event is emitted while it runs (on an M, with its line).
void TestPor::waitReturnIsAStep()
{
    LOAD(sc, data("wg_two_waiters.go"));
    runtime::RunConfig c = oneP();
    c.recordPoints = true;
    const runtime::RunResult r = run::runScenario(sc, c);
    QCOMPARE(r.stdoutText.size(), size_t(3));
    // The two waiters are goroutines 6 and 7: go1.19's runtime goroutines take
    // 2-5 when the program imports fmt (tst_run_startup).
    for (int32_t w : {6, 7}) {
        std::vector<runtime::StepRecord> mine;
        for (const auto &rec : r.stepRecords)
            if (rec.goid == w) mine.push_back(rec);
        QVERIFY(mine.size() >= 2);
        QCOMPARE(mine[1].access, mine[0].access);            // Wait (parks), then Wait returns
        QCOMPARE(mine[0].access.kind, runtime::StepAccess::Kind::Write);
        const size_t i = firstEvent(r.trace, EvKind::WgWait, w);
        QVERIFY(i != std::string::npos);
        const auto &e = r.trace.events()[i];
        QVERIFY(e.m >= 0);
        QVERIFY(e.c > 0);   // the line of wg.Wait
        QVERIFY(firstEvent(r.trace, EvKind::GoUnpark, w) < i);
    }
}

// Pick the other waiter at the first waiter's Wait-return point: the other
// Wait returns first, the output flips, and the recorded schedule replays.
void TestPor::pickSteersWaitReturn()
{
    LOAD(sc, data("wg_two_waiters.go"));
    runtime::RunConfig c = oneP();
    c.recordPoints = true;
    const runtime::RunResult free = run::runScenario(sc, c);
    // The first Wait-return: a waiter's second record.
    int seen[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    const runtime::StepRecord *ret = nullptr;
    for (const auto &rec : free.stepRecords) {
        if (rec.goid != 6 && rec.goid != 7) continue;
        if (++seen[rec.goid] == 2) {
            ret = &rec;
            break;
        }
    }
    QVERIFY(ret);
    const int32_t first = ret->goid, other = first == 6 ? 7 : 6;
    QVERIFY(std::find(free.runnable.begin() + ret->runnableBegin, free.runnable.begin() + ret->runnableEnd, other) !=
            free.runnable.begin() + ret->runnableEnd);
    QVERIFY(firstEvent(free.trace, EvKind::WgWait, first) < firstEvent(free.trace, EvKind::WgWait, other));
    runtime::RunConfig f = oneP();
    f.schedule = {{ret->point, ScheduleChoice::Kind::Pick, other}};
    const runtime::RunResult r = run::runScenario(sc, f);
    QVERIFY2(r.divergence.empty(), r.divergence.c_str());
    QCOMPARE(r.schedule, std::to_string(ret->point) + "g" + std::to_string(other));
    QVERIFY(firstEvent(r.trace, EvKind::WgWait, other) < firstEvent(r.trace, EvKind::WgWait, first));
    const std::string flipped{free.stdoutText[1], free.stdoutText[0], '\n'};
    QCOMPARE(r.stdoutText, flipped);
    runtime::RunConfig again = oneP();
    again.schedule = *parseSchedule(r.schedule);
    const runtime::RunResult r2 = run::runScenario(sc, again);
    QCOMPARE(r2.fingerprint, r.fingerprint);
    QCOMPARE(r2.stdoutText, r.stdoutText);
}

// A Preempt at a Wait-return point stops the waiter before Wait returns.
void TestPor::preemptAtWaitReturn()
{
    LOAD(sc, data("wg_reuse.go"));
    runtime::RunConfig c = oneP();
    c.recordPoints = true;
    const runtime::RunResult free = run::runScenario(sc, c);
    QCOMPARE(free.stdoutText, std::string("ok\n"));
    std::vector<runtime::StepRecord> mains;
    for (const auto &rec : free.stepRecords)
        if (rec.goid == 1 && rec.access.object >> 48 == 3) mains.push_back(rec);   // main's WaitGroup steps
    QVERIFY(mains.size() >= 3);                                                     // Add, Wait (parks), Wait returns
    runtime::RunConfig f = oneP();
    f.schedule = {{mains.back().point, ScheduleChoice::Kind::Preempt, 0}};
    const runtime::RunResult r = run::runScenario(sc, f);
    QVERIFY2(r.divergence.empty(), r.divergence.c_str());
    const size_t wait = firstEvent(r.trace, EvKind::WgWait, 1);
    QVERIFY(wait != std::string::npos);
    bool preempted = false;
    for (size_t i = 0; i < wait; ++i) {
        const auto &e = r.trace.events()[i];
        preempted |= e.kind == EvKind::GoPreempt && e.g == 1 && e.c == 1;
    }
    QVERIFY(preempted);
}

QTEST_GUILESS_MAIN(TestPor)
#include "tst_explore_por.moc"
