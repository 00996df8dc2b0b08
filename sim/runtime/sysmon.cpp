// sysmon.cpp — sysmon and what it drives (go-runtime.md §3, §5.4, §6.3):
// retake/preemptone (10 ms per schedtick), checkdead, schedtrace, and
// procresize for runtime.GOMAXPROCS(n) and Go 1.25's periodic update.
//
// Simplification: sysmon's M does not occupy a CPU (each pass takes well
// under a µs), but it is frozen with every other thread while no CPU can run
// the cgroup's threads (all throttled or out of budget): a tick due then runs
// at the refill.
#include "sim/runtime/simulation.h"

#include "sim/trace/schedtrace.h"
#include "sim/trace/wait_reason.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::runtime {

using trace::EvKind;

namespace {
constexpr uint16_t kEvSysmon = 3;
constexpr SimDur kForcePreemptNS = 10 * kMillisecond;
}

void Simulation::sysmonTick()
{
    if (m_finished) return;
    // sysmon is a thread of the group too: while no CPU can run the group's
    // threads it is frozen with them; a tick due then runs at the refill.
    if (!m_host->canRun()) {
        m_q.schedule(m_host->throttledUntil(), kEvSysmon, 0, ++m_sysmonGen);
        return;
    }
    const SimTime now = m_q.now();
    if (m_cfg.schedtraceMs > 0 && now >= m_nextSchedtrace) {
        printSchedtrace();
        m_nextSchedtrace = now + m_cfg.schedtraceMs * kMillisecond;
    }
    // Go 1.25+: re-evaluate the default GOMAXPROCS at most once a second.
    if (m_cfg.go.containerAwareMaxProcs() && !m_customGomaxprocs && m_cfg.policy == MaxProcsPolicy::Runtime &&
        now - m_lastGomaxprocsUpdate >= kSecond) {
        m_lastGomaxprocsUpdate = now;
        // Simplification: the quota never changes during a run, so the
        // re-evaluated value is the initial one; nothing to resize.
    }
    // Deep sleep when every P is idle (sysmon waits on sysmonnote).
    if (int(m_pidle.size()) == m_gomaxprocs && m_cfg.schedtraceMs == 0) {
        m_sysmonSleeping = true;
        return;
    }
    retake();
    // retake reports only syscall retakes, which this model has none of, so
    // the back-off always grows: 20 µs for 50 rounds, then doubling to 10 ms.
    if (m_sysmonIdle == 0)
        m_sysmonDelay = 20 * kMicrosecond;
    else if (m_sysmonIdle > 50)
        m_sysmonDelay *= 2;
    if (m_sysmonDelay > 10 * kMillisecond) m_sysmonDelay = 10 * kMillisecond;
    ++m_sysmonIdle;
    // usleep(delay) (nanosleep) sleeps longer than asked: timer slack (50 µs)
    // and the host's wake-up latency. The overshoot is the one stealWork's
    // usleep(3) shows on the same machine (stealBackoffQuantiles, measured by
    // BenchmarkUsleep3): its sample minus the 3 µs asked. Measured on a
    // 2-vCPU VM (2026-11-29): mutex_starvation.go at GOMAXPROCS=1 waits two
    // 10 ms preemptions, 20.17-20.33 ms in 40 real runs; 20.20-20.26 ms
    // simulated with the overshoot, exactly 20.000 ms without it.
    // Simplification: the overshoot does not depend on the length asked.
    const SimDur overshoot =
        std::max<SimDur>(0, engine::drawLatency(m_prof.stealBackoffQuantiles, m_prof.stealBackoff, m_rngSysmon) -
                                3 * kMicrosecond);
    m_q.schedule(now + m_sysmonDelay + overshoot, kEvSysmon, 0, ++m_sysmonGen);
}

// retake: a P whose schedtick did not move for 10 ms gets its G preempted.
void Simulation::retake()
{
    const SimTime now = m_q.now();
    for (int i = 0; i < m_gomaxprocs; ++i) {
        P &pp = m_ps[size_t(i)];
        if (pp.status != PStatus::Running) continue;
        if (pp.sysmonSchedtick != pp.schedtick) {
            pp.sysmonSchedtick = pp.schedtick;
            pp.schedwhen = now;
        } else if (pp.schedwhen + kForcePreemptNS <= now) {
            preemptone(pp);
        }
    }
}

