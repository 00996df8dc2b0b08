// common.h — what every subcommand that takes a scenario does first: read the
// file, take the defaults from its `// Config:` line, apply the flags on top,
// validate, compile for the chosen Go version.
#pragma once

#include "args.h"

#include "sim/analysis/race.h"
#include "sim/run/config_text.h"
#include "sim/run/run.h"

#include <iosfwd>
#include <set>
#include <string>

namespace gsl::cli {

struct Loaded {
    run::Scenario scenario;
    run::ConfigSpec spec;
};

// Flags every subcommand accepts (cli.md "Configuration flags").
const std::set<std::string> &configFlags();

// checkFlags: every flag must be a configuration flag or one of `extra`.
// Returns "" or the complaint.
std::string checkFlags(const Args &a, const std::set<std::string> &extra);

// loadScenarioWithConfig returns 0 on success, else the exit status after
// printing diagnostics / the one-line problem to err.
int loadScenarioWithConfig(const Args &a, Loaded &out, std::ostream &err);

// printDiagnostics writes `file.go:LINE:COL: message` lines.
void printDiagnostics(const run::Scenario &sc, std::ostream &err);

// Where the bundled scenarios are: $GOSCHEDLAB_SCENARIOS, the source tree, the install prefix.
std::string scenarioDir();

// writeFileAtomically writes to PATH.tmp.XXXX then renames; "" or the error text.
std::string writeFileAtomically(const std::string &path, const std::string &bytes);

// raceOptionsFor: race reports name the scenario's file and Go functions.
analysis::RaceOptions raceOptionsFor(const run::Scenario &sc, const trace::Trace &t);

} // namespace gsl::cli
