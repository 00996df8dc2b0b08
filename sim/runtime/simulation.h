// simulation.h — one simulated Go process: the owner of the clock, the event
// queue, the RNG streams, the host and every G, M and P (SimGrid's "one object
// owns everything"; no globals, so many Simulations can run in parallel).
//
//     runtime::Simulation sim(executor, cfg);
//     runtime::RunResult r = sim.run();
//
// or incrementally (GUI): while (sim.runUntil(n += 1000)) {...}; sim.result().
#pragma once

#include "sim/engine/latency_dist.h"
#include "sim/engine/event_queue.h"
#include "sim/engine/machine_profile.h"
#include "sim/engine/segmented_vector.h"
#include "sim/engine/rng.h"
#include "sim/host/host.h"
#include "sim/program/executor.h"
#include "sim/runtime/config.h"
#include "sim/runtime/joint_ahead.h"
#include "sim/runtime/probe.h"
#include "sim/runtime/result.h"
#include "sim/runtime/sched.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gsl::runtime {

class Simulation : private program::SyncView, private program::AheadClock {
public:
    Simulation(program::Executor &exec, const RunConfig &cfg);
    ~Simulation();
    Simulation(const Simulation &) = delete;
    Simulation &operator=(const Simulation &) = delete;

    // run runs to the end (exit, fatal, budget) and returns the result.
    RunResult run();
    // runUntil processes engine events until the trace holds at least
    // `events` events or the run ended; returns false once it has ended.
    bool runUntil(size_t events);
    bool finished() const { return m_finished; }
    // result moves the result out; valid once finished().
    RunResult takeResult();
    const trace::Trace &trace() const { return m_res.trace; }
    SimTime now() const { return m_q.now(); }

    // snapshot builds the SchedState of the live runtime (keyframes, tests).
    trace::SchedState snapshot() const;
    // checkInvariants throws std::logic_error naming the broken invariant.
    void checkInvariants() const;
    void checkWaitQueues() const;

    // checkKeyframe (invariant mode, at every keyframe): the trace replayed
    // with trace::apply must rebuild the keyframe's state exactly. Replays
    // incrementally from the previous keyframe, so the cost is O(events).
    void checkKeyframe(const trace::SchedState &keyframe);

    // Test-only: break an invariant on purpose so tests can show the checks
    // catch it. DuplicateG puts goroutine 1 in P0's ring a second time;
    // SpinningCount bumps nmspinning without a spinning M; TwoWaitQueues
    // enqueues the first waiting goroutine on a second wait queue.
    enum class Corruption { DuplicateG, SpinningCount, TwoWaitQueues };
    void debugCorrupt(Corruption what);
    void debugCorruptDuplicateG() { debugCorrupt(Corruption::DuplicateG); }

    // Test/bench access to the live model.
    int gomaxprocs() const { return m_gomaxprocs; }
    const P &p(int id) const { return m_ps[size_t(id)]; }
    const Queue<int32_t> &globrunq() const { return m_globrunq; }

    // setProbe (before running): stop at the first scheduling point at or
    // after o.from that offers a choice (probe.h); probe() then holds it and
    // the result is partial. Without such a point the run ends normally.
    void setProbe(const ProbeOptions &o);
    const std::optional<PointProbe> &probe() const { return m_probe; }

private:
    friend struct SimTestAccess;
    // --- engine loop (simulation.cpp)
    void start();
    void dispatch(const engine::Event &e);
    void handleHostNotes();
    void emit(trace::EvKind k, int32_t g, int32_t p, int32_t m, int32_t a = 0, int32_t b = 0, int32_t c = 0,
              uint8_t reason = 0);
    // finish ends the run now; exitDelay > 0: the process exits that much
    // later (a fatal panic's freezetheworld), with everything already stopped.
    void finish(int status, SimDur exitDelay = 0);
    SimDur freezeTheWorldTime(int32_t self) const;
    void freezeTheWorld(M &m);
    void freezeDone(M &m);
    void stopBudget(const std::string &what, const char *flag, const std::string &limit);
    void killAll();
    SimDur jitter(SimDur d);
    // jitterKeeps: no jitter factor can change a cost of d ns (jitter() draws none)
    bool jitterKeeps(SimDur d) const { return m_prof.jitter <= 0 || double(d) * m_prof.jitter <= 0.49; }
    void delay(M &m, SimDur d, MPhase phase);
    // work: d ns of CPU, drawn with jitter, plus `exact` ns that are not
    // (work already charged step by step: Request::aheadNs)
    void work(M &m, SimDur d, MPhase phase, SimDur exact = 0);
    // what a goroutine may run ahead of the next event (StepEnv::aheadNs)
    void setAhead(const M &m, const G &gp, program::StepEnv &env);
    // program::AheadClock, for StepEnv::clock: a step's jittered duration
    SimDur maxDuration(SimDur d) const override;
    SimDur duration(SimDur d) override { return jitter(d); }
    // two goroutines' interleaved closed-form loops, whole periods at once (joint_ahead.h)
    void jointAhead(M &m, G &gp);
    bool jointModelSkip(JointAnchor &a, const G &ga, const G &gb, const program::LoopView &va,
                        const program::LoopView &vb);
    JointVerdict jointSkip(const std::vector<JointAnchor> &snaps, const JointAnchor &a, const program::LoopView &va,
                           const program::LoopView &vb);
    G &g(int32_t goid) { return m_gs[size_t(goid)]; }

