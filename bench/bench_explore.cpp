// bench_explore.cpp — runs per second of `explore` on two bundled scenarios
// (the WaitGroup misuse and the racy counter), with and without the race
// detector, on 1 and all worker threads; and the exhaustive explorer to
// completion on a 3-goroutine, ~20-step program (preemption bounds 1..3).
// Not part of ctest.
//   build-*/bench/bench_explore --benchmark_counters_tabular=true
#include "sim/explore/explorer.h"
#include "sim/explore/scenario_runner.h"
#include "sim/run/run.h"

#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>

using namespace gsl;

namespace {

const run::Scenario &scenario(const std::string &name)
{
    static const run::Scenario wg = run::loadScenario(std::string(GSL_SCENARIO_DIR) + "/wg_add_inside.go", GoVersion{1, 22});
    static const run::Scenario counter = run::loadScenario(std::string(GSL_SCENARIO_DIR) + "/racy_counter.go", GoVersion{1, 22});
    const run::Scenario &sc = name == "wg" ? wg : counter;
    if (!sc.ok()) throw std::runtime_error("bench_explore: " + sc.path + " does not compile");
    return sc;
}

void exploreRuns(benchmark::State &state, const std::string &name, bool race)
{
    const run::Scenario &sc = scenario(name);
    explore::ExploreOptions o;
    o.runs = 64;
    o.threads = int(state.range(0));
    o.base.race = race;
    o.configs = explore::grid(explore::Configuration{}, {1, 2}, {}, {}, {});
    o.correct = explore::correctOf(sc);
    const explore::RunOneFn runOne = explore::scenarioRunner(sc);
    size_t runs = 0;
    for (auto _ : state) {
        const auto r = explore::Explorer(o).run(runOne);
        for (const auto &c : r.configs) runs += c.runs;
        benchmark::DoNotOptimize(r.configs.data());
    }
    state.counters["runs/s"] = benchmark::Counter(double(runs), benchmark::Counter::kIsRate);
}

// The exhaustive explorer (--exhaustive --preemption-bound K) to completion on
// tests/sim/explore/data/three_goroutines.go at GOMAXPROCS=1; args: K,
// threads (0 = all), sleep sets (1) or the same enumeration unreduced (0).
void exhaustive(benchmark::State &state)
{
    static const run::Scenario sc = run::loadScenario(
        std::string(GSL_SCENARIO_DIR) + "/../tests/sim/explore/data/three_goroutines.go", GoVersion{1, 22});
    if (!sc.ok()) throw std::runtime_error("bench_explore: three_goroutines.go does not compile");
    explore::ExploreOptions o;
    o.mode = explore::Mode::Exhaustive;
    o.preemptionBound = int(state.range(0));
    o.threads = int(state.range(1));
    o.sleepSets = state.range(2) != 0;
    o.configs = explore::grid(explore::Configuration{}, {1}, {}, {}, {});
    o.correct = explore::correctOf(sc);
    const explore::RunOneFn runOne = explore::scenarioRunner(sc, true);
    explore::ScheduleStats st;
    for (auto _ : state) {
        const auto r = explore::Explorer(o).run(runOne);
        st = r.configs.at(0).scheduling;
        if (!st.exhausted) state.SkipWithError("bound not exhausted");
    }
    state.counters["schedules"] = double(st.schedules);
    state.counters["distinct"] = double(st.distinct);
    state.counters["pruned"] = double(st.pruned);
    state.counters["blocked"] = double(st.blocked);
    state.counters["skipped_points"] = double(st.pointsSkipped);
}

} // namespace

BENCHMARK(exhaustive)->ArgsProduct({{1, 2, 3}, {1, 0}, {1}})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(exhaustive)->ArgsProduct({{1, 2}, {1, 0}, {0}})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK_CAPTURE(exploreRuns, waitgroup, std::string("wg"), false)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(exploreRuns, counter, std::string("counter"), false)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(exploreRuns, counter_race, std::string("counter"), true)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
