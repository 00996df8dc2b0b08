// forced_sched.cpp — the runtime side of forced schedules (forced.h, R7):
// counting scheduling points, landing Preempt choices at step boundaries,
// taking Pick choices out of whatever queue holds the goroutine, detecting
// divergence, and recording what applied.
#include "sim/runtime/simulation.h"

#include "sim/trace/wait_reason.h"

#include <algorithm>

namespace gsl::runtime {

using trace::EvKind;

namespace {
// touchesShared: may the step change or observe what other goroutines see?
// Only a Compute step (a burst quantum that expired inside local code) does
// not; every other request is a shared access, a synchronisation, a runtime
// call or output.
bool touchesShared(const program::Request &r) { return r.kind != program::ReqKind::Compute; }

// stepAccess: the object a shared step touches (StepAccess). Everything that
// can create, end or time goroutines, or touches several objects (go, select,
// sleep, timers, Gosched, GOMAXPROCS, exit, panics, goroutine end) is Global.
StepAccess stepAccess(const program::Request &r)
{
    using program::ReqKind;
    using K = StepAccess::Kind;
    auto on = [](uint64_t space, uint64_t id, K k) { return StepAccess{k, space << 48 | id}; };
    switch (r.kind) {
    case ReqKind::Load: return on(1, r.access.addr, K::Read);
    case ReqKind::Store: return on(1, r.access.addr, K::Write);
    case ReqKind::Atomic: return on(1, r.access.addr, r.atomicOp == program::AtomicOp::Load ? K::Read : K::Write);
    case ReqKind::ChanMake: case ReqKind::ChanSend: case ReqKind::ChanRecv: case ReqKind::ChanClose:
    case ReqKind::ChanLen:
        return on(2, r.obj, K::Write);
    case ReqKind::WgAdd: case ReqKind::WgWait: return on(3, r.obj, K::Write);
    case ReqKind::MutexLock: case ReqKind::MutexUnlock: case ReqKind::MutexTryLock: return on(4, r.obj, K::Write);
    case ReqKind::RWRLock: case ReqKind::RWRUnlock: case ReqKind::RWLock: case ReqKind::RWUnlock:
        return on(5, r.obj, K::Write);
    case ReqKind::OnceBegin: case ReqKind::OnceEnd: return on(6, r.obj, K::Write);
    case ReqKind::Print: return on(7, 0, K::Write);
    default: return StepAccess{};
    }
}
} // namespace

const ScheduleChoice *Simulation::choiceAt(uint64_t point)
{
    const auto &s = m_cfg.schedule;
    if (m_diverged || m_nextChoice >= s.size() || s[m_nextChoice].point != point) return nullptr;
    return &s[m_nextChoice++];
}

void Simulation::diverge(uint64_t point, const std::string &what)
{
    if (m_diverged) return;
    m_diverged = true;
    m_deferredPreempt = false;
    m_res.divergence = "replay diverged at scheduling point " + std::to_string(point) + ": " + what +
                       "; the rest of the run was free";
}

// schedulePoint: schedule() on m is a scheduling point. A Pick waits for this
// M's findRunnable; a Preempt has no running G here and lands at the next step
// boundary of any P.
void Simulation::schedulePoint(M &m)
{
    const uint64_t pt = m_point++;
    if (m_cfg.schedule.empty()) return;
    const ScheduleChoice *c = choiceAt(pt);
    if (!c) return;
    if (c->kind == ScheduleChoice::Kind::Pick) {
        m.forcedPick = c->goid;
        m.forcedPoint = pt;
    } else if (!m_deferredPreempt) {
        m_deferredPreempt = true;
        m_deferredPoint = pt;
    }
}

// stepPoint: gp on m is about to perform its pending step. Returns true when
// a forced choice preempted it (performStep must stop; the step is performed
// when gp runs again, which is a new step point).
bool Simulation::stepPoint(M &m, G &gp)
{
    const uint64_t pt = m_point++;
    if (m_cfg.recordPoints && gp.req && touchesShared(*gp.req)) {
        m_res.preemptPoints.push_back(pt);
        StepRecord rec{pt, gp.goid, stepAccess(*gp.req), uint32_t(m_res.runnable.size()), 0};
        for (size_t i = 1; i < m_gs.size(); ++i)
            if (m_gs[i].status == GStatus::Runnable) m_res.runnable.push_back(int32_t(i));
        rec.runnableEnd = uint32_t(m_res.runnable.size());
        m_res.stepRecords.push_back(rec);
    }
    if (m_cfg.schedule.empty()) return false;
    const ScheduleChoice *c = choiceAt(pt);
    if (c && c->kind == ScheduleChoice::Kind::Pick) {
        const bool exists = c->goid > 0 && size_t(c->goid) < m_gs.size();
        if (!exists || g(c->goid).status != GStatus::Runnable) {
            diverge(pt, "expected goroutine " + std::to_string(c->goid) + " runnable to run next, it " +
                            (!exists ? std::string("does not exist yet")
                                     : c->goid == gp.goid ? std::string("is the one running")
                                                          : "is " + std::string(trace::gStatusName(g(c->goid).status))));
            return false;
        }
        m_deferredPreempt = false;
        m.forcedPick = c->goid;
        m.forcedPoint = pt;
        goschedImpl(m, gp, true, false, true);
        return true;
    }
    if (c || m_deferredPreempt) {
        m_deferredPreempt = false;
        m_applied.push_back({pt, ScheduleChoice::Kind::Preempt, 0});
        goschedImpl(m, gp, true, false, true);
        return true;
    }
    return false;
}

// takeForced: findRunnable of m honours its pending Pick: the goroutine is
// taken out of runnext or the ring of whichever P holds it, or the global
// queue. Returns 0 (and records the divergence) when it is not runnable.
int32_t Simulation::takeForced(M &m, P &pp)
{
    const int32_t goid = m.forcedPick;
    const uint64_t pt = m.forcedPoint;
    m.forcedPick = 0;
    if (m_diverged) return 0;
    if (goid <= 0 || size_t(goid) >= m_gs.size()) {
        diverge(pt, "expected goroutine " + std::to_string(goid) + " runnable to run next on P" +
                        std::to_string(pp.id) + ", it does not exist yet");
        return 0;
    }
    G &gp = g(goid);
    if (gp.status != GStatus::Runnable) {
        std::string st(trace::gStatusName(gp.status));
        if (gp.status == GStatus::Waiting) st += " (" + std::string(trace::waitReasonString(gp.waitReason)) + ")";
        diverge(pt, "expected goroutine " + std::to_string(goid) + " runnable to run next on P" + std::to_string(pp.id) +
                        ", it is " + st);
        return 0;
    }
    int32_t from = -1, where = -1;
    for (int i = 0; i < m_gomaxprocs && where < 0; ++i) {
        P &q = m_ps[size_t(i)];
        if (q.runnext == goid) {
            q.runnext = 0;
            from = q.id;
            where = 0;
            break;
        }
        for (uint32_t j = q.runqhead; j != q.runqtail; ++j) {
            if (q.runq[j % kRunqSize] != goid) continue;
            for (uint32_t k = j; k + 1 != q.runqtail; ++k) q.runq[k % kRunqSize] = q.runq[(k + 1) % kRunqSize];
            --q.runqtail;
            from = q.id;
            where = 1;
            break;
        }
    }
    if (where < 0) {
        auto it = std::find(m_globrunq.begin(), m_globrunq.end(), goid);
        if (it == m_globrunq.end()) {
            diverge(pt, "goroutine " + std::to_string(goid) + " is runnable but in no run queue");
            return 0;
        }
        m_globrunq.erase(it);
        where = 2;
    }
    emit(EvKind::ForcedPick, goid, pp.id, m.id, int32_t(uint32_t(pt)), from, where);
    gp.p = pp.id;
    m_applied.push_back({pt, ScheduleChoice::Kind::Pick, goid});
    return goid;
}

// finishSchedule: at the end of the run, choices never reached are a
// divergence; the applied ones become RunResult::schedule.
void Simulation::finishSchedule()
{
    m_res.schedPoints = m_point;
    if (m_cfg.schedule.empty()) return;
    for (const M &m : m_ms)
        if (m.forcedPick != 0)
            diverge(m.forcedPoint, "Pick of goroutine " + std::to_string(m.forcedPick) + " was never taken: M" +
                                       std::to_string(m.id) + " did not look for work again before the run ended");
    if (m_deferredPreempt)
        diverge(m_deferredPoint, "Preempt found no goroutine running a step before the run ended");
    if (m_nextChoice < m_cfg.schedule.size())
        diverge(m_cfg.schedule[m_nextChoice].point,
                "the point is beyond the run's end (the run had " + std::to_string(m_point) + " scheduling points)");
    std::sort(m_applied.begin(), m_applied.end());
    m_res.schedule = formatSchedule(m_applied);
}

} // namespace gsl::runtime
