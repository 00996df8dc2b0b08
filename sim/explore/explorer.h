// explorer.h — many runs of one scenario: N seeds per configuration, in
// parallel (TBB), merged by run index so the result is the same with any
// number of worker threads (architecture.md "Determinism").
//
// The "run one seed" step is a RunOneFn, so the aggregation is tested on
// synthetic outcomes and the real thing (scenario_runner.h) plugs in the
// run facade (run::runScenario) plus the race detector.
#pragma once

#include "sim/analysis/race.h"
#include "sim/explore/stats.h"
#include "sim/runtime/config.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gsl::explore {

// One point of the configuration grid (cli.md flags).
struct Configuration {
    std::optional<int> gomaxprocs;   // nullopt: from the policy
    int cpus = 4;
    int64_t quotaUs = -1;            // < 0: no CPU limit
    int64_t periodUs = 100'000;
    GoVersion go{1, 22};
    runtime::MaxProcsPolicy policy = runtime::MaxProcsPolicy::Runtime;
    friend bool operator==(const Configuration &, const Configuration &) = default;

    // apply writes this configuration into a copy of base.
    runtime::RunConfig apply(const runtime::RunConfig &base) const;
    // quotaText is "none" or the quota in cores ("0.5", "2").
    std::string quotaText() const;
};

// grid is the cross product GOMAXPROCS x quota x Go version x policy, in that
// nesting order (the last list varies fastest). An empty list means "the base value".
std::vector<Configuration> grid(const Configuration &base, const std::vector<int> &gomaxprocs,
                                const std::vector<int64_t> &quotasUs, const std::vector<GoVersion> &versions,
                                const std::vector<runtime::MaxProcsPolicy> &policies);

// What explore keeps of one run.
struct RunOutcome {
    std::string outcome;             // normalizeOutcome(stdout)
    int exitStatus = 0;              // with --race: 66 when races were found (raceExitStatus)
    size_t races = 0;                // race reports printed (0 without race mode)
    int gomaxprocs = 0;              // GOMAXPROCS the run started with
    uint64_t fingerprint = 0;        // the schedule
    uint64_t hbClass = 0;            // hbClassOf(trace) (race or coverage mode; 0 = not computed)
    bool budgetHit = false;
    std::vector<analysis::ConflictPair> conflicts;   // race or coverage mode: coverage and prediction
    // forced schedules (pct / exhaustive)
    std::string schedule;            // RunResult::schedule: the choices that applied (replay with run --schedule)
    std::string divergence;          // RunResult::divergence
    uint64_t schedPoints = 0;        // scheduling points of the run
    std::vector<uint64_t> preemptPoints;   // with RunConfig::recordPoints (dropped after use)
    std::vector<runtime::StepRecord> stepRecords;   // idem (RunResult::stepRecords)
    std::vector<int32_t> runnable;                  // idem (RunResult::runnable)
};

// RunOneFn runs one seed of one configuration. Called from worker threads at
// once: it must be thread-safe (run::runScenario is).
using RunOneFn = std::function<RunOutcome(const runtime::RunConfig &cfg)>;

enum class Verdict : uint8_t { Yes, No, Unknown };   // matches Correct / doesn't / no Correct
const char *verdictText(Verdict v);                  // "yes", "no", "-"

struct OutcomeRow {
    std::string outcome;
    int exitStatus = 0;
    size_t races = 0;
    size_t count = 0;
    double share = 0;                // count / runs of the configuration
    Interval ci;                     // Wilson 95 % of share
    Verdict correct = Verdict::Unknown;
    uint64_t seed = 0;               // smallest seed that produced the row: `run --seed S` replays it
    std::string schedule;            // pct / exhaustive: with seed, `run --seed S --schedule X` replays it
    friend bool operator==(const OutcomeRow &, const OutcomeRow &) = default;
};

struct Coverage {
    size_t distinctSchedules = 0;    // distinct fingerprints
    size_t distinctHbClasses = 0;    // distinct hbClass (race or coverage mode)
    size_t pairsBothOrders = 0;      // conflicting location pairs seen in both orders (race or coverage mode)
    size_t pairsOneOrder = 0;        // conflicting location pairs only ever seen in one order
    friend bool operator==(const Coverage &, const Coverage &) = default;
};

// How an exploration mode went (pct / exhaustive; zeros for seeds).
struct ScheduleStats {
    size_t schedules = 0;            // runs with a forced schedule (exhaustive: every schedule explored)
    size_t distinct = 0;             // exhaustive: runs of a happens-before class not seen before
    size_t pruned = 0;               // exhaustive: schedules not run, equivalent to explored ones (sleep sets;
                                     // GOMAXPROCS > 1: runs of a seen HB class, not extended)
    size_t blocked = 0;              // exhaustive, sleep sets: runs whose free continuation repeated an
                                     // explored interleaving (not extended past that point)
    size_t pointsSkipped = 0;        // exhaustive: points never preempted (schedule() calls, steps before local work)
    size_t diverged = 0;             // runs whose schedule did not apply (should stay 0)
    bool exhausted = false;          // exhaustive: every schedule within the bound was explored
    friend bool operator==(const ScheduleStats &, const ScheduleStats &) = default;
};

