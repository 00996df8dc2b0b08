// simulation.cpp — the engine loop of one simulated process: start-up
// (schedinit + runtime.main), event dispatch, trace emission, budgets and exit.
#include "sim/runtime/simulation.h"

#include "sim/trace/wait_reason.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::runtime {

using trace::EvKind;

namespace {
enum RtEvent : uint16_t { EvMDelay = 1, EvTimerDue = 2, EvSysmon = 3 };
}

Simulation::Simulation(program::Executor &exec, const RunConfig &cfg)
    : m_exec(exec), m_cfg(cfg), m_prof(cfg.machine ? *cfg.machine : defaultProfile()),
      m_rngSteal(cfg.seed, uint64_t(engine::RngStream::Steal)),
      m_rngSelect(cfg.seed, uint64_t(engine::RngStream::Select)),
      m_rngJitter(cfg.seed, uint64_t(engine::RngStream::Jitter)),
      m_rngRace(cfg.seed, uint64_t(engine::RngStream::RaceRunnext)),
      m_rngShuffle(cfg.seed, uint64_t(engine::RngStream::RaceShuffle)),
      m_rngLatency(cfg.seed, uint64_t(engine::RngStream::Latency)),
      m_rngCold(cfg.seed, uint64_t(engine::RngStream::Cold)),
      m_rngSysmon(cfg.seed, uint64_t(engine::RngStream::Sysmon))
{
    const SimDur quota = cfg.quotaUs > 0 ? cfg.quotaUs * kMicrosecond : -1;
    m_host = std::make_unique<host::Host>(m_q, cfg.cpus, quota, cfg.periodUs * kMicrosecond, m_prof.osTimeSlice);
    m_res.trace.setStoreEvents(cfg.recordTrace);
    m_aheadStepNs = m_prof.jitter > 0 ? SimDur(0.49 / m_prof.jitter) : SimDur(1) << 40;
    while (m_aheadStepNs > 0 && !jitterKeeps(m_aheadStepNs)) --m_aheadStepNs;   // floating-point rounding
}

Simulation::~Simulation() = default;

SimDur Simulation::jitter(SimDur d)
{
    // No draw when it could not change d (d * f rounds back to d for every f
    // in [1 - jitter, 1 + jitter] while d * jitter < 0.5; 0.49 leaves room for
    // floating-point rounding): the stream then moves only for costs it can
    // change, so a closed-form loop (loop_accel.h) that skips many such small
    // steps leaves it exactly where running them would have.
    if (d <= 0 || jitterKeeps(d)) return d;
    const double f = 1.0 + m_prof.jitter * (2.0 * m_rngJitter.unit() - 1.0);
    return std::max<SimDur>(0, SimDur(double(d) * f + 0.5));
}

void Simulation::emit(EvKind k, int32_t g, int32_t p, int32_t m, int32_t a, int32_t b, int32_t c, uint8_t reason)
{
    // quotaUsed as trace::apply derives it (EVENTS.md), so keyframes match replay.
    m_derivedQuotaUsed += (m_q.now() - m_lastEmitTime) * trace::cfsRunning(m_nmcpu, m_cfg.cpus, m_derivedThrottledCpus);
    m_lastEmitTime = m_q.now();
    switch (k) {
    case EvKind::MStart: m_nmcpu += b == 0; break;
    case EvKind::MWake: ++m_nmcpu; break;
    case EvKind::MPark: --m_nmcpu; break;
    case EvKind::CfsPeriod: m_derivedQuotaUsed = 0; break;
    case EvKind::Throttle: m_derivedThrottledCpus += 1; break;
    case EvKind::Unthrottle: m_derivedThrottledCpus -= 1; break;
    default: break;
    }
    trace::TraceEvent e;
    e.time = m_q.now();
    e.kind = k;
    e.reason = reason;
    e.p = int16_t(p);
    e.g = g;
    e.m = m;
    e.a = a;
    e.b = b;
    e.c = c;
    m_res.trace.push(e);
    // G.line as trace::apply keeps it (EVENTS.md): the last line an event named.
    if (g > 0 && size_t(g) < m_gs.size()) {
        if (k == EvKind::GoCreate)
            m_gs[size_t(g)].line = b;
        else if (c != 0 && (k == EvKind::GoPark || (k >= EvKind::MemRead && k <= EvKind::OnceDone)))
            m_gs[size_t(g)].line = c;
    }
}

