// schedule.cpp — schedule / findRunnable / stealWork and the M/P hand-offs
// (go-runtime.md §2; proc.go schedule, findRunnable, stealWork, wakep,
// startm, stopm, resetspinning, acquirep, releasep, pidleput, pidleget).
//
// Time model: findRunnable and each stealWork round cost
// MachineProfile::findRunnableCost of CPU on the M, so a spinning M finds
// work on a realistic scale; the usleep(3) backoff before stealing a running
// P's runnext costs stealBackoff off-CPU; an idle M woken by startm runs
// after wakeupLatency (threadCreateCost for a new M).
#include "sim/runtime/simulation.h"
#include "sim/runtime/steal_order.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::runtime {

using trace::EvKind;

// schedule: the M holding a P looks for the next G (cost, then findRunnable);
// extra: work the M did before it (a park's first-run costs, cold.cpp).
void Simulation::schedule(M &m, SimDur extra)
{
    if (m.p < 0) throw std::logic_error("schedule: M has no P");
    if (m_probing) probeAt(m, nullptr);
    schedulePoint(m);
    m_ps[size_t(m.p)].curg = 0;
    m.curg = 0;
    // go1.19 findRunnable starts with checkTimers(pp, 0), which reads the clock
    // (nanotime) only when the P has a timer (timer0When != 0): ~20 ns a
    // schedule, a tenth of an unbuffered ping-pong round trip. Simplification:
    // the heap here also holds stopped timers until their deadline passes, as
    // Go's holds deleted ones until checkTimers removes them; the clock reads of
    // stealWork's checks on other Ps' timers are not charged.
    const SimDur timers = m_ps[size_t(m.p)].timers.empty() ? 0 : m_prof.timerCheckCost;
    work(m, m_prof.findRunnableCost + timers + extra, MPhase::Sched);
}

// findRunnable's local part, in Go's order: timers, 1-in-61 fairness,
// runnext/ring, global batch; then spin-steal or give the P up.
void Simulation::findRunnable(M &m)
{
    if (m_freezing) return;   // sched.gcwaiting: gcstopm until the process exits (freezeTheWorld)
    P &pp = m_ps[size_t(m.p)];
    checkTimers(pp, pp.id);
    if (m.forcedPick != 0) {
        if (const int32_t forced = takeForced(m, pp)) {
            if (m.spinning) resetspinning(m);
            execute(m, forced, false);
            return;
        }
    }
    bool inherit = false;
    const int32_t goid = findRunnableLocal(pp, inherit);
    if (goid != 0) {
        if (m.spinning) resetspinning(m);
        execute(m, goid, inherit);
        return;
    }
    const int npidle = int(m_pidle.size());
    if (m.spinning || 2 * m_nmspinning < m_gomaxprocs - npidle) {
        if (!m.spinning) {
            m.spinning = true;
            ++m_nmspinning;
            emit(EvKind::MSpin, 0, m.p, m.id);
        }
        m.stealRound = 0;
        m.stealIdx = 0;
        m.stealStart = m_rngSteal.next32();
        m.stealStride = m_coprimes[m.stealStart % m_coprimes.size()];
        work(m, m_prof.findRunnableCost, MPhase::Steal);
        return;
    }
    giveUpP(m);
}

// findRunnableLocal: the 1-in-61 fairness check (one G from the global queue
// when schedtick % 61 == 0, so a full local queue cannot starve it), then
// runnext and the ring, then a global batch. 0: nothing here.
int32_t Simulation::findRunnableLocal(P &pp, bool &inheritTime)
{
    int32_t goid = 0;
    if (pp.schedtick % 61 == 0 && !m_globrunq.empty()) goid = globrunqget(pp, 1);
    if (goid == 0) goid = runqget(pp, inheritTime);
    if (goid == 0 && !m_globrunq.empty()) goid = globrunqget(pp, 0);
    return goid;
}

