// chrome_trace_check.h — a validator for Chrome Trace Event JSON, checking
// the rules of the format (Trace Event Format document, and what Perfetto's
// importer reports as errors) on any file, ours or not:
//  - valid JSON; the Object Format ({"traceEvents": [...]}) or a bare array;
//    displayTimeUnit, when present, "ms" or "ns";
//  - every event an object with a string "ph" and the fields its phase
//    requires: name/pid/tid/ts for X (plus dur >= 0), B/E, i/I (scope s, if
//    present, one of g/p/t), C (args of numbers), s/t/f (id, cat), M (args
//    with name or sort_index as the metadata kind needs);
//  - per track (pid, tid), timestamps never decreasing in file order
//    (counters: per (pid, name));
//  - slices nest on each track: no two complete slices partially overlap,
//    B/E pairs balance;
//  - every flow start has an end with the same (cat, id), not earlier; each
//    flow step is enclosed by a slice on its track (flow v1 binding; "f"
//    with "bp":"e" binds to the enclosing slice, otherwise to the next one).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::exports {

struct ChromeTraceStats {
    size_t events = 0;
    size_t slices = 0;        // X and B/E pairs
    size_t flows = 0;         // complete s..f pairs
    size_t instants = 0;
    size_t counters = 0;
    size_t metadata = 0;
};

struct ChromeTraceCheck {
    std::vector<std::string> problems;   // empty = valid; at most 50, each "event N: ..."
    ChromeTraceStats stats;
    bool ok() const { return problems.empty(); }
};

// checkChromeTrace validates json and counts what it holds.
ChromeTraceCheck checkChromeTrace(std::string_view json);

} // namespace gsl::exports
