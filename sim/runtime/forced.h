// forced.h — forced schedules: the decisions `run --schedule S` replays and
// `explore --pct` / `--exhaustive` generate (request R7 of
// sim/analysis/REQUESTS-analysis.md). The runtime follows them; sim/explore
// re-exports these types (explore/schedule.h) and chooses them.
//
// Scheduling points are counted deterministically, in event-queue order over
// all Ps: every call of schedule() (an M with a P about to look for work) and
// every step boundary of a running G (the instant its next scheduler-visible
// step, a Request, is about to be performed). Point numbers start at 0.
//   Preempt at point n: the G running at the first step boundary at or after
//     n is preempted cooperatively there (GoPreempt a=0 c=1, global queue tail,
//     as a sysmon preemption would); its step is performed when it runs again.
//   Pick g at point n: at a schedule() point, that M's findRunnable runs g
//     next, taken from wherever it is queued (ForcedPick event); at a step
//     boundary, the running G is preempted first, then the same.
// A choice that cannot apply (its point is beyond the run's end, a Pick of a
// goroutine that is not runnable when it is taken) is a divergence: the run
// records the first one and continues free.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::runtime {

// One forced decision at the n-th scheduling point.
struct ScheduleChoice {
    enum class Kind : uint8_t { Preempt, Pick };
    uint64_t point = 0;
    Kind kind = Kind::Preempt;
    int32_t goid = 0;      // Pick only
    friend auto operator<=>(const ScheduleChoice &, const ScheduleChoice &) = default;
};

// What one step touches, for partial-order reduction (explore's sleep sets,
// sim/explore/por.cpp). Two steps of different goroutines are independent
// (they commute and neither enables or disables the other) unless both touch
// the same object and one of them writes, or either is Global.
struct StepAccess {
    enum class Kind : uint8_t { Read, Write, Global };
    Kind kind = Kind::Global;
    uint64_t object = 0;   // space << 48 | id: memory address, channel, WaitGroup, Mutex, RWMutex, Once, output
    bool dependsOn(const StepAccess &o) const
    {
        if (kind == Kind::Global || o.kind == Kind::Global) return true;
        return object == o.object && (kind == Kind::Write || o.kind == Kind::Write);
    }
    friend bool operator==(const StepAccess &, const StepAccess &) = default;
};

// One candidate point of a run (RunConfig::recordPoints): the running
// goroutine about to perform a shared step, what the step touches, and the
// goroutines runnable there (the ones a Pick at this point can choose).
struct StepRecord {
    uint64_t point = 0;
    int32_t goid = 0;
    StepAccess access;
    uint32_t runnableBegin = 0, runnableEnd = 0;   // range of RunResult::runnable, goids increasing
};

// Schedule strings: choices in increasing point order, comma-separated;
// "<point>p" preempts whatever runs at that point, "<point>g<goid>" runs that
// goroutine next. "" is the free schedule. Example: "12p,40g5,41p".
std::string formatSchedule(const std::vector<ScheduleChoice> &s);
// parseSchedule: nullopt and *error = "schedule: ..." on bad text or points not increasing.
std::optional<std::vector<ScheduleChoice>> parseSchedule(std::string_view text, std::string *error = nullptr);

} // namespace gsl::runtime
