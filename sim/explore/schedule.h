// schedule.h — forced schedules: the driver side of PCT and bounded
// exhaustive exploration (cli.md `--pct D`, `--exhaustive --preemption-bound K`).
//
// NOT WIRED: the runtime does not yet accept forced decisions (request R7 in
// sim/analysis/REQUESTS-analysis.md). Everything here is the explore side:
// the schedule-string format that `run --schedule S` will replay, PCT's
// choice of preemption points, and the enumeration of preemption sets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::explore {

// One forced decision at the n-th scheduling point (R7).
struct ScheduleChoice {
    enum class Kind : uint8_t { Preempt, Pick };
    uint64_t point = 0;
    Kind kind = Kind::Preempt;
    int32_t goid = 0;      // Pick only
    friend auto operator<=>(const ScheduleChoice &, const ScheduleChoice &) = default;
};

// Schedule strings: choices in increasing point order, comma-separated;
// "<point>p" preempts whatever runs at that point, "<point>g<goid>" runs that
// goroutine next. "" is the free schedule. Example: "12p,40g5,41p".
std::string formatSchedule(const std::vector<ScheduleChoice> &s);
// parseSchedule: nullopt and *error = "schedule: ..." on bad text or points not increasing.
std::optional<std::vector<ScheduleChoice>> parseSchedule(std::string_view text, std::string *error = nullptr);

// pctSchedule: PCT (Burckhardt et al., ASPLOS 2010) for bug depth d picks
// d-1 priority-change points uniformly among `points` scheduling points
// (points measured by a free run); at each the running goroutine is preempted,
// which is how a priority drop shows in a scheduler we do not otherwise
// control. Deterministic in seed. Simplification: goroutine priorities are
// left to the runtime's own queues, so PCT's 1/(n k^(d-1)) bound is not claimed.
std::vector<ScheduleChoice> pctSchedule(uint64_t seed, int depth, uint64_t points);

// preemptionSets enumerates every set of at most `bound` preemption points
// among the first `points` scheduling points, smallest sets first, each in
// lexicographic order, stopping after `limit` schedules (CHESS-style
// preemption bounding; duplicates by fingerprint are to be pruned by the caller).
std::vector<std::vector<ScheduleChoice>> preemptionSets(uint64_t points, int bound, size_t limit);

} // namespace gsl::explore