    // --- runq.cpp
    void runqput(P &pp, int32_t goid, bool next);
    bool runqputslow(P &pp, int32_t goid);
    int32_t runqget(P &pp, bool &inheritTime);
    void globrunqput(int32_t goid, trace::GlobWhy why);
    void globrunqputhead(int32_t goid, int32_t fromP);
    int32_t globrunqget(P &pp, uint32_t max);
    int32_t runqsteal(P &pp, P &victim, bool stealRunNext, bool &needBackoff);
    void resetStealOrder();

    // --- schedule.cpp
    void schedule(M &m, SimDur extra = 0);
    void findRunnable(M &m);
    int32_t findRunnableLocal(P &pp, bool &inheritTime);
    void stealStep(M &m);
    void backoffDone(M &m);
    void giveUpP(M &m);
    void execute(M &m, int32_t goid, bool inheritTime);
    void resetspinning(M &m);
    void wakep();
    void startm(int32_t pid, bool spinning);
    void stopm(M &m);
    void mWoken(M &m);
    void acquirep(M &m, int32_t pid);
    void releasep(M &m);
    void pidleput(int32_t pid);
    int32_t pidleget();
    M &newm(bool spinning, bool sysmon, int32_t pid);

    // --- exec.cpp: running goroutine code
    void stepG(M &m, G &gp);
    void performStep(M &m);
    void completeAndContinue(M &m, G &gp);
    void gopark(M &m, G &gp, int32_t reason, int32_t obj, int32_t line);
    void goready(G &gp, int32_t waker, int32_t pid);
    void newproc(M &m, G &parent);
    void startFinalizer(M &m);
    void goschedImpl(M &m, G &gp, bool preempted, bool async, bool forced = false);
    void goyield(M &m, G &gp);
    void goexit(M &m, G &gp);
    void doPanic(M &m, G &gp, const std::string &text);
    void doFatal(G *gp, const std::string &text);
    SimDur opCost(const program::Request &r) const;
    SimDur goCreateCostOn(int32_t p);
    // --- cold.cpp: first runs in a fresh process
    SimDur coldOnce(uint32_t path, const LatencyQuantiles &q, SimDur scalar);
    SimDur coldStepCost(const program::Request &r, int32_t p);
    SimDur coldWriteAfter(const program::Request &r);
    SimDur coldParkCost(int32_t reason, int32_t obj);
    bool gfget(P &pp);
    void gfput(P &pp);

    // --- chan.cpp
    bool chansend(M &m, G &gp, program::ObjId c, const program::Value &v, int32_t line);
    bool chanrecv(M &m, G &gp, program::ObjId c, int32_t line);
    bool closechan(M &m, G &gp, program::ObjId c, int32_t line);
    bool selectgo(M &m, G &gp, const program::Request &r);
    Chan &chan(program::ObjId id);
    bool liveSudog(const Sudog &s) const;
    bool timerSend(program::ObjId c, int32_t pid);

    // --- sema.cpp
    bool mutexIdle(program::ObjId id) const override;   // program::SyncView, for StepEnv::sync
    bool wgAdd(M &m, G &gp, program::ObjId id, int64_t delta, int32_t line);
    bool wgWait(M &m, G &gp, program::ObjId id, int32_t line);
    bool mutexLock(M &m, G &gp, program::ObjId id, int32_t line);
    bool mutexUnlock(M &m, G &gp, program::ObjId id, int32_t line);
    bool rwRLock(M &m, G &gp, program::ObjId id, int32_t line);
    bool rwRUnlock(M &m, G &gp, program::ObjId id, int32_t line);
    bool rwLock(M &m, G &gp, program::ObjId id, int32_t line);
    bool rwUnlock(M &m, G &gp, program::ObjId id, int32_t line);
    bool onceBegin(M &m, G &gp, program::ObjId id, int32_t line);
    bool onceEnd(M &m, G &gp, program::ObjId id, int32_t line);

    // --- timers.cpp
    int32_t addTimer(int32_t pid, SimTime when, int32_t sleeper, program::ObjId chan, program::ObjId obj, SimDur period);
    void armTimer(int32_t id);
    void checkTimers(P &pp, int32_t runOnP);
    void runTimer(int32_t id, int32_t runOnP);
    void timerDue(int32_t id, uint32_t gen);
    bool expiredTimerOn(const P &pp) const;
    bool anyTimerPending() const;
    SimTime nextTimerWhen(const P &pp) const;

    // --- forced.cpp: forced schedules (RunConfig::schedule)
    const ScheduleChoice *choiceAt(uint64_t point);
    void schedulePoint(M &m);
    bool stepPoint(M &m, G &gp);
    int32_t takeForced(M &m, P &pp);
    void diverge(uint64_t point, const std::string &what);
    void finishSchedule();
    // --- probe.cpp: stopping at the next point with a choice (probe.h)
    void probeAt(M &m, G *gp);

