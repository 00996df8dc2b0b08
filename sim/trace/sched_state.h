// sched_state.h — the whole scheduler state at one instant, as a value, and
// apply(): the one function that moves it forward by one TraceEvent.
//
// This is what the GUI's step-back and scrubbing stand on: any instant is the
// nearest keyframe (Trace::keyframeBefore) plus apply() of the events after
// it (stateAt). apply() is a faithful reading of the event semantics in the
// comments of trace_event.h, with the points they leave open settled in
// sim/trace/EVENTS.md; it throws std::logic_error naming itself when an event
// contradicts the state ("apply: RunqGet g7 p1 m1: not at the head of the
// runq"), which makes it a checker of the runtime's trace too.
//
// Statuses use Go's names and numbers (runtime2.go, go1.19) so schedtrace
// output and the GUI can print them as Go does.
#pragma once

#include "sim/engine/simtime.h"
#include "sim/trace/trace_event.h"

#include <boost/container/deque.hpp>

#include <cstdint>
#include <utility>
#include <vector>

namespace gsl::trace {

class Trace;

// P status, Go's _P* values (runtime2.go).
enum class PStatus : uint8_t { Idle = 0, Running = 1, Syscall = 2, GcStop = 3, Dead = 4 };
// G status, Go's _G* values (runtime2.go); 5, 7, 8, 9 are not modelled.
enum class GStatus : uint8_t { Idle = 0, Runnable = 1, Running = 2, Syscall = 3, Waiting = 4, Dead = 6 };
// What an M is doing. Go has no single field for this; it is m.spinning,
// membership of sched.midle, m.p, m.curg and "is sysmon" folded together.
enum class MStatus : uint8_t { Running, Spinning, Idle, Syscall, Sysmon };

struct PState {
    PStatus status = PStatus::Idle;
    int32_t m = -1;            // owning M, -1 = none
    int32_t curg = 0;          // running goid, 0 = none
    int32_t runnext = 0;       // goid in the runnext slot, 0 = empty
    std::vector<int32_t> runq; // local ring, head first (at most 256)
    uint32_t schedtick = 0;    // incremented by GoStart without inherited time slice
    uint32_t syscalltick = 0;
    friend bool operator==(const PState &, const PState &) = default;
};

struct MState {
    int32_t id = -1;
    MStatus status = MStatus::Idle;
    int32_t p = -1;            // held P, -1 = none
    int32_t curg = 0;          // running goid, 0 = none
    friend bool operator==(const MState &, const MState &) = default;
};

struct GState {
    int32_t goid = 0;
    GStatus status = GStatus::Idle;
    int32_t waitReason = 0;    // Go's waitReason number while _Gwaiting (wait_reason.h), else 0
    int32_t p = -1;            // the P whose runq/runnext holds it, that runs it, or that took it to run next; else -1
    int32_t m = -1;            // the M running it (running/syscall), else -1
    int32_t creator = 0;       // goid of the goroutine whose `go` created it (0 = runtime)
    int32_t line = 0;          // source line of the last event that named one (creation: the go statement)
    friend bool operator==(const GState &, const GState &) = default;
};

// CFS bandwidth accounting of the cgroup (go-runtime.md §7).
struct CfsState {
    bool throttled = false;
    SimDur quotaUsed = 0;      // CPU time used in the current period (see EVENTS.md for how it is derived)
    int64_t nrPeriods = 0;     // cpu.stat nr_periods
    int64_t nrThrottled = 0;   // cpu.stat nr_throttled
    SimDur throttledTime = 0;  // cpu.stat throttled_time (ns), closed throttle intervals only
    SimTime throttledSince = 0;// start of the open throttle interval (valid while throttled)
    // The CPUs whose part of the group is throttled (CFS throttles per CPU,
    // go-runtime.md §7.1), sorted by CPU, each with the time it was throttled.
    // throttled == !throttledCpus.empty().
    std::vector<std::pair<int32_t, SimTime>> throttledCpus;
    friend bool operator==(const CfsState &, const CfsState &) = default;
};

// cfsRunning: the threads of the group running on a CPU, as a replay derives
// it for quotaUsed: Ms that want a CPU capped by the CPUs (cpus 0 = no cap),
// less one frozen thread per throttled CPU.
inline int32_t cfsRunning(int32_t nmcpu, int32_t cpus, int32_t throttledCpus)
{
    const int32_t n = (cpus > 0 && cpus < nmcpu ? cpus : nmcpu) - throttledCpus;
    return n > 0 ? n : 0;
}

struct SchedState {
    SimTime time = 0;          // time of the last applied event
    int32_t gomaxprocs = 0;
    int32_t cpus = 0;          // CPUs of the host (0 = unknown: quotaUsed then counts every running M)
    std::vector<PState> ps;    // indexed by P id; ids >= gomaxprocs are _Pdead
    // sched.runq, head first. Boost's deque: an empty one owns no memory (a
    // std::deque allocates at construction; every run builds several states).
    boost::container::deque<int32_t> globrunq;
    std::vector<MState> ms;    // indexed by M id
    std::vector<GState> gs;    // indexed by goid; gs[0] is an unused placeholder
    int32_t npidle = 0;        // Ps with status Idle (below gomaxprocs)
    int32_t nmspinning = 0;    // Ms with status Spinning
    int32_t nmcpu = 0;         // Ms burning CPU (Running or Spinning), for cfs.quotaUsed
    CfsState cfs;
    friend bool operator==(const SchedState &, const SchedState &) = default;

    // Convenience lookups; return nullptr when the id is out of range.
    const PState *p(int32_t id) const;
    const MState *m(int32_t id) const;
    const GState *g(int32_t goid) const;
};

// apply moves s forward by one event e of trace t (t resolves strings and is
// otherwise unused). Throws std::logic_error("apply: ...") when e contradicts s.
void apply(SchedState &s, const TraceEvent &e, const Trace &t);

// stateAt returns the state after the first eventIndex events of t: the
// nearest keyframe at or before eventIndex plus replay.
SchedState stateAt(const Trace &t, size_t eventIndex);

// replayState returns the state after the first eventIndex events by replay
// from the start (initial state of t), ignoring keyframes. For tests and
// for building keyframes.
SchedState replayState(const Trace &t, size_t eventIndex);

// buildKeyframes replaces t's keyframes by snapshots every `every` events
// (including index 0), computed by replay. every == 0 removes them all.
void buildKeyframes(Trace &t, uint32_t every);

// Names for people and exports ("_Prunning", "_Gwaiting", "spinning").
std::string_view pStatusName(PStatus s);
std::string_view gStatusName(GStatus s);
std::string_view mStatusName(MStatus s);

} // namespace gsl::trace
