// narration.h — one plain-language sentence per trace event, with the
// scheduler's reason, for the event log, tooltips and the scheduler view's
// move labels ("G5 was created by G1 and placed in P0.runnext; G4 was
// kicked to the tail of P0's local run queue").
#pragma once

#include "sim/trace/trace.h"

#include <QString>

namespace gsl::ui {

// narrate describes e. `before` (the state before e, may be null) adds
// counts that only the state knows ("stole 2 of 3 goroutines").
QString narrate(const trace::TraceEvent &e, const trace::Trace &t, const trace::SchedState *before = nullptr);

// moveLabel: a short label for an animated move ("runnext", "kicked to tail",
// "stolen by P1", "preempted → global"); empty when e moves no goroutine.
QString moveLabel(const trace::TraceEvent &e);

// formatTime: simulated time for people ("1.234 ms", "850 ns", "2.5 s").
QString formatTime(SimTime t);

} // namespace gsl::ui
