// tst_explore_forced.cpp — forced schedules in the runtime (R7): a Preempt
// lands at its step boundary, a Pick runs the chosen goroutine next, the free
// run is unchanged by counting points, a run's recorded schedule replays it
// exactly, divergence is detected, and the trace of a forced run replays
// through trace::apply (keyframes equal replay).
#include "sim/explore/schedule.h"
#include "sim/explore/scenario_runner.h"
#include "sim/trace/sched_state.h"

#include <QtTest>

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

const std::string kSmall = std::string(GSL_TEST_DATA_DIR) + "/sim/explore/data/small_counter.go";

runtime::RunConfig oneP(uint64_t seed = 1)
{
    runtime::RunConfig c;
    c.gomaxprocs = 1;
    c.seed = seed;
    return c;
}

size_t countKind(const trace::Trace &t, EvKind k, int32_t c = -1)
{
    size_t n = 0;
    for (const auto &e : t.events()) n += e.kind == k && (c < 0 || e.c == c);
    return n;
}
} // namespace

class TestForced : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freeRunUnchangedByCounting();
    void preemptLandsAtItsPoint();
    void preemptOnSchedulePointLandsAtNextStep();
    void pickRunsThatGoroutineNext();
    void replayReproduces();
    void divergenceBeyondEnd();
    void divergencePickNotRunnable();
    void forcedTraceReplaysThroughApply();
    void pctPointsAreCandidates();
};

void TestForced::freeRunUnchangedByCounting()
{
    LOAD(sc, kSmall);
    const runtime::RunResult a = run::runScenario(sc, oneP());
    runtime::RunConfig rec = oneP();
    rec.recordPoints = true;
    const runtime::RunResult b = run::runScenario(sc, rec);
    QCOMPARE(b.fingerprint, a.fingerprint);
    QCOMPARE(a.schedule, std::string());
    QVERIFY(a.divergence.empty());
    QVERIFY(a.schedPoints > 0);
    QCOMPARE(b.schedPoints, a.schedPoints);
    QVERIFY(a.preemptPoints.empty());                 // only recorded on request
    QVERIFY(!b.preemptPoints.empty());
    QVERIFY(std::is_sorted(b.preemptPoints.begin(), b.preemptPoints.end()));
    QCOMPARE(countKind(a.trace, EvKind::ForcedPick), size_t(0));
    QCOMPARE(countKind(a.trace, EvKind::GoPreempt, 1), size_t(0));
    QCOMPARE(a.stdoutText, std::string("counter=4\n"));   // one P, no preemption: hidden
}

void TestForced::preemptLandsAtItsPoint()
{
    LOAD(sc, kSmall);
    runtime::RunConfig rec = oneP();
    rec.recordPoints = true;
    const runtime::RunResult free = run::runScenario(sc, rec);
    // Every candidate point takes a preemption there and records exactly it.
    for (uint64_t p : free.preemptPoints) {
        runtime::RunConfig c = oneP();
        c.schedule = {{p, ScheduleChoice::Kind::Preempt, 0}};
        const runtime::RunResult r = run::runScenario(sc, c);
        QVERIFY2(r.divergence.empty(), r.divergence.c_str());
        QCOMPARE(r.schedule, std::to_string(p) + "p");
        QCOMPARE(countKind(r.trace, EvKind::GoPreempt, 1), size_t(1));
        QVERIFY(r.fingerprint != free.fingerprint);
    }
}

void TestForced::preemptOnSchedulePointLandsAtNextStep()
{
    LOAD(sc, kSmall);
    runtime::RunConfig rec = oneP();
    rec.recordPoints = true;
    const runtime::RunResult free = run::runScenario(sc, rec);
    // Point 0 is the first schedule() of M0 (start-up): nothing runs yet, so
    // the preemption lands at the first step boundary after it.
    runtime::RunConfig c = oneP();
    c.schedule = {{0, ScheduleChoice::Kind::Preempt, 0}};
    const runtime::RunResult r = run::runScenario(sc, c);
    QVERIFY2(r.divergence.empty(), r.divergence.c_str());
    const auto s = parseSchedule(r.schedule);
    QVERIFY(s && s->size() == 1);
    QVERIFY((*s)[0].point > 0);
    QCOMPARE(countKind(r.trace, EvKind::GoPreempt, 1), size_t(1));
}

void TestForced::pickRunsThatGoroutineNext()
{
    LOAD(sc, kSmall);
    const runtime::RunResult free = run::runScenario(sc, oneP());
    // On one P, main creates g6 then g7 (runnext), so when main blocks in
    // Wait the free run starts g7 first. Pick g6 at each point: either it
    // applies (ForcedPick of g6 at that point, then GoStart g6 on that P) or
    // it diverges because g6 was not runnable then. (go1.19 numbering: 2-4
    // are the runtime's goroutines, 5 is runfinq, started by fmt's os import.)
    int applied = 0, diverged = 0;
    bool g2BeforeG3 = false;
    for (uint64_t p = 0; p < free.schedPoints; ++p) {
        runtime::RunConfig c = oneP();
        c.schedule = {{p, ScheduleChoice::Kind::Pick, 6}};
        const runtime::RunResult r = run::runScenario(sc, c);
        if (!r.divergence.empty()) {
            ++diverged;
            QVERIFY2(r.divergence.find("goroutine 6") != std::string::npos, r.divergence.c_str());
            continue;
        }
        ++applied;
        QCOMPARE(r.schedule, std::to_string(p) + "g6");
        const auto &ev = r.trace.events();
        size_t i = 0;
        while (i < ev.size() && ev[i].kind != EvKind::ForcedPick) ++i;
        QVERIFY(i < ev.size());
        QCOMPARE(ev[i].g, 6);
        QCOMPARE(int64_t(uint32_t(ev[i].a)), int64_t(p));
        size_t j = i + 1;
        while (j < ev.size() && ev[j].kind != EvKind::GoStart) ++j;
        QVERIFY(j < ev.size());
        QCOMPARE(ev[j].g, 6);
        QCOMPARE(ev[j].p, ev[i].p);
        // The first start of a goroutine of the program other than main.
        for (const auto &e : ev)
            if (e.kind == EvKind::GoStart && e.g > 5) {
                g2BeforeG3 |= e.g == 6;
                break;
            }
    }
    QVERIFY(applied > 0);
    QVERIFY(diverged > 0);
    QVERIFY(g2BeforeG3);
    // The free run starts g7 first.
    for (const auto &e : free.trace.events())
        if (e.kind == EvKind::GoStart && e.g > 5) {
            QCOMPARE(e.g, 7);
            break;
        }
}

