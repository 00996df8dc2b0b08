// sched_state.cpp — SchedState lookups and names, and stateAt(): the nearest
// keyframe plus replay with apply() (apply.cpp).
#include "sim/trace/sched_state.h"

#include "sim/trace/trace.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace gsl::trace {

const PState *SchedState::p(int32_t id) const
{
    return id >= 0 && size_t(id) < ps.size() ? &ps[size_t(id)] : nullptr;
}
const MState *SchedState::m(int32_t id) const
{
    return id >= 0 && size_t(id) < ms.size() ? &ms[size_t(id)] : nullptr;
}
const GState *SchedState::g(int32_t goid) const
{
    return goid > 0 && size_t(goid) < gs.size() ? &gs[size_t(goid)] : nullptr;
}

SchedState replayState(const Trace &t, size_t eventIndex)
{
    if (eventIndex > t.size())
        throw std::logic_error("replayState: index beyond the last event");
    SchedState s = t.initialState();
    for (size_t i = 0; i < eventIndex; ++i)
        apply(s, t[i], t);
    return s;
}

SchedState stateAt(const Trace &t, size_t eventIndex)
{
    if (eventIndex > t.size())
        throw std::logic_error("stateAt: index beyond the last event");
    const Snapshot *k = t.keyframeBefore(eventIndex);
    SchedState s = k ? k->state : t.initialState();
    for (size_t i = k ? k->eventIndex : 0; i < eventIndex; ++i)
        apply(s, t[i], t);
    return s;
}

void buildKeyframes(Trace &t, uint32_t every)
{
    t.clearKeyframes();
    if (every == 0)
        return;
    SchedState s = t.initialState();
    t.addKeyframe(0, s);
    for (size_t i = 0; i < t.size(); ++i) {
        apply(s, t[i], t);
        if ((i + 1) % every == 0)
            t.addKeyframe(i + 1, s);
    }
}

std::string_view pStatusName(PStatus s)
{
    switch (s) {
    case PStatus::Idle: return "_Pidle";
    case PStatus::Running: return "_Prunning";
    case PStatus::Syscall: return "_Psyscall";
    case PStatus::GcStop: return "_Pgcstop";
    case PStatus::Dead: return "_Pdead";
    }
    return "?";
}

std::string_view gStatusName(GStatus s)
{
    switch (s) {
    case GStatus::Idle: return "_Gidle";
    case GStatus::Runnable: return "_Grunnable";
    case GStatus::Running: return "_Grunning";
    case GStatus::Syscall: return "_Gsyscall";
    case GStatus::Waiting: return "_Gwaiting";
    case GStatus::Dead: return "_Gdead";
    }
    return "?";
}

std::string_view mStatusName(MStatus s)
{
    switch (s) {
    case MStatus::Running: return "running";
    case MStatus::Spinning: return "spinning";
    case MStatus::Idle: return "idle";
    case MStatus::Syscall: return "syscall";
    case MStatus::Sysmon: return "sysmon";
    }
    return "?";
}

} // namespace gsl::trace
