// probe.h — "what may run here?": a forced-schedule run stopped at its next
// scheduling point where a choice exists, with the choices the forced-
// schedule machinery (forced.h) accepts there. The GUI's "you are the
// scheduler" game asks this, appends the player's pick to the schedule
// string and asks again.
//
// A probe never changes the run before its point: the run is the same as
// `run --schedule S` up to the point, so a pick made at the point replays
// exactly when the schedule is run again with it.
#pragma once

#include "sim/program/request.h"
#include "sim/trace/sched_state.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gsl::runtime {

struct ProbeOptions {
    uint64_t from = 0;        // first scheduling point that may stop the run
    // Stop also at step boundaries (a running G about to perform a shared
    // access or a synchronisation while another G is runnable), not only at
    // schedule() calls with two or more runnable goroutines.
    bool steps = true;
};

// Where a legal pick is queued when the point is reached.
enum class PickWhere : uint8_t { Runnext, Runq, Global, OtherRunnext, OtherRunq };

struct PickCandidate {
    int32_t goid = 0;
    PickWhere where = PickWhere::Runq;
    int32_t p = -1;           // the P whose runnext / ring holds it (-1: global queue)
    int32_t index = 0;        // position in that ring or in the global queue (head = 0)
    friend bool operator==(const PickCandidate &, const PickCandidate &) = default;
};

struct BlockedG {
    int32_t goid = 0;
    int32_t waitReason = 0;   // Go's waitReason (trace/wait_reason.h)
    int32_t line = 0;         // where it parked
    friend bool operator==(const BlockedG &, const BlockedG &) = default;
};

struct PointProbe {
    enum class Kind : uint8_t { Schedule, Step };
    uint64_t point = 0;       // the scheduling point a choice for it must name
    Kind kind = Kind::Schedule;
    int32_t p = -1;           // the P that decides
    int32_t m = -1;
    // Step: the goroutine about to perform its step, and the step.
    int32_t running = 0;
    program::ReqKind step = program::ReqKind::Compute;
    std::string var;          // Load/Store/Atomic: the variable's name
    program::AtomicOp atomicOp = program::AtomicOp::Load;
    int64_t n = 0;            // WgAdd: the delta
    int32_t line = 0;
    // The legal Picks (ScheduleChoice::Kind::Pick at `point`), in the order
    // findRunnable would consider them: this P's runnext and ring, the global
    // queue, then other Ps' runnext and rings (what a steal could take).
    std::vector<PickCandidate> picks;
    std::vector<BlockedG> blocked; // goroutines parked at the point, by goid
    trace::SchedState state;  // the whole scheduler at the point
};

// legalPicks: the goroutines a Pick at a point on P `p` can run next in state
// s, exactly those takeForced (forced_sched.cpp) accepts: runnable and held
// by some P's runnext or ring or by the global queue; `running` (the G at a
// step boundary, preempted first) excluded. A runnable G in no queue (taken
// by an M, not started yet) cannot be picked.
std::vector<PickCandidate> legalPicks(const trace::SchedState &s, int32_t p, int32_t running);

// blockedIn: the goroutines waiting in s, by goid.
std::vector<BlockedG> blockedIn(const trace::SchedState &s);

} // namespace gsl::runtime
