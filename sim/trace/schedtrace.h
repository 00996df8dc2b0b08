// schedtrace.h — GODEBUG=schedtrace / scheddetail lines, byte-compatible in
// field order and spelling with Go 1.19's proc.go schedtrace().
#pragma once

#include "sim/trace/sched_state.h"

#include <string>

namespace gsl::trace {

class Trace;

// formatSchedtrace returns the lines Go prints for state s (with '\n'):
// one SCHED line, and with detail also one line per P, M and G.
// Time is s.time (printed in whole ms since the process started, as Go's
// (now-starttime)/1e6).
std::string formatSchedtrace(const SchedState &s, bool detail);

// schedtraceText prints SCHED blocks for t every periodMs of simulated time
// (the first at 0: Go sets starttime at the first print), by replay.
std::string schedtraceText(const Trace &t, SimDur period, bool detail);

} // namespace gsl::trace
