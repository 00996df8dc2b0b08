// schedule.h — forced schedules: the driver side of PCT and bounded
// exhaustive exploration (cli.md `--pct D`, `--exhaustive --preemption-bound K`).
//
// The runtime follows forced decisions (runtime/forced.h, RunConfig::schedule;
// request R7 in sim/analysis/REQUESTS-analysis.md); the types and the
// schedule-string format live there and are re-exported here. This file holds
// the explore side: PCT's choice of preemption points and the enumeration of
// preemption sets.
#pragma once

#include "sim/runtime/forced.h"

#include <cstdint>
#include <vector>

namespace gsl::explore {

using runtime::ScheduleChoice;
using runtime::formatSchedule;
using runtime::parseSchedule;

// pctSchedule: PCT (Burckhardt et al., ASPLOS 2010) for bug depth d picks
// d-1 priority-change points uniformly among `points` scheduling points
// (points measured by a free run); at each the running goroutine is preempted,
// which is how a priority drop shows in a scheduler we do not otherwise
// control. Deterministic in seed. Simplification: goroutine priorities are
// left to the runtime's own queues, so PCT's 1/(n k^(d-1)) bound is not claimed.
std::vector<ScheduleChoice> pctSchedule(uint64_t seed, int depth, uint64_t points);
// The same over the candidate points a free run reported
// (RunResult::preemptPoints: step boundaries before a shared access or a
// synchronisation): d-1 distinct candidates, uniformly, in increasing order.
std::vector<ScheduleChoice> pctSchedule(uint64_t seed, int depth, const std::vector<uint64_t> &candidates);

// preemptionSets enumerates every set of at most `bound` preemption points
// among the first `points` scheduling points, smallest sets first, each in
// lexicographic order, stopping after `limit` schedules (CHESS-style
// preemption bounding over one fixed numbering; the exhaustive explorer
// (exhaustive.h) instead extends each schedule with the points of its own run).
std::vector<std::vector<ScheduleChoice>> preemptionSets(uint64_t points, int bound, size_t limit);

} // namespace gsl::explore