void Simulation::preemptone(P &pp)
{
    if (pp.curg == 0) return;
    G &gp = g(pp.curg);
    if (gp.status != GStatus::Running) return;
    if (!gp.preempt) emit(EvKind::Retake, gp.goid, pp.id, pp.m, 0);
    gp.preempt = true;
}

// checkdead (called when an M goes idle): no M running, no G runnable, and
// no timer pending means nothing can ever happen again.
void Simulation::checkdead()
{
    if (m_finished || m_exiting || m_freezing) return;
    for (const M &m : m_ms)
        if (!m.idle && !m.sysmon) return;
    int waiting = 0;
    for (const G &gp : m_gs) {
        if (gp.goid == 0) continue;
        if (gp.status == GStatus::Runnable || gp.status == GStatus::Running)
            throw std::logic_error("checkdead: runnable g");
        waiting += gp.status == GStatus::Waiting && !gp.system;  // isSystemGoroutine: not counted
    }
    if (waiting == 0) {
        doFatal(nullptr, "no goroutines (main called runtime.Goexit) - deadlock!");
        return;
    }
    if (anyTimerPending()) return;
    if (m_cfg.race) return;  // golang/go#20588: a race build hangs instead
    std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
    for (const G &gp : m_gs) {
        if (gp.goid == 0 || gp.status != GStatus::Waiting || gp.system) continue;  // GOTRACEBACK=single hides them
        out += "\ngoroutine " + std::to_string(gp.goid) + " [" + std::string(trace::waitReasonString(gp.waitReason)) +
               "]:\n" + m_exec.traceback(gp.ctx) + m_exec.createdBy(gp.ctx);
    }
    m_res.stderrText += out;
    emit(EvKind::Fatal, 0, -1, -1, int32_t(m_res.trace.intern("fatal error: all goroutines are asleep - deadlock!")));
    // throw -> fatalthrow -> startpanic_m -> freezetheworld: 2 ms (nothing runs).
    finish(2, freezeTheWorldTime(-1));
}

void Simulation::printSchedtrace()
{
    m_res.stderrText += trace::formatSchedtrace(snapshot(), m_cfg.scheddetail);
}

// stopTheWorldResize: runtime.GOMAXPROCS(n) from G gp on M m. Stop the
// world (every other P's G to the global tail, its M parked), procresize,
// start the world (Ps with work get Ms, then one wakep).
// Simplification: the STW itself takes no simulated time.
bool Simulation::stopTheWorldResize(M &m, G &gp, int n)
{
    m_customGomaxprocs = true;
    emit(EvKind::STWStart, gp.goid, m.p, m.id, 1);
    for (M &om : m_ms) {
        if (om.id == m.id || om.sysmon) continue;
        // The main thread in the race runtime's exit sleep (__tsan_fini via
        // racecall on g0) is in C code: no safe point, so it never stops.
        if (om.phase == MPhase::Exiting) continue;
        if (om.phase == MPhase::Waking && om.nextp >= 0) {
            // Its reserved P goes back to the idle list; mWoken will find it gone.
            P &rp = m_ps[size_t(om.nextp)];
            rp.reserved = false;
            pidleput(rp.id);
            om.nextp = -1;
            continue;
        }
        if (om.p < 0) continue;
        P &op = m_ps[size_t(om.p)];
        if (op.curg != 0) {
            G &og = g(op.curg);
            if (og.status == GStatus::Running) {
                og.status = GStatus::Runnable;
                og.preempt = false;
                emit(EvKind::GoPreempt, og.goid, op.id, om.id, 0);
                op.curg = 0;
                om.curg = 0;
                globrunqput(og.goid, trace::GlobWhy::Preempt);
            }
        }
        if (om.spinning) {
            om.spinning = false;
            --m_nmspinning;
            emit(EvKind::MSpinStop, 0, op.id, om.id);
        }
        const int32_t pid = op.id;
        releasep(om);
        pidleput(pid);
        om.idle = true;
        om.phase = MPhase::Parked;
        ++om.gen;
        m_host->release(om.id);
        m_midle.push_back(om.id);
        emit(EvKind::MPark, 0, -1, om.id);
    }
    if (m_exiting) {
        // stopTheWorldWithSema waits for every P; the exiting main thread's P
        // never stops, so the caller waits (its thread asleep on sched.stopnote)
        // until the process exits at the end of the sleep, and the world stays
        // stopped: no other P runs user code again.
        m_worldStopped = true;
        m_host->release(m.id);
        return false;
    }
    procresize(n);
    // The caller keeps running; if its P died it moves to P0.
    if (m.p >= m_gomaxprocs) {
        P &dead = m_ps[size_t(m.p)];
        emit(EvKind::ProcStop, 0, dead.id, m.id, 1);
        dead.m = -1;
        dead.curg = 0;
        dead.status = PStatus::Dead;
        m.p = -1;
        m_pidle.erase(std::find(m_pidle.begin(), m_pidle.end(), 0));
        acquirep(m, 0);
        m_ps[0].curg = gp.goid;
        gp.p = 0;
    }
    emit(EvKind::STWDone, gp.goid, m.p, m.id);
    for (int i = 0; i < m_gomaxprocs; ++i) {
        P &pp = m_ps[size_t(i)];
        if (pp.status == PStatus::Idle && !pp.reserved && (pp.runqsize() > 0 || pp.runnext != 0)) {
            m_pidle.erase(std::find(m_pidle.begin(), m_pidle.end(), pp.id));
            startm(pp.id, false);
        }
    }
    wakep();
    return true;
}

