// chrome_trace.h — one run as Chrome Trace Event JSON (the "JSON Object
// Format": {"traceEvents": [...], "displayTimeUnit": "ns"}), the format
// chrome://tracing and Perfetto (ui.perfetto.dev) open.
//
// Layout:
//  - process 1 "Ps": one thread per P (tid = P id) with goroutine slices
//    (ph "X", named "G<id>"), zero-length "runqsteal" markers on the victim,
//    instant events (ph "i", scope "t") for preemptions and races, and the
//    counter tracks (ph "C") "runqueue" (one series per P plus "global") and
//    "cfs quota used (µs)" when the run had a CPU quota;
//  - process 2 "Ms": one thread per M with the slices of the goroutines it ran;
//  - process 3 "Goroutines": one thread per G with its status spans
//    ("running", "runnable", "waiting: chan receive");
//  - flow arrows (ph "s" -> "f" with "bp":"e") from the creating/waking
//    goroutine's slice, or the steal marker, to the slice where the G next
//    starts: categories "create", "wakeup", "steal";
//  - global instants (scope "g") for CFS throttling.
// Timestamps are microseconds with 3 decimals (exact ns). Events are written
// grouped per track, in time order.
//
// Simplification: a wake-up or creation made by no running goroutine (the
// runtime, a timer) has no slice to start an arrow from and gets no arrow.
#pragma once

#include "sim/export/export_context.h"

#include <string>

namespace gsl::trace { class Trace; }

namespace gsl::exports {

// Process ids of the three groups of tracks.
constexpr int kPidPs = 1;
constexpr int kPidMs = 2;
constexpr int kPidGs = 3;

// toChromeTraceJson renders t. Deterministic: same trace => same bytes.
std::string toChromeTraceJson(const trace::Trace &t, const ExportContext &ctx);

} // namespace gsl::exports
