// report_gather.h — everything `goschedlab-cli report` does between loading a
// scenario and rendering the file: explore N seeds per configuration, pick a
// run where the bug manifested and one where it stayed hidden, re-run both
// for their traces, analyse them (races, deadlock/leak) and lay the report out
// (buildReport). The CLI and the GUI (File → Export report…) both call
// gatherReport, so the two produce the same report for the same input.
#pragma once

#include "sim/analysis/race.h"
#include "sim/export/report.h"
#include "sim/run/run.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gsl::exports {

struct ReportRequest {
    const run::Scenario *scenario = nullptr;     // compiled and ok(); must outlive gatherReport
    std::vector<runtime::RunConfig> configs;     // the grid (run::ConfigSpec::expand()); empty = {base}
    runtime::RunConfig base;                     // budgets, env, race; base.seed is the first seed
    size_t runs = 200;                           // seeds per configuration
    int threads = 0;                             // explore workers; 0 = all cores
    SimDur schedtrace = 0;                       // > 0: GODEBUG=schedtrace lines of the first run
    std::string engineVersion;                   // goschedlab version, printed in the footer
};

struct ReportHooks {
    // progress(done, total) counts exploration runs; called from worker
    // threads (serialise in the callee).
    std::function<void(size_t done, size_t total)> progress;
    const std::atomic<bool> *cancel = nullptr;   // set to stop; gatherReport then returns nullopt
};

// gatherReport runs the exploration and the chosen runs and builds the
// report. nullopt only when hooks.cancel was set.
std::optional<ReportDocument> gatherReport(const ReportRequest &req, const ReportHooks &hooks = {});

// replayCommandFor: the exact `goschedlab-cli run` command line that replays
// cfg (every flag that differs from the CLI defaults, always gomaxprocs/seed).
std::string replayCommandFor(const std::string &path, const runtime::RunConfig &cfg);

// raceMarks: one mark per race report, at the access that found it.
std::vector<RaceMark> raceMarks(const analysis::RaceResult &races);

} // namespace gsl::exports
