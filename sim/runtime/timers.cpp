// timers.cpp — per-P timers, time.Sleep and the channels of time.After /
// NewTimer / Tick (go-runtime.md §4.2; time.go).
//
// A timer lives in its P's heap and is run by whoever checks that P's timers:
// its owner in findRunnable, or a thief in stealWork's last round; the G it
// readies goes to runnext of the P that ran it.
// Simplification: Go parks one M in netpoll until the earliest timer; we
// model that with an engine event at the deadline: if the owner P is idle it
// gets an M after timerLatency (the wake-up overshoot), otherwise wakep().
#include "sim/runtime/simulation.h"

#include <algorithm>
#include <functional>

namespace gsl::runtime {

using trace::EvKind;

namespace {
constexpr uint16_t kEvTimerDue = 2;
constexpr uint16_t kEvMDelay = 1;
}

int32_t Simulation::addTimer(int32_t pid, SimTime when, int32_t sleeper, program::ObjId chan, program::ObjId obj,
                             SimDur period)
{
    int32_t id;
    if (!m_freeTimers.empty()) {
        id = m_freeTimers.back();
        m_freeTimers.pop_back();
    } else {
        id = int32_t(m_timers.size());
        m_timers.emplace_back();
    }
    Timer &t = m_timers[size_t(id)];
    const uint32_t gen = t.gen + 1;
    t = Timer{};
    t.gen = gen;
    t.active = true;
    t.when = when;
    t.period = period;
    t.p = pid;
    t.sleeper = sleeper;
    t.chan = chan;
    t.obj = obj;
    armTimer(id);
    return id;
}

void Simulation::armTimer(int32_t id)
{
    Timer &t = m_timers[size_t(id)];
    auto &heap = m_ps[size_t(t.p)].timers;
    heap.emplace_back(t.when, id);
    std::push_heap(heap.begin(), heap.end(), std::greater<>());
    // An expired timer moved by procresize (moveTimers) is due now.
    m_q.schedule(std::max(t.when, m_q.now()), kEvTimerDue, uint32_t(id), t.gen);
}

// checkTimers runs pp's expired timers; Gs they ready go to runOnP's runnext.
void Simulation::checkTimers(P &pp, int32_t runOnP)
{
    auto &heap = pp.timers;
    while (!heap.empty() && heap.front().first <= m_q.now()) {
        const auto [when, id] = heap.front();
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        heap.pop_back();
        const Timer &t = m_timers[size_t(id)];
        if (!t.active || t.p != pp.id || t.when != when) continue;
        runTimer(id, runOnP);
    }
}

void Simulation::runTimer(int32_t id, int32_t runOnP)
{
    Timer &t = m_timers[size_t(id)];
    emit(EvKind::TimerFire, t.sleeper, runOnP, -1, id);
    if (t.sleeper != 0) {
        G &gp = g(t.sleeper);
        t.active = false;
        ++t.gen;
        m_freeTimers.push_back(id);
        if (gp.status == GStatus::Waiting && gp.parkSeq == t.sleeperSeq) goready(gp, 0, runOnP);
        return;
    }
    const program::ObjId c = t.chan;
    if (t.period > 0) {
        // Tick: next deadline on the period grid; a full buffer drops the tick.
        const SimTime now = m_q.now();
        t.when += t.period * (1 + (now - t.when) / t.period);
        ++t.gen;
        armTimer(id);
    } else {
        t.active = false;
        ++t.gen;
    }
    timerSend(c, runOnP);
}

void Simulation::timerDue(int32_t id, uint32_t gen)
{
    const Timer &t = m_timers[size_t(id)];
    if (t.gen != gen || !t.active || m_finished || m_worldStopped) return;
    P &owner = m_ps[size_t(t.p)];
    if (owner.status == PStatus::Idle && !owner.reserved) {
        auto it = std::find(m_pidle.begin(), m_pidle.end(), owner.id);
        if (it != m_pidle.end()) {
            m_pidle.erase(it);
            startm(owner.id, false);
            // The M blocked in netpoll wakes at the deadline plus the overshoot.
            M &m = m_ms[size_t(std::find_if(m_ms.begin(), m_ms.end(), [&](const M &x) { return x.nextp == owner.id; })->id)];
            ++m.gen;
            m_q.schedule(m_q.now() + engine::drawLatency(m_prof.timerLatencyQuantiles, m_prof.timerLatency, m_rngLatency), kEvMDelay, uint32_t(m.id), m.gen);
            return;
        }
    }
    wakep();
}

// expiredTimerOn: pp holds a live timer whose deadline has passed.
bool Simulation::expiredTimerOn(const P &pp) const
{
    for (const auto &[when, id] : pp.timers) {
        const Timer &t = m_timers[size_t(id)];
        if (when <= m_q.now() && t.active && t.p == pp.id && t.when == when) return true;
    }
    return false;
}

bool Simulation::anyTimerPending() const
{
    for (const Timer &t : m_timers)
        if (t.active) return true;
    return false;
}

SimTime Simulation::nextTimerWhen(const P &pp) const
{
    SimTime best = -1;
    for (const auto &[when, id] : pp.timers) {
        const Timer &t = m_timers[size_t(id)];
        if (t.active && t.p == pp.id && t.when == when && (best < 0 || when < best)) best = when;
    }
    return best;
}

} // namespace gsl::runtime
