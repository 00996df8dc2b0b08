// runq.cpp — the per-P ring + runnext and the global run queue
// (go-runtime.md §1.4, §1.5, §2.3; proc.go runqput, runqputslow, runqget,
// globrunqput, globrunqputhead, globrunqget, runqgrab, runqsteal, randomOrder).
#include "sim/runtime/simulation.h"
#include "sim/runtime/steal_order.h"

#include <numeric>
#include <stdexcept>

namespace gsl::runtime {

using trace::EvKind;
using trace::GlobWhy;
using trace::Placement;
using trace::Source;

// runqput puts goid on pp's local queue. next: into runnext, kicking the old
// runnext to the ring tail. Race builds use runnext only half the time.
void Simulation::runqput(P &pp, int32_t goid, bool next)
{
    if (m_cfg.race && next && m_rngRace.bounded(2) == 0) next = false;
    G &gp = g(goid);
    gp.p = pp.id;
    gp.m = -1;
    if (next) {
        const int32_t old = pp.runnext;
        if (old != 0 && pp.runqsize() >= kRunqSize) {
            // The kicked G overflows: take it out first (RunqGet), so the
            // RunqPut below never has to push into a full ring.
            pp.runnext = 0;
            emit(EvKind::RunqGet, old, pp.id, pp.m, 0, 0, 0, uint8_t(Source::Runnext));
            pp.runnext = goid;
            emit(EvKind::RunqPut, goid, pp.id, pp.m, 0, 0, 0, uint8_t(Placement::Runnext));
            runqputslow(pp, old);
            return;
        }
        pp.runnext = goid;
        if (old != 0) {
            pp.runq[pp.runqtail % kRunqSize] = old;
            ++pp.runqtail;
        }
        emit(EvKind::RunqPut, goid, pp.id, pp.m, old, 0, 0, uint8_t(Placement::Runnext));
        return;
    }
    if (pp.runqsize() < kRunqSize) {
        pp.runq[pp.runqtail % kRunqSize] = goid;
        ++pp.runqtail;
        emit(EvKind::RunqPut, goid, pp.id, pp.m, 0, 0, 0, uint8_t(Placement::Tail));
        return;
    }
    runqputslow(pp, goid);
}

// runqputslow moves half of the full ring plus goid to the global queue tail.
bool Simulation::runqputslow(P &pp, int32_t goid)
{
    const uint32_t n = pp.runqsize() / 2;
    if (n != kRunqSize / 2)
        throw std::logic_error("runqputslow: queue is not full");
    std::array<int32_t, kRunqSize / 2 + 1> batch;
    for (uint32_t i = 0; i < n; ++i) batch[i] = pp.runq[(pp.runqhead + i) % kRunqSize];
    batch[n] = goid;
    pp.runqhead += n;
    emit(EvKind::RunqOverflow, goid, pp.id, pp.m, int32_t(n + 1));
    if (m_cfg.race)
        for (uint32_t i = 1; i <= n; ++i) std::swap(batch[i], batch[m_rngShuffle.bounded(i + 1)]);
    for (uint32_t i = 0; i <= n; ++i) globrunqput(batch[i], GlobWhy::Overflow);
    return true;
}

// runqget takes runnext first (inheriting the time slice), else the ring head.
int32_t Simulation::runqget(P &pp, bool &inheritTime)
{
    if (pp.runnext != 0) {
        const int32_t goid = pp.runnext;
        pp.runnext = 0;
        inheritTime = true;
        emit(EvKind::RunqGet, goid, pp.id, pp.m, 0, 0, 0, uint8_t(Source::Runnext));
        return goid;
    }
    inheritTime = false;
    if (pp.runqsize() == 0) return 0;
    const int32_t goid = pp.runq[pp.runqhead % kRunqSize];
    ++pp.runqhead;
    emit(EvKind::RunqGet, goid, pp.id, pp.m, 0, 0, 0, uint8_t(Source::Local));
    return goid;
}

void Simulation::globrunqput(int32_t goid, GlobWhy why)
{
    G &gp = g(goid);
    gp.p = -1;
    gp.m = -1;
    m_globrunq.push_back(goid);
    emit(EvKind::GlobRunqPut, goid, -1, -1, int32_t(why), 0, 0, uint8_t(Placement::Tail));
}

// globrunqputhead is used by P destruction only; fromP is the dying P.
void Simulation::globrunqputhead(int32_t goid, int32_t fromP)
{
    G &gp = g(goid);
    gp.p = -1;
    gp.m = -1;
    m_globrunq.push_front(goid);
    emit(EvKind::GlobRunqPut, goid, fromP, -1, int32_t(GlobWhy::Destroy), 0, 0, uint8_t(Placement::Head));
}

// globrunqget takes min(max, n, n/gomaxprocs+1, 128) Gs (max 0 = no extra
// limit): the first is returned, the rest go to pp's ring.
int32_t Simulation::globrunqget(P &pp, uint32_t max)
{
    const uint32_t sz = uint32_t(m_globrunq.size());
    if (sz == 0) return 0;
    uint32_t n = sz / uint32_t(m_gomaxprocs) + 1;
    if (n > sz) n = sz;
    if (max > 0 && n > max) n = max;
    if (n > kRunqSize / 2) n = kRunqSize / 2;
    // Never more than fits in the ring (runqput in Go would overflow back).
    if (n - 1 > kRunqSize - pp.runqsize()) n = kRunqSize - pp.runqsize() + 1;
    const int32_t first = m_globrunq.front();
    m_globrunq.pop_front();
    emit(EvKind::GlobRunqGet, first, pp.id, pp.m, int32_t(n));
    for (uint32_t i = 1; i < n; ++i) {
        const int32_t goid = m_globrunq.front();
        m_globrunq.pop_front();
        pp.runq[pp.runqtail % kRunqSize] = goid;
        ++pp.runqtail;
        g(goid).p = pp.id;
    }
    g(first).p = pp.id;
    return first;
}

// runqsteal: runqgrab ⌈half⌉ of victim's ring; the last one runs now. With
// stealRunNext (last round) and an empty ring, victim's runnext is taken,
// but only after a usleep(3) backoff when victim is _Prunning (needBackoff):
// held by an M, whether that M runs a G or is in schedule() because its G
// just blocked (go1.19 runqgrab tests pp.status alone; later versions also
// skip the backoff for a G in a syscall, which this model has none of).
int32_t Simulation::runqsteal(P &pp, P &victim, bool stealRunNext, bool &needBackoff)
{
    needBackoff = false;
    uint32_t n = victim.runqsize();
    n = n - n / 2;
    if (n == 0) {
        if (!stealRunNext || victim.runnext == 0) return 0;
        if (victim.status == PStatus::Running) {
            needBackoff = true;
            return 0;
        }
        const int32_t goid = victim.runnext;
        victim.runnext = 0;
        emit(EvKind::ProcSteal, goid, pp.id, pp.m, 1, victim.id, 1);
        g(goid).p = pp.id;
        return goid;
    }
    if (n - 1 > kRunqSize - pp.runqsize())
        throw std::logic_error("runqsteal: thief's ring has no room");
    int32_t last = 0;
    for (uint32_t i = 0; i < n; ++i) {
        const int32_t goid = victim.runq[(victim.runqhead + i) % kRunqSize];
        g(goid).p = pp.id;
        if (i + 1 < n) {
            pp.runq[pp.runqtail % kRunqSize] = goid;
            ++pp.runqtail;
        } else {
            last = goid;
        }
    }
    victim.runqhead += n;
    emit(EvKind::ProcSteal, last, pp.id, pp.m, int32_t(n), victim.id, 0);
    return last;
}

// resetStealOrder is randomOrder.reset(gomaxprocs): the strides coprime to n.
void Simulation::resetStealOrder()
{
    m_coprimes = stealCoprimes(uint32_t(m_gomaxprocs));
}

} // namespace gsl::runtime
