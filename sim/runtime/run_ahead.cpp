// run_ahead.cpp — what a goroutine may run ahead of the next event: the
// environment of a closed-form loop's run-ahead (StepEnv::aheadNs, sync,
// clock; sim/program/interp_loop.cpp) and the runtime's side of AheadClock.
// The Mutex side (SyncView::mutexIdle) is in sema.cpp, the pair run-ahead in
// joint_ahead.cpp.
#include "sim/runtime/simulation.h"

namespace gsl::runtime {

// setAhead: a goroutine may run memory steps of a closed-form loop at once
// (loop_accel.h) while nothing else can happen in the process: before the
// next event in the queue (another M's step, a timer, sysmon, the host), on a
// CPU it keeps, with no forced schedule, recorded points or probe (they stop
// at single steps), no preemption pending, and no first-run cost waiting for
// the next step. A skipped step too small for jitter to change draws nothing
// (jitter() leaves it alone); larger ones are charged one by one through
// AheadClock (maxDuration, duration: each draws as work() would, in the same
// order), so the jitter stream ends where the separate steps would leave it.
// Under a CFS quota too: the host charges a stint's CPU time to the CPU's
// local budget and the period's use when the stint is closed (Host::account),
// and one stint of the sum charges what the separate ones would; the moments
// the local budget runs out (LocalOut) and the period ends are events in the
// queue, so the steps run ahead all complete before either, and the LocalOut
// time each step's runWork would re-arm is the same absolute time (local
// budget left minus the time run since).
void Simulation::setAhead(const M &m, const G &gp, program::StepEnv &env)
{
    if (!m_cfg.runAhead || !m_cfg.schedule.empty() || m_cfg.recordPoints || m_probing || m_deferredPreempt ||
        m_freezing || gp.preempt || gp.afterCost != 0 || !m_host->onCpu(m.id))
        return;
    const SimTime limit = m_cfg.budgets.maxSimTime;
    const SimTime next = m_q.empty() ? limit : std::min(m_q.top().time, limit);
    if (next <= m_q.now()) return;
    env.aheadNs = next - m_q.now();
    env.aheadStepNs = m_aheadStepNs;
    const uint64_t maxSteps = m_cfg.budgets.maxSteps;
    env.aheadMaxSteps = m_res.steps < maxSteps ? maxSteps - m_res.steps : 0;
    env.sync = this;
    env.clock = this;
}

// maxDuration (program::AheadClock): jitter() scales d by at most 1 + jitter
// and rounds to the nearest ns.
SimDur Simulation::maxDuration(SimDur d) const
{
    if (d <= 0 || jitterKeeps(d)) return d;
    return SimDur(double(d) * (1.0 + m_prof.jitter)) + 1;
}

} // namespace gsl::runtime
