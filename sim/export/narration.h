// narration.h — plain-language sentences for trace events, for the report's
// "what happened" list and the GUI's event log. Pure functions of the trace.
#pragma once

#include "sim/export/export_context.h"
#include "sim/trace/trace_event.h"

#include <string>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::exports {

// narrate returns one sentence (no trailing newline) saying what e means in
// Go's terms, e.g. "G1 creates G3 (go statement, line 10)." or "P1 has no
// work and steals G2 from P0's run queue.". Kinds with nothing worth saying
// to a learner (bookkeeping) still get a short factual sentence.
std::string narrate(const trace::TraceEvent &e, const trace::Trace &t);

// A key step of a run, narrated.
struct NarratedStep {
    size_t event = 0;
    SimTime time = 0;
    std::string text;
    bool race = false;          // one of the accesses of a reported race
};

// isKeyEvent: the events a schedule is explained by (creation into runnext,
// kicks, steals, global-queue moves, preemption, park/wake, throttling,
// exits). Plain memory accesses are not key unless a race names them.
bool isKeyEvent(const trace::TraceEvent &e);

// keySteps narrates the key events of t in order, at most maxSteps of them;
// the events of ctx.races (both accesses) are always included, and when the
// list is cut, a final step says how many were left out.
std::vector<NarratedStep> keySteps(const trace::Trace &t, const ExportContext &ctx, size_t maxSteps);

// formatTime: "1.234 ms", "56.7 µs", "120 ns" — short, for people.
std::string formatTime(SimTime ns);

} // namespace gsl::exports