void Simulation::work(M &m, SimDur d, MPhase phase, SimDur exact)
{
    m.phase = phase;
    ++m.gen;
    m_host->runWork(m.id, jitter(d) + exact);
}

void Simulation::delay(M &m, SimDur d, MPhase phase)
{
    m.phase = phase;
    ++m.gen;
    m_host->release(m.id);
    m_q.schedule(m_q.now() + d, EvMDelay, uint32_t(m.id), m.gen);
}

// start is schedinit + the first schedule on M0: Ps, M0 holding P0, the main
// goroutine in P0's runnext, and sysmon (started by runtime.main).
void Simulation::start()
{
    m_gomaxprocs = initialGomaxprocs(m_cfg);
    m_customGomaxprocs = m_cfg.gomaxprocs.has_value() || m_cfg.env.count("GOMAXPROCS");
    m_res.gomaxprocsInitial = m_gomaxprocs;
    m_ps.resize(size_t(m_gomaxprocs));
    m_ps[0].mallocWarm = true;   // the runtime's initialisation allocated through P0's mcache (cold.cpp)
    trace::SchedState init;
    init.gomaxprocs = m_gomaxprocs;
    init.cpus = m_cfg.cpus;
    init.ps.resize(size_t(m_gomaxprocs));
    init.npidle = m_gomaxprocs;
    // go1.19 runtime.main before main.main (proc.go main, mgc.go gcenable):
    // the runtime's init starts forcegchelper (goid 2), gcenable starts
    // bgsweep (3) and bgscavenge (4) and waits until both have parked. They
    // stay parked (sysmon's 2-minute forced GC and the GC are not modelled).
    // They are system goroutines (isSystemGoroutine): not in NumGoroutine
    // (gcount subtracts sched.ngsys), not in checkdead's count or its listing.
    const program::GoStartup startup = m_exec.goStartup();
    static constexpr int32_t kSystemWait[] = {trace::wait::ForceGCIdle, trace::wait::GCSweepWait,
                                              trace::wait::GCScavengeWait};
    // runfinq (created by os's init, go 1.19 mfinal.go createfing): with one
    // P it waits in P0's runnext for main.main (startFinalizer). With more Ps,
    // the M that createfing's wakep woke has stolen it after its runnext
    // backoff, run it until it parked, and parked itself again before
    // main.main: the rest of a fresh process's package initialisation takes
    // longer than that. Measured: at main.main's first go statement P1 is idle
    // and is woken (wake_p1.go: the goroutine it steals starts p50 35 us later,
    // not within the ~1 us of a spinning M). Simplification: that history is
    // not replayed; runfinq starts parked, as the three above.
    const bool finqParked = startup.finalizer && startup.runtimeGoroutines && m_gomaxprocs > 1;
    const int32_t nsys = startup.runtimeGoroutines ? (finqParked ? 4 : 3) : 0;
    init.gs.resize(size_t(nsys + 2) > 2 ? size_t(nsys + 2) : 1);
    for (int32_t i = 0; i < nsys; ++i) {
        trace::GState &sg = init.gs[size_t(2 + i)];
        sg.goid = 2 + i;
        sg.status = GStatus::Waiting;
        sg.waitReason = i < 3 ? kSystemWait[i] : trace::wait::FinalizerWait;
        sg.creator = 1;
    }
    m_res.trace.setInitialState(std::move(init));
    for (int i = 0; i < m_gomaxprocs; ++i) m_ps[size_t(i)].id = i;
    for (int i = m_gomaxprocs - 1; i >= 0; --i) m_pidle.push_back(i);
    resetStealOrder();
    m_gs.resize(1);

    M &m0 = newm(false, false, -1);
    const int32_t p0 = pidleget();
    acquirep(m0, p0);
    G main;
    main.goid = 1;
    main.ctx = m_exec.startMain();
    main.status = GStatus::Runnable;
    m_gs.push_back(main);
    ++m_live;
    ++m_res.goroutinesCreated;
    for (int32_t i = 0; i < nsys; ++i) {
        G sg;
        sg.goid = 2 + i;
        sg.status = GStatus::Waiting;
        sg.waitReason = i < 3 ? kSystemWait[i] : trace::wait::FinalizerWait;
        sg.creator = 1;
        sg.system = true;
        m_gs.push_back(sg);
    }
    m_pendingFinalizer = startup.finalizer && !finqParked;
    emit(EvKind::GoCreate, 1, p0, m0.id, 0, 0);
    // Simplification: main gets a fresh time slice (schedtick 1) on P0; the
    // real main may have moved to another P while gcenable waited.
    runqput(m_ps[size_t(p0)], 1, false);
    if (startup.runtimeGoroutines && m_gomaxprocs > 1) {
        // The `go forcegchelper()` of the runtime's init called wakep with an
        // idle P and no idle M, so newm started an M; it found nothing to
        // steal for long and parked (stopm). main.main's first wakep wakes
        // this M (futex, wakeupLatency) instead of creating a thread.
        M &m1 = newm(false, false, -1);
        stopm(m1);
    }
    M &sm = newm(false, true, -1);
    m_sysmonM = sm.id;
    m_q.schedule(m_q.now() + m_sysmonDelay, EvSysmon, 0, m_sysmonGen);
    if (m_cfg.schedtraceMs > 0) m_nextSchedtrace = 0;
    schedule(m_ms[0]);
}

