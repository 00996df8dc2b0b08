// joint_ahead.h — two goroutines interleaving closed-form loops over shared
// memory, run ahead a whole number of periods at once.
//
// With two Ps, two goroutines running `for i := 0; i < N; i++ { counter++ }`
// at once make every Load and Store a step of its own: the other P's next
// access is a nanosecond away, so the single-goroutine run-ahead
// (Simulation::setAhead, loop_accel.h) cannot skip any of them, and a run
// steps ~400,000 accesses. But nothing else happens until the next event of
// the simulation (a sysmon tick, a timer, the end of either loop), costs are
// fixed (no jitter draw for such small steps), and each loop's iteration is
// the same affine map of its registers and the shared cells. So the relative
// state (where each goroutine waits, their sub-ns carries, how far apart
// their next steps are) comes back after some period of T ns, and from then
// on the whole state x moves by x' = A x + b with the same A and b every
// period. The period is guessed from the loops' costs (each goroutine's
// carry comes back after a whole number of ns), else found from the relative
// state alone (a hash per memory step of one of them); the whole state is
// then copied at three consecutive occurrences, and when they show the same
// change d twice, A d = d, so every later period changes x by d too: K
// periods are then applied at once (registers and cells + K d, the clock,
// step and event counts + K times theirs), exactly what stepping them would
// give. A sum of an index (`x += i`) changes by a growing amount; then a
// fourth copy must show the same second difference e twice (A e = e), and x
// moves by K d + K(K+1)/2 e. K is bounded so that both loops stay inside
// (their exit tests cannot fail), and no other event and no budget falls
// within the skipped time. Only pairs: with three loops at once, the third
// one's steps are the next other event. After a skip of a linear period the
// period is kept (JointModel): when another event (a sysmon tick) has
// passed and the pair is found at the same relative state having moved by
// whole periods in everything (clock, steps, values...), it skips again at
// once; a state x_ref + q d changes by A d = d per period as well.
//
// Checked: outcomes, times and counts are equal with and without it
// (tests/sim/run/tst_run_ahead.cpp jointSame, over racy_counter and purpose-
// built loop shapes in tests/sim/run/data/joint/; bench/fingerprints
// --no-joint against the default, mode "ahead"). Simplification, as for
// setAhead: the skipped accesses' MemRead/MemWrite events are not in the
// trace (the race detector and the coverage figures see the periods before
// and after).
#pragma once

#include "sim/engine/simtime.h"
#include "sim/program/value.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace gsl::runtime {

// JointAnchor: the state at one memory step of the lower-numbered goroutine.
struct JointAnchor {
    // relative state: what must repeat exactly
    int32_t goidA = 0, goidB = 0;
    int32_t funcA = 0, pcA = 0, funcB = 0, pcB = 0;
    int64_t carryA = 0, carryB = 0;
    SimDur bAfter = 0;              // B's pending step completes this long after now
    uint64_t rngHash = 0;           // no random draw may fall in a period
    const program::Value *cells[4] = {};
    // absolute state: must change by the same amount every period
    SimTime now = 0;
    SimTime horizon = 0;            // the earliest other event (or the time budget)
    uint64_t steps = 0, points = 0, schedEvents = 0;
    SimDur used = 0;                // host CPU time of closed stints
    uint64_t leftA = 0, leftB = 0;  // iterations left before each exit test
    uint32_t valStart = 0, nvals = 0;   // registers of A, of B, then the cells (JointAhead::vals)

    bool sameRelative(const JointAnchor &o) const;
    uint64_t key() const;
};

// What Simulation::jointSkip did: skipped; needs one more period to check
// changes that grow (sums of an index); or nothing to skip.
enum class JointVerdict : uint8_t { Skipped, Quadratic, No };

// JointModel: a linear period as checked by the last skip, kept so that a
// later occurrence of the same relative state can skip again without
// checking two more periods, when the pair has followed it exactly since
// (same clock, steps, points, values, iterations left: an event in between,
// such as a sysmon tick, left the pair alone).
struct JointModel {
    bool valid = false;
    JointAnchor ref;                      // the state right after the skip (rngHash not compared)
    std::vector<program::Value> vals;     // its values
    std::vector<uint64_t> d;              // each value's integer change per period
    uint32_t period = 0;                  // in anchors
    uint32_t count = 0;                   // anchors since ref
    SimDur T = 0, dUsed = 0;
    uint64_t dSteps = 0, dPoints = 0, dSchedEvents = 0, dA = 0, dB = 0;
};

struct JointAhead {
    JointModel model;                // kept by clear()
    std::unordered_map<uint64_t, uint32_t> lastByKey;   // relative state -> latest anchor index
    uint32_t n = 0;                  // anchors seen since the last clear
    uint32_t period = 0;             // candidate period, in anchors (0: none yet)
    uint32_t nextAt = 0;             // anchor index of the next copy of the state
    bool predicted = false;          // the candidate is predictedPeriod's
    uint32_t predictionsMissed = 0;  // predicted candidates whose relative state did not come back
    bool predictionFailed = false;   // then find periods by the relative state only (both kept by clear)
    std::vector<JointAnchor> snaps;  // copies a period apart (at most 3)
    std::vector<program::Value> vals;   // their values
    void drop()
    {
        period = 0;
        snaps.clear();
        vals.clear();
    }
    void clear()
    {
        drop();
        lastByKey.clear();
        n = 0;
    }
};

} // namespace gsl::runtime