    // --- sysmon.cpp
    void sysmonTick();
    void retake();
    void preemptone(P &pp);
    void checkdead();
    void procresize(int n);
    bool stopTheWorldResize(M &m, G &gp, int n);  // false: the caller waits forever
    void printSchedtrace();

    program::Executor &m_exec;
    RunConfig m_cfg;
    MachineProfile m_prof;
    engine::EventQueue m_q;
    std::unique_ptr<host::Host> m_host;
    engine::Rng m_rngSteal, m_rngSelect, m_rngJitter, m_rngRace, m_rngShuffle;
    engine::Rng m_rngLatency; // OS latencies drawn from the profile's quantiles
    engine::Rng m_rngCold;    // first-run costs (cold.cpp)
    engine::Rng m_rngSysmon;  // how long sysmon's usleep really sleeps (sysmon.cpp)
    SimDur m_aheadStepNs = 0; // the largest step cost jitterKeeps (StepEnv::aheadStepNs)
    JointAhead m_joint;       // anchors of two interleaved closed-form loops (joint_ahead.h)
    uint32_t m_coldDone = 0;        // cold.cpp's paths that have run once
    int32_t m_panicsUnwinding = 0;  // runtime.runningPanicDefers: fatal panics issued, not yet at fatalpanic
    bool m_freezing = false;        // a fatal panic's freezetheworld: no M starts looking for work
    bool m_freezeFoundRunning = false; // its first preemptall stopped a running G (one more 1 ms round)
    std::string m_panicText;        // printed at the end of the freeze (printpanics runs after it)
    uint32_t m_semPagesTouched = 0; // pages of runtime.semtable touched so far
    RunResult m_res;
    bool m_finished = false;
    bool m_exiting = false;         // race atexit sleep in progress
    bool m_worldStopped = false;    // STW that can never complete (see stopTheWorldResize)

    engine::SegmentedVector<G> m_gs; // indexed by goid; [0] unused (references stay valid on growth)
    engine::SegmentedVector<P> m_ps; // allp; ids >= gomaxprocs are _Pdead (references stay valid on growth)
    engine::SegmentedVector<M> m_ms;
    std::vector<int32_t> m_midle;   // idle Ms, LIFO (mput/mget)
    std::vector<int32_t> m_pidle;   // idle Ps, LIFO (pidleput/pidleget)
    Queue<int32_t> m_globrunq;
    int m_gomaxprocs = 1;
    int m_nmspinning = 0;
    int m_live = 0;                 // live goroutines
    bool m_customGomaxprocs = false;
    std::vector<uint32_t> m_coprimes;
    int32_t m_sysmonM = -1;
    bool m_pendingFinalizer = false; // runfinq is created when main first runs (GoStartup)
    int32_t m_gFreeGlobal = 0;       // sched.gFree: dead Gs on the global free list
    int32_t m_newGs = 0;             // user Gs allocated by malg so far (cold creation index)

    std::vector<Chan> m_chans;
    std::vector<WaitGroup> m_wgs;
    std::vector<Mutex> m_mutexes;
    std::vector<RWMutex> m_rws;
    std::vector<Once> m_onces;
    std::vector<Timer> m_timers;
    std::vector<int32_t> m_timerOfObj; // ObjId -> timer id
    std::vector<int32_t> m_freeTimers;

    // sysmon
    SimDur m_sysmonDelay = 20 * kMicrosecond;
    int m_sysmonIdle = 0;
    bool m_sysmonSleeping = false;
    uint32_t m_sysmonGen = 0;
    SimTime m_lastGomaxprocsUpdate = 0;
    SimTime m_nextSchedtrace = 0;
    SimTime m_lastNoteTime = 0;
    // CPU use as the trace replays it (EVENTS.md "quotaUsed"): Ms not idle.
    int m_nmcpu = 0;
    SimDur m_derivedQuotaUsed = 0;
    int32_t m_derivedThrottledCpus = 0;
    SimTime m_lastEmitTime = 0;
    // forced schedules
    uint64_t m_point = 0;           // scheduling points counted so far
    size_t m_nextChoice = 0;        // next unconsumed entry of m_cfg.schedule
    bool m_deferredPreempt = false; // a Preempt fell on a schedule() point: lands at the next step boundary
    uint64_t m_deferredPoint = 0;
    bool m_diverged = false;        // after a divergence the rest of the run is free
    std::vector<ScheduleChoice> m_applied;
    bool m_probing = false;
    ProbeOptions m_probeOpts;
    std::optional<PointProbe> m_probe;
    std::vector<uint32_t> m_varStr;  // Access::var -> interned name + 1 (0 = not yet)
    // Invariant mode: the state rebuilt from the trace so far (checkKeyframe).
    std::unique_ptr<trace::SchedState> m_invReplay;
    size_t m_invApplied = 0;
    uint32_t varString(uint32_t var);
};

} // namespace gsl::runtime
