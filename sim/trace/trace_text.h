// trace_text.h — the one-event-per-line text form of a Trace, for golden
// traces and `--trace-text`. Stable forever: change it only by adding
// fields at the end of a line for a new kind. Format:
//
//      1.234567ms  GoCreate g=2 p=0 m=0 creator=1 line=12
//      1.240000ms  RunqPut g=3 p=0 to=runnext kicked=2
//      2.000000ms  MemWrite g=2 p=0 m=0 addr=4 var=counter line=9
//      3.000000ms  Print g=1 p=0 m=0 text="9\n"
//
// Time: milliseconds with 6 decimals (exact ns), right-aligned in 15
// columns (wider times push the line right), two spaces, the kind name,
// then name=value fields in a fixed order: g, p, m (each omitted when 0 /
// -1), the reason enum by name (to=runnext|tail|head for RunqPut and
// GlobRunqPut, from=runnext|local|global|steal|timer for RunqGet), then a, b,
// c under their per-kind names (text_format.h / trace_text.cpp kindFormat),
// omitted when 0 except ids where 0 is valid (victim, cpu, status, case,
// procs, old, period). A field a kind does not name is printed as a=/b=/c=
// when set, so nothing is ever lost. Strings are resolved: variable names
// bare when they contain no space, '"', '=' or '\\', otherwise Go-quoted;
// texts always Go-quoted (\n \t \r \" \\ \xNN). Wait reasons by Go's
// name (wait="chan receive"), GlobWhy by name (why=gosched).
#pragma once

#include "sim/trace/trace.h"

#include <string>
#include <string_view>

namespace gsl::trace {

// appendEventText appends one line (with '\n') for e.
void appendEventText(std::string &out, const TraceEvent &e, const Trace &t);
std::string eventText(const TraceEvent &e, const Trace &t);
// traceText is every event of t, one per line.
std::string traceText(const Trace &t);

// formatSimTime: "1.234567ms" (no padding).
std::string formatSimTime(SimTime t);

// parseTraceText reads the text form back into a Trace (strings re-interned).
// On error returns false and sets *error to "line N: message".
bool parseTraceText(std::string_view text, Trace &out, std::string *error);

} // namespace gsl::trace
