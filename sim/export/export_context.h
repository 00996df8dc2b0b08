// export_context.h — what an export needs besides the Trace: names and the
// findings other analyses made, supplied by the caller (CLI, GUI, tests), so
// the exporters stay pure functions of (Trace, ExportContext).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gsl::exports {

// A data race found by the analysis (analysis::RaceReport), pinned to the
// trace event of the access that found it.
struct RaceMark {
    size_t event = 0;           // index into Trace::events() (RaceReport::current.eventIndex)
    size_t previousEvent = 0;   // the earlier access (RaceReport::previous.eventIndex)
    std::string text;           // one line: "race on counter: G7 write line 12 vs G6 read line 12"
};

struct ExportContext {
    std::string title;          // scenario title (metadata), shown as the process label
    std::string scenarioPath;
    std::string replayCommand;  // `goschedlab-cli run FILE --gomaxprocs 2 --seed 17`
    std::string engineVersion;
    std::vector<RaceMark> races;
};

} // namespace gsl::exports
