// apply_detail.h — internal to sim/trace: the small state helpers apply()
// is built from, shared by apply.cpp and apply_queue.cpp.
#pragma once

#include "sim/trace/sched_state.h"

#include <algorithm>
#include <string>

namespace gsl::trace::detail {

// fail throws std::logic_error("apply: <Kind> gN pN mN: what").
[[noreturn]] void fail(const TraceEvent &e, const std::string &what);
// gOf, pOf, mOf return the entity by id or fail naming the unknown id.
GState &gOf(SchedState &s, const TraceEvent &e, int32_t goid);
PState &pOf(SchedState &s, const TraceEvent &e, int32_t id);
MState &mOf(SchedState &s, const TraceEvent &e, int32_t id);
// unbindG detaches a G that stops running from the P and M that ran it.
void unbindG(SchedState &s, GState &g);
// removeFromQueues takes goid out of every runnext, ring and the global queue.
void removeFromQueues(SchedState &s, int32_t goid);
// recountPs / recountMs re-derive npidle, and nmspinning and nmcpu.
void recountPs(SchedState &s);
void recountMs(SchedState &s);
// bindPM is ProcStart; unbindP releases a P from its M and curg.
void bindPM(SchedState &s, const TraceEvent &e);
void unbindP(SchedState &s, PState &p, int32_t pid);
// takeToRun marks a G taken off a queue to run on P pid next ("in hand" of pid).
void takeToRun(SchedState &s, const TraceEvent &e, int32_t goid, int32_t pid);
// pushRing appends (or prepends) goid to a P's ring; fails past 256.
void pushRing(const TraceEvent &e, PState &p, int32_t goid, bool head);
// applyQueue applies RunqPut, RunqGet, GlobRunqPut, GlobRunqGet, ProcSteal, RunqOverflow.
void applyQueue(SchedState &s, const TraceEvent &e);

// eraseFrom removes goid from q; true when it was there.
template <class Q> bool eraseFrom(Q &q, int32_t goid)
{
    auto it = std::find(q.begin(), q.end(), goid);
    if (it == q.end())
        return false;
    q.erase(it);
    return true;
}

} // namespace gsl::trace::detail
