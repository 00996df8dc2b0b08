// bench_fidelity.cpp — what the real-runtime oracle (tests/validation/tst_oracle)
// costs: one simulated run of every validation program at GOMAXPROCS 1 and 2
// with the oracle's configuration (--cpus 2 --go 1.19), reporting runs/s,
// scheduler events/s and interpreted steps/s (targets: >= 5 M events/s,
// >= 20 M steps/s per core). Not part of ctest.
//   build-*/bench/bench_fidelity --benchmark_counters_tabular=true
#include "sim/run/run.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace gsl;

namespace {

void simulate(benchmark::State &state, std::shared_ptr<const run::Scenario> sc, int gomaxprocs)
{
    if (!sc->ok()) {
        state.SkipWithError((sc->path + " does not compile in the simulator").c_str());
        return;
    }
    runtime::RunConfig cfg;
    cfg.gomaxprocs = gomaxprocs;
    cfg.cpus = 2;
    cfg.go = GoVersion{1, 19};
    uint64_t seed = 1, events = 0, steps = 0;
    for (auto _ : state) {
        cfg.seed = seed++;
        const runtime::RunResult r = run::runScenario(*sc, cfg);
        events += r.schedEvents;
        steps += r.steps;
        benchmark::DoNotOptimize(r.exitStatus);
    }
    state.counters["runs/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["events/s"] = benchmark::Counter(double(events), benchmark::Counter::kIsRate);
    state.counters["steps/s"] = benchmark::Counter(double(steps), benchmark::Counter::kIsRate);
}

} // namespace

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(GSL_SCENARIO_DIR) / ".." / "tests" / "validation" / "programs";
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".go") files.push_back(e.path());
    std::sort(files.begin(), files.end());   // deterministic benchmark order
    for (const fs::path &f : files) {
        auto sc = std::make_shared<const run::Scenario>(run::loadScenario(f.string(), GoVersion{1, 19}));
        for (int p : {1, 2})
            benchmark::RegisterBenchmark((f.stem().string() + "/gomaxprocs:" + std::to_string(p)).c_str(), simulate, sc, p)
                ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