// stealStep runs the rest of the current stealWork round (4 rounds, random
// start, coprime stride; the last round also runs other Ps' timers and may
// take runnext).
void Simulation::stealStep(M &m)
{
    if (m_freezing) return;   // stealWork checks gcwaiting before each victim (freezeTheWorld)
    P &pp = m_ps[size_t(m.p)];
    const uint32_t n = uint32_t(m_gomaxprocs);
    const bool lastRound = m.stealRound == 3;
    // Performance: the position advances by the stride mod n, the same
    // sequence as stealPosition(start, idx, stride, n) without two divisions
    // per visited P (a round at GOMAXPROCS 256 visits 256 Ps).
    const uint32_t step = n == 0 ? 0 : m.stealStride % n;
    uint32_t pos = n == 0 ? 0 : stealPosition(m.stealStart, m.stealIdx, m.stealStride, n);
    for (; m.stealIdx < n; ++m.stealIdx, pos = pos + step >= n ? pos + step - n : pos + step) {
        if (int32_t(pos) == pp.id) continue;
        P &victim = m_ps[pos];
        if (lastRound) {
            checkTimers(victim, pp.id);
            bool inherit = false;
            if (const int32_t goid = runqget(pp, inherit)) {
                resetspinning(m);
                execute(m, goid, inherit);
                return;
            }
        }
        if (victim.status == PStatus::Idle) continue;
        bool backoff = false;
        if (const int32_t goid = runqsteal(pp, victim, lastRound, backoff)) {
            resetspinning(m);
            execute(m, goid, false);
            return;
        }
        if (backoff) {
            m.backoffVictim = int32_t(pos);
            delay(m, engine::drawLatency(m_prof.stealBackoffQuantiles, m_prof.stealBackoff, m_rngLatency), MPhase::Backoff);
            return;
        }
    }
    if (++m.stealRound < 4) {
        m.stealIdx = 0;
        m.stealStart = m_rngSteal.next32();
        m.stealStride = m_coprimes[m.stealStart % m_coprimes.size()];
        work(m, m_prof.findRunnableCost, MPhase::Steal);
        return;
    }
    giveUpP(m);
}

// backoffDone: after usleep(3), take the victim's runnext if still there.
void Simulation::backoffDone(M &m)
{
    P &pp = m_ps[size_t(m.p)];
    P &victim = m_ps[size_t(m.backoffVictim)];
    if (victim.runnext != 0 && victim.id < m_gomaxprocs) {
        const int32_t goid = victim.runnext;
        victim.runnext = 0;
        emit(EvKind::ProcSteal, goid, pp.id, m.id, 1, victim.id, 1);
        g(goid).p = pp.id;
        resetspinning(m);
        execute(m, goid, false);
        return;
    }
    ++m.stealIdx;
    // Continue the round where it stopped (runs on the CPU again).
    m.phase = MPhase::Steal;
    stealStep(m);
}

// giveUpP: last global check, release the P, the spinning M's re-check of
// every source ("delicate dance"), then stopm.
void Simulation::giveUpP(M &m)
{
    P &pp = m_ps[size_t(m.p)];
    if (!m_globrunq.empty()) {
        const int32_t goid = globrunqget(pp, 0);
        if (m.spinning) resetspinning(m);
        execute(m, goid, false);
        return;
    }
    const bool wasSpinning = m.spinning;
    if (wasSpinning) {
        m.spinning = false;
        --m_nmspinning;
        emit(EvKind::MSpinStop, 0, m.p, m.id);
    }
    const int32_t pid = m.p;
    releasep(m);
    pidleput(pid);
    if (wasSpinning) {
        bool work = !m_globrunq.empty();
        for (int i = 0; i < m_gomaxprocs && !work; ++i) {
            const P &q = m_ps[size_t(i)];
            work = q.status != PStatus::Idle && (q.runqsize() > 0 || q.runnext != 0);
        }
        if (work) {
            const int32_t np = pidleget();
            if (np >= 0) {
                acquirep(m, np);
                m.spinning = true;
                ++m_nmspinning;
                emit(EvKind::MSpin, 0, np, m.id);
                schedule(m);
                return;
            }
        }
    }
    // findRunnable then blocks in netpoll(pollUntil - now) with pollUntil
    // from this P's timers: a timer that expired while this M was looking
    // for work (its TimerDue found the P busy and a spinner already out) gives
    // delay 0, so the M takes an idle P and goes back to the top instead of
    // sleeping with the timer never run.
    if (expiredTimerOn(m_ps[size_t(pid)])) {
        const int32_t np = pidleget();
        if (np >= 0) {
            acquirep(m, np);
            schedule(m);
            return;
        }
    }
    stopm(m);
}

void Simulation::execute(M &m, int32_t goid, bool inheritTime)
{
    P &pp = m_ps[size_t(m.p)];
    G &gp = g(goid);
    if (gp.status != GStatus::Runnable)
        throw std::logic_error("execute: goroutine is not runnable");
    gp.status = GStatus::Running;
    gp.m = m.id;
    gp.p = pp.id;
    gp.preempt = false;
    pp.curg = goid;
    m.curg = goid;
    if (!inheritTime) ++pp.schedtick;
    emit(EvKind::GoStart, goid, pp.id, m.id, inheritTime ? 1 : 0);
    // The switch itself (gogo: the G's registers and stack) beyond the
    // findRunnable pass: MachineProfile::switchCost, 0 unless calibrated.
    if (gp.reqPending) {
        work(m, m_prof.switchCost, MPhase::Step);
    } else {
        gp.afterCost += m_prof.switchCost;
        stepG(m, gp);
    }
}

