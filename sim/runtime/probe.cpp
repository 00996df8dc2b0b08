// probe.cpp — stopping a run at its next scheduling point with a choice
// (probe.h): the hook Simulation::probeAt, called just before a point is
// counted, and the legal picks at a state.
#include "sim/runtime/probe.h"
#include "sim/runtime/simulation.h"

#include <algorithm>
#include <unordered_set>

namespace gsl::runtime {

std::vector<PickCandidate> legalPicks(const trace::SchedState &s, int32_t p, int32_t running)
{
    std::vector<PickCandidate> out;
    std::unordered_set<int32_t> seen;
    auto add = [&](int32_t goid, PickWhere w, int32_t onP, int32_t index) {
        if (goid <= 0 || goid == running || seen.count(goid)) return;
        const trace::GState *g = s.g(goid);
        if (!g || g->status != trace::GStatus::Runnable) return;
        seen.insert(goid);
        out.push_back({goid, w, onP, index});
    };
    auto queues = [&](int32_t q, bool own) {
        const trace::PState *ps = s.p(q);
        if (!ps) return;
        add(ps->runnext, own ? PickWhere::Runnext : PickWhere::OtherRunnext, q, 0);
        for (size_t i = 0; i < ps->runq.size(); ++i)
            add(ps->runq[i], own ? PickWhere::Runq : PickWhere::OtherRunq, q, int32_t(i));
    };
    if (p >= 0 && p < s.gomaxprocs) queues(p, true);
    for (size_t i = 0; i < s.globrunq.size(); ++i) add(s.globrunq[i], PickWhere::Global, -1, int32_t(i));
    // takeForced searches allp[0..gomaxprocs) in id order.
    for (int32_t q = 0; q < s.gomaxprocs; ++q)
        if (q != p) queues(q, false);
    return out;
}

std::vector<BlockedG> blockedIn(const trace::SchedState &s)
{
    std::vector<BlockedG> out;
    for (const trace::GState &g : s.gs)
        if (g.goid > 0 && g.status == trace::GStatus::Waiting) out.push_back({g.goid, g.waitReason, g.line});
    return out;
}

void Simulation::setProbe(const ProbeOptions &o)
{
    m_probeOpts = o;
    m_probing = true;
}

// probeAt: m is about to count scheduling point m_point, at a schedule()
// call (gp == nullptr) or at gp's step boundary. When the point is at or
// after the probe's start and offers a choice, the state is recorded and the
// run stops once the current engine event is done (m_finished; the result
// is then partial). Called before schedulePoint / stepPoint, so the point's
// own forced choice (there is none: a probe starts after the last choice)
// has not applied yet.
void Simulation::probeAt(M &m, G *gp)
{
    if (!m_probing || m_probe || m_finished || m_point < m_probeOpts.from) return;
    // A Pick made at a step boundary is taken by this schedule() call: the
    // decision was made already.
    if (!gp && m.forcedPick != 0) return;
    if (gp) {
        // Only steps that can change what others observe (forced_sched.cpp's
        // touchesShared); a Compute boundary is where the G keeps running.
        if (!m_probeOpts.steps || !gp->req || gp->req->kind == program::ReqKind::Compute) return;
    }
    trace::SchedState s = snapshot();
    if (!gp) {
        // schedule() is about to clear curg (the G that stopped is parked,
        // queued or dead): show the P looking for work.
        s.ps[size_t(m.p)].curg = 0;
        s.ms[size_t(m.id)].curg = 0;
    }
    std::vector<PickCandidate> picks = legalPicks(s, m.p, gp ? gp->goid : 0);
    // The runtime's own goroutines (runfinq in runnext at start-up) are not
    // the user's to schedule: a forced pick could take them, but the choice
    // shown is among the program's goroutines.
    std::erase_if(picks, [&](const PickCandidate &c) { return g(c.goid).system; });
    // A schedule() call with one runnable goroutine, or a step with none
    // besides the runner, has nothing to choose.
    if (picks.size() < (gp ? 1u : 2u)) return;
    PointProbe pr;
    pr.point = m_point;
    pr.kind = gp ? PointProbe::Kind::Step : PointProbe::Kind::Schedule;
    pr.p = m.p;
    pr.m = m.id;
    if (gp) {
        const program::Request &r = *gp->req;
        pr.running = gp->goid;
        pr.step = r.kind;
        pr.line = r.line;
        pr.n = r.n;
        pr.atomicOp = r.atomicOp;
        if (r.kind == program::ReqKind::Load || r.kind == program::ReqKind::Store || r.kind == program::ReqKind::Atomic)
            pr.var = std::string(m_exec.name(r.access.var));
    }
    pr.picks = std::move(picks);
    pr.blocked = blockedIn(s);
    std::erase_if(pr.blocked, [&](const BlockedG &b) { return g(b.goid).system; });
    pr.state = std::move(s);
    m_probe = std::move(pr);
    m_finished = true;
}

} // namespace gsl::runtime
