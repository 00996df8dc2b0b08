// scenario_runner.h — the real "run one seed" step of explore: the run facade
// (run::runScenario) plus, in race mode, the race detector over the trace.
#pragma once

#include "sim/analysis/race.h"
#include "sim/explore/explorer.h"
#include "sim/run/run.h"

namespace gsl::explore {

// raceOptionsFor: report stacks name the scenario's file and the Go function
// enclosing each line (run::functionAt). `sc` must outlive the options.
analysis::RaceOptions raceOptionsFor(const run::Scenario &sc);

// toOutcome condenses one RunResult for explore (races from detectRaces when
// cfg.race; with `coverage` too, the conflicts and HB class without reports).
RunOutcome toOutcome(const runtime::RunResult &r, const runtime::RunConfig &cfg, const analysis::RaceOptions &race,
                     bool coverage = false);

// scenarioRunner returns a thread-safe RunOneFn over sc (which must outlive it).
// coverage: every run also gets its conflicting pairs and HB class (explore's
// coverage figures; on for --pct / --exhaustive, where the HB class prunes).
RunOneFn scenarioRunner(const run::Scenario &sc, bool coverage = false);

// correctOf is the scenario's `Correct` regex ("" when it has none).
std::string correctOf(const run::Scenario &sc);

} // namespace gsl::explore