struct ConfigResult {
    Configuration config;
    int gomaxprocs = 0;              // effective (explicit, else what the first run started with)
    size_t runs = 0;                 // completed runs
    std::vector<OutcomeRow> rows;    // by count (descending), then outcome, exit, races
    size_t manifested = 0;           // runs whose outcome did not match Correct
    Interval bugRate;                // Wilson interval of manifested / runs
    std::optional<uint64_t> manifestSeed;  // smallest seed where the bug manifested
    std::string manifestSchedule;    // pct / exhaustive: its schedule
    size_t racyRuns = 0;             // runs with at least one race report
    Interval raceRate;
    Coverage coverage;
    std::vector<analysis::PredictedRace> predicted;  // race mode: unordered in some run
    ScheduleStats scheduling;
    friend bool operator==(const ConfigResult &, const ConfigResult &) = default;
};

enum class Mode : uint8_t { Seeds, Pct, Exhaustive };

struct ExploreResult {
    Mode mode = Mode::Seeds;
    int depth = 0;                   // pct: D; exhaustive: the preemption bound K
    std::vector<ConfigResult> configs;
    bool cancelled = false;
    bool hasCorrect = false;
    friend bool operator==(const ExploreResult &, const ExploreResult &) = default;
};

struct ExploreOptions {
    std::vector<Configuration> configs;   // empty: one configuration from `base`
    runtime::RunConfig base;              // everything else (budgets, env, machine, race)
    size_t runs = 100;                    // seeds per configuration
    uint64_t firstSeed = 1;               // seeds firstSeed .. firstSeed+runs-1
    int threads = 0;                      // 0 = all cores
    std::string correct;                  // ECMAScript regex over the outcome; "" = none
    // progress(done, total) is called from worker threads (serialise in the callee).
    std::function<void(size_t, size_t)> progress;
    const std::atomic<bool> *cancel = nullptr;   // set to stop early (runs not started are skipped)
    // Forced schedules (schedule.h, exhaustive.cpp). Seeds: free runs.
    // Pct: per seed a free run counts the candidate points, then one run with
    // pctSchedule(seed, pctDepth, points). Exhaustive: one seed (firstSeed),
    // every schedule of at most preemptionBound preemptions (runs ignored).
    Mode mode = Mode::Seeds;
    int pctDepth = 3;
    int preemptionBound = 2;
    size_t maxSchedules = 100'000;   // exhaustive: cap per configuration (then exhausted = false)
    // exhaustive at GOMAXPROCS=1: prune with sleep sets (por.cpp). false = the
    // same enumeration without reduction (the baseline tests compare against).
    bool sleepSets = true;
};

// Explorer: run opts.configs x opts.runs seeds with `runOne` and aggregate.
class Explorer {
public:
    explicit Explorer(ExploreOptions opts) : m_opts(std::move(opts)) {}
    ExploreResult run(const RunOneFn &runOne) const;
    // aggregate is the deterministic merge (exposed for tests): outcomes[i]
    // belongs to configuration i / runs, seed firstSeed + i % runs; missing
    // (cancelled) runs are nullopt.
    ExploreResult aggregate(const std::vector<std::optional<RunOutcome>> &outcomes) const;
    const ExploreOptions &options() const { return m_opts; }

    // One completed run of a configuration with what names it.
    struct Entry {
        const RunOutcome *outcome = nullptr;
        uint64_t seed = 0;
    };
    // aggregateConfig: the rows, rates and coverage of one configuration from
    // its runs in run-index order (the first run of a row is its witness).
    ConfigResult aggregateConfig(const Configuration &config, const std::vector<Entry> &runs) const;

private:
    ExploreResult runSeeds(const std::vector<Configuration> &configs, const RunOneFn &runOne) const;
    ExploreResult runPct(const std::vector<Configuration> &configs, const RunOneFn &runOne) const;
    ExploreResult runExhaustive(const std::vector<Configuration> &configs, const RunOneFn &runOne) const;

    ExploreOptions m_opts;
};

// matchesCorrect: std::regex_search (ECMAScript). RE2 (Go's regexp) differs in
// rare corners: no backreferences or lookaround in RE2, \z / (?i) / \pL exist
// only in RE2, and RE2 matches leftmost-first like ECMAScript for alternations.
// Scenario regexes are anchors, literals, classes and repetition, where they agree.
// Throws std::regex_error for an invalid pattern.
bool matchesCorrect(const std::string &pattern, const std::string &outcome);

} // namespace gsl::explore