// procresize(n) inside STW: destroyed Ps' Gs (ring tail first, then runnext)
// go to the global head, their timers to P0; new Ps start idle.
void Simulation::procresize(int n)
{
    const int old = m_gomaxprocs;
    if (n < old) {
        for (int i = n; i < old; ++i) {
            P &pp = m_ps[size_t(i)];
            while (pp.runqtail != pp.runqhead) {
                --pp.runqtail;
                globrunqputhead(pp.runq[pp.runqtail % kRunqSize], pp.id);
            }
            if (pp.runnext != 0) {
                globrunqputhead(pp.runnext, pp.id);
                pp.runnext = 0;
            }
            for (const auto &[when, id] : pp.timers) {
                Timer &t = m_timers[size_t(id)];
                if (!t.active || t.p != pp.id || t.when != when) continue;
                t.p = 0;
                ++t.gen;
                armTimer(id);
            }
            pp.timers.clear();
            m_gFreeGlobal += pp.gFree; // (*p).destroy: gfpurge
            pp.gFree = 0;
            if (pp.status == PStatus::Idle && pp.m < 0) {
                auto it = std::find(m_pidle.begin(), m_pidle.end(), pp.id);
                if (it != m_pidle.end()) m_pidle.erase(it);
            }
        }
    }
    if (size_t(n) > m_ps.size()) {
        const size_t from = m_ps.size();
        m_ps.resize(size_t(n));
        for (size_t i = from; i < m_ps.size(); ++i) m_ps[i].id = int32_t(i);
    }
    for (int i = 0; i < n; ++i) {
        P &pp = m_ps[size_t(i)];
        if (pp.status == PStatus::Dead) {
            pp.status = PStatus::Idle;
            pp.mallocWarm = false;   // p.init allocates it a new, empty mcache (destroy freed the old one)
        }
    }
    for (int i = n; i < int(m_ps.size()); ++i)
        if (m_ps[size_t(i)].m < 0) m_ps[size_t(i)].status = PStatus::Dead;
    // Rebuild the idle list so pidleget hands out the lowest id first.
    m_pidle.clear();
    for (int i = n - 1; i >= 0; --i) {
        const P &pp = m_ps[size_t(i)];
        if (pp.status == PStatus::Idle && pp.m < 0 && !pp.reserved) m_pidle.push_back(i);
    }
    m_gomaxprocs = n;
    resetStealOrder();
    emit(EvKind::GoMaxProcs, 0, -1, -1, n, old);
}

} // namespace gsl::runtime
