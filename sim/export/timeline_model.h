// timeline_model.h — a Trace reduced to what timelines draw: who ran where
// and when, run-queue lengths over time, memory accesses, throttled spans.
//
// Chrome trace JSON, the report's SVG timeline and its run-queue chart are
// all drawn from this one model, so they cannot disagree. It is built by
// replaying the trace with trace::apply (sched_state.h), the same reading of
// the events the GUI uses.
#pragma once

#include "sim/engine/simtime.h"
#include "sim/trace/trace_event.h"

#include <cstdint>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::exports {

// A goroutine running on one P (and M) without interruption.
struct RunSlice {
    int32_t g = 0;
    int32_t p = -1;
    int32_t m = -1;
    SimTime start = 0;
    SimTime end = 0;
    size_t startEvent = 0;          // index of the GoStart
    size_t endEvent = 0;            // index of the event that took it off (GoPark, GoSched, ...)
    trace::EvKind endKind = trace::EvKind::GoEnd;
};

// A goroutine's status between two changes (for per-G tracks).
struct GSpan {
    int32_t g = 0;
    uint8_t status = 0;             // trace::GStatus value
    int32_t waitReason = 0;
    SimTime start = 0;
    SimTime end = 0;
};

// Run-queue lengths right after an event that changed one of them.
struct RunqSample {
    SimTime time = 0;
    std::vector<uint16_t> perP;     // runnext + ring, per P id
    uint32_t global = 0;
};

struct CfsSample {
    SimTime time = 0;
    SimDur quotaUsed = 0;
};

struct MemTick {
    SimTime time = 0;
    int32_t g = 0;
    int32_t p = -1;
    int32_t line = 0;
    uint32_t var = 0;               // string index of the variable name
    bool write = false;
    bool atomic = false;
    size_t event = 0;
};

struct Span {
    SimTime start = 0;
    SimTime end = 0;
};

struct TimelineModel {
    int32_t numP = 0;               // largest P count seen
    int32_t numM = 0;
    int32_t maxGoid = 0;
    SimTime endTime = 0;            // time of the last event
    std::vector<RunSlice> slices;   // ordered by start (then P)
    std::vector<GSpan> gspans;      // ordered by end
    std::vector<RunqSample> runq;   // first sample at time 0
    std::vector<CfsSample> cfs;     // empty when the trace has no CFS periods
    std::vector<MemTick> accesses;
    std::vector<Span> throttled;
    std::vector<size_t> preemptions;// indices of GoPreempt events
    bool hasQuota = false;
};

// buildTimeline replays t (apply) and collects the model. Slices still open
// at the end are closed at the last event's time.
TimelineModel buildTimeline(const trace::Trace &t);

// goroutineColor returns a stable, well separated fill colour for goid g
// ("#rrggbb"), shared by every timeline so a G has one colour everywhere.
const char *goroutineColor(int32_t g);

} // namespace gsl::exports