// resetspinning: a spinner found work; if it was the last, wake another.
void Simulation::resetspinning(M &m)
{
    m.spinning = false;
    --m_nmspinning;
    emit(EvKind::MSpinStop, 0, m.p, m.id);
    wakep();
}

void Simulation::wakep()
{
    if (m_worldStopped || m_nmspinning != 0 || m_pidle.empty()) return;
    const int32_t pid = pidleget();
    ++m_nmspinning;
    startm(pid, true);
}

// startm gives P pid to an idle M (or a new one); it runs after the wake-up
// latency. The P is reserved (off the idle list) meanwhile.
void Simulation::startm(int32_t pid, bool spinning)
{
    m_ps[size_t(pid)].reserved = true;
    if (!m_midle.empty()) {
        M &m = m_ms[size_t(m_midle.back())];
        m_midle.pop_back();
        m.idle = false;
        m.nextp = pid;
        m.spinning = spinning;
        emit(EvKind::MWake, 0, pid, m.id, spinning ? 1 : 0);
        delay(m, engine::drawLatency(m_prof.wakeupLatencyQuantiles, m_prof.wakeupLatency, m_rngLatency), MPhase::Waking);
        return;
    }
    M &m = newm(spinning, false, pid);
    m.nextp = pid;
    delay(m, engine::drawLatency(m_prof.threadCreateCostQuantiles, m_prof.threadCreateCost, m_rngLatency), MPhase::Waking);
}

M &Simulation::newm(bool spinning, bool sysmon, int32_t pid)
{
    M m;
    m.id = int32_t(m_ms.size());
    m.thread = m_host->addThread();
    m.spinning = spinning;
    m.sysmon = sysmon;
    m_ms.push_back(m);
    emit(EvKind::MStart, 0, pid, m.id, spinning ? 1 : 0, sysmon ? 1 : 0);
    return m_ms.back();
}

void Simulation::mWoken(M &m)
{
    const int32_t pid = m.nextp;
    m.nextp = -1;
    P *pp = pid >= 0 && pid < m_gomaxprocs ? &m_ps[size_t(pid)] : nullptr;
    if (!pp || !pp->reserved || pp->status != PStatus::Idle) {
        // The P went away meanwhile (procresize); nothing to do.
        if (m.spinning) {
            m.spinning = false;
            --m_nmspinning;
            emit(EvKind::MSpinStop, 0, -1, m.id);
        }
        stopm(m);
        return;
    }
    acquirep(m, pid);
    schedule(m);
}

void Simulation::stopm(M &m)
{
    if (m.p >= 0) throw std::logic_error("stopm: M holds a P");
    m.idle = true;
    m.phase = MPhase::Parked;
    ++m.gen;
    m_host->release(m.id);
    m_midle.push_back(m.id);
    emit(EvKind::MPark, 0, -1, m.id);
    checkdead();
}

void Simulation::acquirep(M &m, int32_t pid)
{
    P &pp = m_ps[size_t(pid)];
    if (pp.status != PStatus::Idle || pp.m >= 0)
        throw std::logic_error("acquirep: P is not idle");
    pp.status = PStatus::Running;
    pp.reserved = false;
    pp.m = m.id;
    m.p = pid;
    emit(EvKind::ProcStart, 0, pid, m.id);
    if (m_sysmonSleeping) {
        m_sysmonSleeping = false;
        m_sysmonDelay = 20 * kMicrosecond;
        m_sysmonIdle = 0;
        m_q.schedule(m_q.now() + m_sysmonDelay, 3, 0, ++m_sysmonGen);
    }
}

void Simulation::releasep(M &m)
{
    P &pp = m_ps[size_t(m.p)];
    emit(EvKind::ProcStop, 0, pp.id, m.id);
    pp.status = PStatus::Idle;
    pp.m = -1;
    pp.curg = 0;
    m.p = -1;
}

void Simulation::pidleput(int32_t pid)
{
    m_ps[size_t(pid)].reserved = false;
    m_pidle.push_back(pid);
}

int32_t Simulation::pidleget()
{
    if (m_pidle.empty()) return -1;
    const int32_t pid = m_pidle.back();
    m_pidle.pop_back();
    return pid;
}

} // namespace gsl::runtime