void TestForced::replayReproduces()
{
    LOAD(sc, kSmall);
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        for (int procs : {1, 2}) {
            runtime::RunConfig rec = oneP(seed);
            rec.gomaxprocs = procs;
            rec.recordPoints = true;
            const runtime::RunResult free = run::runScenario(sc, rec);
            runtime::RunConfig c = rec;
            c.recordPoints = false;
            c.schedule = pctSchedule(seed, 3, free.preemptPoints);
            const runtime::RunResult r1 = run::runScenario(sc, c);
            QVERIFY2(r1.divergence.empty(), r1.divergence.c_str());
            const auto s = parseSchedule(r1.schedule);
            QVERIFY(s);
            runtime::RunConfig again = c;
            again.schedule = *s;
            const runtime::RunResult r2 = run::runScenario(sc, again);
            QCOMPARE(r2.fingerprint, r1.fingerprint);
            QCOMPARE(r2.stdoutText, r1.stdoutText);
            QCOMPARE(r2.schedule, r1.schedule);
            QVERIFY(r2.divergence.empty());
        }
    }
}

void TestForced::divergenceBeyondEnd()
{
    LOAD(sc, kSmall);
    const runtime::RunResult free = run::runScenario(sc, oneP());
    runtime::RunConfig c = oneP();
    c.schedule = {{free.schedPoints + 50, ScheduleChoice::Kind::Preempt, 0}};
    const runtime::RunResult r = run::runScenario(sc, c);
    QVERIFY2(r.divergence.find("scheduling point " + std::to_string(free.schedPoints + 50)) != std::string::npos,
             r.divergence.c_str());
    QVERIFY2(r.divergence.find("beyond the run's end") != std::string::npos, r.divergence.c_str());
    QCOMPARE(r.fingerprint, free.fingerprint);   // nothing applied: the free run
    QCOMPARE(r.schedule, std::string());
}

void TestForced::divergencePickNotRunnable()
{
    LOAD(sc, kSmall);
    runtime::RunConfig c = oneP();
    c.schedule = {{0, ScheduleChoice::Kind::Pick, 99}};
    runtime::RunResult r = run::runScenario(sc, c);
    QVERIFY2(r.divergence.find("goroutine 99") != std::string::npos, r.divergence.c_str());
    QVERIFY2(r.divergence.find("does not exist") != std::string::npos, r.divergence.c_str());
    // Main waiting in wg.Wait: at some point a Pick of g1 finds it waiting.
    const runtime::RunResult free = run::runScenario(sc, oneP());
    bool sawWaiting = false;
    for (uint64_t p = 0; p < free.schedPoints && !sawWaiting; ++p) {
        c.schedule = {{p, ScheduleChoice::Kind::Pick, 1}};
        r = run::runScenario(sc, c);
        sawWaiting = r.divergence.find("expected goroutine 1 runnable") != std::string::npos &&
                     r.divergence.find("_Gwaiting") != std::string::npos;
    }
    QVERIFY(sawWaiting);
}

void TestForced::forcedTraceReplaysThroughApply()
{
    LOAD(sc, kSmall);
    for (int procs : {1, 2}) {
        runtime::RunConfig rec = oneP(3);
        rec.gomaxprocs = procs;
        const runtime::RunResult free = run::runScenario(sc, rec);
        int picks = 0;
        for (uint64_t p = 0; p < free.schedPoints; p += 3) {
            for (int32_t goid : {1, 2, 3}) {
                runtime::RunConfig c = rec;
                c.keyframeEvery = 8;
                c.checkInvariants = true;   // the runtime's own invariants after every event
                c.schedule = {{p, ScheduleChoice::Kind::Pick, goid}};
                const runtime::RunResult r = run::runScenario(sc, c);
                if (!r.divergence.empty()) continue;
                ++picks;
                for (const auto &k : r.trace.keyframes())
                    QCOMPARE(trace::replayState(r.trace, k.eventIndex), k.state);
            }
        }
        QVERIFY(picks > 0);
    }
}

void TestForced::pctPointsAreCandidates()
{
    const std::vector<uint64_t> cand{3, 9, 10, 40, 77};
    for (uint64_t seed = 1; seed < 20; ++seed) {
        const auto s = pctSchedule(seed, 3, cand);
        QCOMPARE(s.size(), size_t(2));
        QVERIFY(s[0].point < s[1].point);
        for (const auto &c : s) QVERIFY(std::find(cand.begin(), cand.end(), c.point) != cand.end());
    }
    QVERIFY(pctSchedule(1, 3, std::vector<uint64_t>{}).empty());
}

QTEST_GUILESS_MAIN(TestForced)
#include "tst_explore_forced.moc"
