// timelinedata.h — the trace folded into lane segments, computed once per
// run on the worker thread, so painting a lane is a binary search plus one
// rectangle per pixel column however long the run is.
#pragma once

#include "sim/trace/trace.h"

#include <cstdint>
#include <vector>

namespace gsl::ui {

// What a lane is doing during a segment.
enum class LaneState : uint8_t { Running, Runnable, Blocked, Syscall, Spinning };

struct Segment {
    SimTime start = 0;
    SimTime end = 0;
    int32_t g = 0;            // the goroutine (P and M lanes: the one running)
    LaneState state = LaneState::Running;
    int32_t waitReason = 0;   // Blocked: Go's waitReason number
};

// A point event drawn as a tick on a G lane (memory and sync accesses).
struct Mark {
    SimTime time = 0;
    int32_t g = 0;
    trace::EvKind kind = trace::EvKind::MemRead;
    uint32_t eventIndex = 0;
};

// A causal arrow: a wake-up (G to G) or a steal (P to P).
struct Arrow {
    SimTime time = 0;
    bool steal = false;
    int32_t from = 0;  // waker goid / victim P
    int32_t to = 0;    // woken goid / thief P
    int32_t count = 0; // steal: how many Gs
};

struct Interval {
    SimTime start = 0;
    SimTime end = 0;
};

struct TimelineData {
    SimTime endTime = 0;
    std::vector<std::vector<Segment>> pLanes; // by P id
    std::vector<std::vector<Segment>> mLanes; // by M id
    std::vector<std::vector<Segment>> gLanes; // by goid (index 0 unused)
    std::vector<Mark> marks;                  // time order
    // gMarks[goid]: indices into marks of that goroutine's marks, in time
    // order, so a G lane finds its marks in view with a binary search.
    std::vector<std::vector<uint32_t>> gMarks;
    std::vector<Arrow> arrows;                // time order
    std::vector<Interval> throttled;          // CFS throttle intervals

    // build folds t into lanes. Segments in one lane never overlap and are in
    // time order; open segments end at the last event's time.
    static TimelineData build(const trace::Trace &t);
};

// segmentAt returns the index of the segment of lane covering time, or -1.
int segmentAt(const std::vector<Segment> &lane, SimTime time);

} // namespace gsl::ui
