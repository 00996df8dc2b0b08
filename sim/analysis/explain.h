// explain.h — why a bug stayed hidden in one run: the scheduler facts that
// serialised the conflicting accesses, computed from the trace.
//
// The unit of explanation is a read-modify-write window: a goroutine's read of
// an address followed by its own write of it (counter++ is a load, an add and
// a store). The lost update manifests when another goroutine writes the
// address inside such a window. For every window we record whether that
// happened, whether any other P was running user code meanwhile, whether the
// goroutine was preempted or parked inside it, and how the goroutines that
// touched the address got onto their P (runnext hand-offs = back to back).
#pragma once

#include "sim/trace/trace_event.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::analysis {

struct RmwWindow {
    int32_t goid = 0;
    int32_t addr = 0;
    int32_t readLine = 0, writeLine = 0;
    size_t readEvent = 0, writeEvent = 0;
    int32_t p = -1;                  // P the goroutine ran on at the read
    bool interleaved = false;        // another goroutine wrote addr inside the window
    bool otherPRunning = false;      // another P ran user code at some point inside it
    bool preempted = false;          // the goroutine was descheduled inside it
    friend bool operator==(const RmwWindow &, const RmwWindow &) = default;
};

struct HiddenExplanation {
    std::vector<RmwWindow> windows;
    size_t interleaved = 0;          // windows where the lost update happened
    size_t parallel = 0;             // windows with another P running user code
    size_t preempted = 0;
    std::vector<int32_t> psUsed;     // Ps that ran goroutines touching the addresses (sorted)
    size_t runnextStarts = 0;        // GoStart with an inherited time slice among those goroutines
    size_t starts = 0;               // all GoStarts of those goroutines
    std::vector<std::string> facts;  // plain-language sentences, most decisive first
    std::string text;                // facts joined, one per line
};

using StringFn = std::function<std::string(uint32_t index)>;

// explainHidden: windows over every address that more than one goroutine
// accessed (or only `addr` when >= 0). `str` names variables (may be null).
HiddenExplanation explainHidden(std::span<const trace::TraceEvent> events, int32_t addr = -1, const StringFn &str = nullptr);
HiddenExplanation explainHidden(const trace::Trace &t, int32_t addr = -1);

} // namespace gsl::analysis