void Simulation::dispatch(const engine::Event &e)
{
    if (e.kind >= 1000) {
        if (m_host->onEvent(e)) handleHostNotes();
        return;
    }
    switch (e.kind) {
    case EvMDelay: {
        M &m = m_ms[e.id];
        if (e.gen != m.gen) return;
        switch (m.phase) {
        case MPhase::Waking: mWoken(m); break;
        case MPhase::Backoff: backoffDone(m); break;
        case MPhase::Freezing: freezeDone(m); break;
        case MPhase::Exiting: {
            G &gp = g(1);
            emit(EvKind::GoEnd, 1, gp.p, m.id);
            gp.status = GStatus::Dead;
            finish(0);
            break;
        }
        default: break;
        }
        break;
    }
    case EvTimerDue: timerDue(int32_t(e.id), e.gen); break;
    case EvSysmon:
        if (e.gen == m_sysmonGen) sysmonTick();
        break;
    }
    handleHostNotes();
}

void Simulation::handleHostNotes()
{
    auto &notes = m_host->notes();
    for (size_t i = 0; i < notes.size() && !m_finished; ++i) {
        const host::HostNote n = notes[i];
        switch (n.kind) {
        case host::HostNote::WorkDone: {
            M &m = m_ms[size_t(n.thread)];
            switch (m.phase) {
            case MPhase::Step: performStep(m); break;
            case MPhase::Sched: findRunnable(m); break;
            case MPhase::Steal: stealStep(m); break;
            default: break;
            }
            break;
        }
        case host::HostNote::CpuRun: emit(EvKind::CpuRun, 0, m_ms[size_t(n.thread)].p, n.thread, n.cpu); break;
        case host::HostNote::CpuPreempt: emit(EvKind::CpuPreempt, 0, m_ms[size_t(n.thread)].p, n.thread, n.cpu); break;
        case host::HostNote::CfsPeriod: emit(EvKind::CfsPeriod, 0, -1, -1, int32_t(n.a), n.thread); break;
        case host::HostNote::Throttle: emit(EvKind::Throttle, 0, -1, -1, n.cpu); break;
        case host::HostNote::Unthrottle: emit(EvKind::Unthrottle, 0, -1, -1, n.cpu); break;
        }
    }
    notes.clear();
}

