// por.h — preemption-bounded exhaustive exploration with sleep sets
// (Godefroid 1996; bounded as in Musuvathi & Qadeer's CHESS), the
// GOMAXPROCS=1 path of `explore --exhaustive --preemption-bound K`.
//
// The choices are the runtime's Pick decisions (forced.h): at each candidate
// point of a run (a goroutine about to perform a shared step,
// RunResult::stepRecords) any other runnable goroutine may run instead; each
// such Pick is one forced preemption and K bounds their number. A sleep set
// (goroutine, what its next step touches) travels along each schedule: a
// goroutine whose step was already explored from an equivalent state sleeps
// until a step that depends on it runs, and is not picked meanwhile, so an
// interleaving equivalent to an explored one is not run again.
//
// Completeness (documented, see the test tst_explore_por):
//  * Unbounded, sleep sets are exact: every Mazurkiewicz trace of the runs is
//    reached (Godefroid). With a preemption bound they are not, in general:
//    the explored representative of a pruned interleaving may need more
//    preemptions than the bound allows (Coons, Musuvathi, McKinley, "Bounded
//    partial-order reduction", OOPSLA 2013), and the runtime's own choice
//    between forced points (run queues) differs between equivalent prefixes.
//    On the bundled test programs the set of happens-before classes and
//    outcomes found with and without reduction is the same (tested).
//  * A goroutine's next step is read off the run (the next step it performs
//    later in the same run); a goroutine that performs none is never put to
//    sleep. Local code that reads the clock (time.Now) could take another
//    path when scheduled later; such steps are treated as if it did not.
//  * Only exact at GOMAXPROCS=1, where the Pick choices are all the choices:
//    with more Ps the other Ps' goroutines interleave by time, so the
//    explorer uses the preemption-set enumeration there (exhaustive.cpp).
#pragma once

#include "sim/explore/explorer.h"

#include <functional>
#include <optional>
#include <vector>

namespace gsl::explore {

// BatchFn runs configurations (in parallel), results by index; nullopt = cancelled.
using BatchFn = std::function<std::vector<std::optional<RunOutcome>>(const std::vector<runtime::RunConfig> &)>;

struct BoundedRuns {
    std::vector<std::optional<RunOutcome>> runs;   // every run, in enumeration order (points dropped)
    ScheduleStats stats;                           // exhausted not set here
    bool truncated = false;                        // the cap stopped the enumeration
};

// exploreSleepSets enumerates the Pick schedules of at most `bound` picks from
// base (seed and configuration fixed), level by level (k picks), pruning with
// sleep sets when sleepSets is true. At most `cap` runs. Deterministic: the
// result depends on base only, never on how the batches were run.
BoundedRuns exploreSleepSets(const runtime::RunConfig &base, int bound, size_t cap, bool sleepSets, const BatchFn &batch);

} // namespace gsl::explore
