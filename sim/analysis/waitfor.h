// waitfor.h — deadlock and leak analysis of a run's end state.
//
// From the trace: which goroutines were still parked at the end (GoPark with
// no later GoUnpark/GoStart/GoEnd), on what (wait reason, object, line), which
// goroutines could still act on each object (used it, or were created by one
// that had used it before the go statement — closures capture it), and who
// holds each mutex. The wait-for graph has a node per goroutine and per
// object: G -> O when G waits on O, O -> G' when G' could wake a waiter of O
// (the holder for a mutex, any live user otherwise). Boost.Graph's
// strong_components finds the cycles.
//
// Leaks, in the spirit of Go's goroutineleak profile (a goroutine blocked on
// something no runnable goroutine can reach): start from the goroutines that
// were not blocked at the end (runnable, running, or sleeping on a timer),
// mark every goroutine whose object one of them can reach as "may wake", and
// repeat to a fixpoint; the parked goroutines never marked are blocked forever.
// Simplification: "can reach" is "used it or inherited it at creation" — a
// superset of what the GC-based profile sees for objects passed through
// channels, a subset for objects reached through globals never touched.
#pragma once

#include "sim/trace/trace_event.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::analysis {

enum class ObjKind : uint8_t { Unknown, Chan, Mutex, RWMutex, WaitGroup, Once, Timer };
const char *objKindName(ObjKind k);   // "chan", "mutex", "rwmutex", "WaitGroup", "once", "timer", "object"

struct BlockedGoroutine {
    int32_t goid = 0;
    int32_t waitReason = 0;       // trace::wait numbers
    ObjKind kind = ObjKind::Unknown;
    int32_t object = 0;           // object id (GoPark b), 0 = none (select, nil channel)
    int32_t line = 0;             // blocking line
    int32_t creator = 0;
    int32_t createdLine = 0;      // go statement (0 = main)
    size_t parkEvent = 0;         // index of its GoPark
    bool forever = false;         // no goroutine that can still run can wake it
    std::vector<int32_t> couldWake;   // live goroutines that could act on its object
    std::string explanation;      // "G1 waits to receive on chan#3 (line 12); no other goroutine can send on it"
    friend bool operator==(const BlockedGoroutine &, const BlockedGoroutine &) = default;
};

struct WaitForResult {
    bool deadlock = false;                  // the run ended with "all goroutines are asleep"
    bool exited = false;                    // the process exited (Exit event)
    std::vector<BlockedGoroutine> blocked;  // by goid
    std::vector<std::vector<int32_t>> cycles;   // goroutine ids of each wait-for cycle (sorted)
    std::vector<int32_t> leaked;            // blocked forever (goids)
    std::string text;                       // plain-language summary (CLI `explain`, GUI)
};

using StringFn = std::function<std::string(uint32_t index)>;

WaitForResult analyzeWaitFor(std::span<const trace::TraceEvent> events, const StringFn &str = nullptr);
WaitForResult analyzeWaitFor(const trace::Trace &t);

} // namespace gsl::analysis