bool Simulation::runUntil(size_t events)
{
    if (m_finished) return false;
    if (m_q.now() == 0 && m_ms.empty()) start();
    const auto &b = m_cfg.budgets;
    size_t nextKey = m_res.trace.keyframes().empty() ? 0 : m_res.trace.keyframes().back().eventIndex + m_cfg.keyframeEvery;
    while (!m_finished && m_res.trace.pushed() < events) {
        if (m_q.empty()) {
            // Nothing can ever happen again: only a race build gets here
            // (checkdead is off, golang/go#20588). The process would hang.
            m_q.advanceTo(std::max(m_q.now(), b.maxSimTime));
            m_res.hung = true;
            stopBudget("all goroutines are asleep; a -race build never reports this deadlock (golang/go#20588), "
                       "the process hangs until killed",
                       "--max-time", std::to_string(b.maxSimTime / kMillisecond) + "ms");
            break;
        }
        if (m_q.top().time > b.maxSimTime) {
            m_q.advanceTo(b.maxSimTime);
            stopBudget("simulated time", "--max-time", std::to_string(b.maxSimTime / kMillisecond) + "ms");
            break;
        }
        const engine::Event e = m_q.pop();
        ++m_res.schedEvents;
        dispatch(e);
        if (m_finished) break;
        if (m_res.steps > b.maxSteps) {
            stopBudget("steps", "--max-steps", std::to_string(b.maxSteps));
            break;
        }
        if (m_res.trace.pushed() >= b.maxTraceEvents) {
            stopBudget("trace events", "--max-events", std::to_string(b.maxTraceEvents));
            break;
        }
        if (uint32_t(m_live) > b.maxGoroutines) {
            stopBudget("live goroutines", "--max-goroutines", std::to_string(b.maxGoroutines));
            break;
        }
        if (m_cfg.checkInvariants) checkInvariants();
        if (m_cfg.keyframeEvery > 0 && m_cfg.recordTrace && m_res.trace.pushed() >= nextKey) {
            m_res.trace.addKeyframe(m_res.trace.pushed(), snapshot());
            if (m_cfg.checkInvariants) checkKeyframe(m_res.trace.keyframes().back().state);
            // A snapshot costs O(Gs + Ms + Ps) (28 bytes per G); spacing
            // keyframes at least 4x that many events (8x beyond 256 Gs) keeps
            // their memory under ~4-7 bytes per event even with 100,000
            // goroutines, so a recorded event costs at most ~31 bytes all-in
            // (24 packed, event_store.h). Small states keep 4x (tests and the
            // GUI want keyframes in short runs).
            const size_t stateSize = m_gs.size() + m_ms.size() + 8 * m_ps.size();
            const size_t factor = m_gs.size() > 256 ? 8 : 4;
            nextKey = m_res.trace.pushed() + std::max<size_t>(m_cfg.keyframeEvery, factor * stateSize);
        }
    }
    return !m_finished;
}

RunResult Simulation::run()
{
    while (runUntil(SIZE_MAX)) {
    }
    return takeResult();
}

RunResult Simulation::takeResult()
{
    return std::move(m_res);
}

void Simulation::stopBudget(const std::string &what, const char *flag, const std::string &limit)
{
    const bool hang = m_res.hung;
    const std::string msg = hang ? what + " (stopped at the " + limit + " time budget; raise it with " + flag + ")"
                                 : "budget: " + what + " limit " + limit + " reached; raise it with " + flag;
    emit(EvKind::Budget, 0, -1, -1, int32_t(m_res.trace.intern(msg)));
    m_res.budgetHit = true;
    m_res.budgetMessage = msg;
    m_res.exitStatus = -1;
    m_finished = true;
    finishSchedule();
    m_host->finish();
    const auto &st = m_host->cfs();
    m_res.nrPeriods = st.nrPeriods;
    m_res.nrThrottled = st.nrThrottled;
    m_res.throttledTime = st.throttledTime;
    m_res.gomaxprocsFinal = m_gomaxprocs;
    m_res.endTime = m_q.now();
    m_res.events = m_res.trace.pushed();
    m_res.fingerprint = m_res.trace.fingerprint();
    m_res.trace.shrinkToFit();
}

void Simulation::killAll()
{
    for (G &gp : m_gs) {
        // System goroutines end with the process too, but unseen (Go prints
        // nothing about them; "still alive" is about the program's goroutines).
        if (gp.goid == 0 || gp.status == GStatus::Dead || gp.system) continue;
        emit(EvKind::GoKilled, gp.goid, gp.p, gp.m);
        gp.status = GStatus::Dead;
    }
}

// finish ends the process with `status`: every goroutine still alive is
// killed where it stands (main returning does not wait, spec "Program execution").
void Simulation::finish(int status, SimDur exitDelay)
{
    if (m_finished) return;
    killAll();
    if (exitDelay > 0) m_q.advanceTo(m_q.now() + exitDelay);
    emit(EvKind::Exit, 0, -1, -1, status);
    m_finished = true;
    finishSchedule();
    m_host->finish();
    const auto &st = m_host->cfs();
    m_res.exitStatus = status;
    m_res.nrPeriods = st.nrPeriods;
    m_res.nrThrottled = st.nrThrottled;
    m_res.throttledTime = st.throttledTime;
    m_res.gomaxprocsFinal = m_gomaxprocs;
    m_res.endTime = m_q.now();
    m_res.events = m_res.trace.pushed();
    m_res.fingerprint = m_res.trace.fingerprint();
    m_res.trace.shrinkToFit();
}

} // namespace gsl::runtime
