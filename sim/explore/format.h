// format.h — explore results as text: table (people), tsv (scripts; the exact
// columns of cli.md), json.
#pragma once

#include "sim/explore/explorer.h"

#include <string>

namespace gsl::explore {

// formatTsv: header "gomaxprocs\tcpus\tquota\tgo\toutcome\texit\traces\tcount\tshare\tcorrect\tseed",
// then one row per (configuration, outcome, exit, races) in ConfigResult::rows
// order. share has 4 decimals ("0.2500"); a tab or backslash inside an
// outcome is written as "\t" / "\\" so the columns stay intact.
std::string formatTsv(const ExploreResult &r);
// formatTable: per configuration a title line, then aligned rows with count,
// share and its Wilson 95 % interval, correct and seed; the bug rate and,
// with races, the race-report rate and coverage. maxRows > 0: a
// configuration with more outcomes shows its maxRows - 1 most frequent and
// one line summing the rest (how many outcomes, runs, share, counts, verdict).
std::string formatTable(const ExploreResult &r, bool race = false, size_t maxRows = 0);
// formatJson: the whole result (configurations, rows, intervals, coverage).
std::string formatJson(const ExploreResult &r);

} // namespace gsl::explore
