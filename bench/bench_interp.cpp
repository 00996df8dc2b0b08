// bench_interp — speed of the scenario interpreter and compiler (not part of
// ctest; targets from the project brief):
//   BM_LocalLoop     interpreted steps/s of a local arithmetic loop, driven
//                    directly (no runtime): target >= 20 M steps/s per core
//   BM_SharedCounter interpreted steps/s of 4 goroutines incrementing a shared
//                    counter (every ++ is a Load and a Store step), through
//                    run::runScenario, i.e. with the simulated runtime
//   BM_Compile       parse + check + compile of the largest bundled scenario:
//                    target < 5 ms
//     ./build/bench/bench_interp --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "sim/lang/compile.h"
#include "sim/program/interpreter.h"
#include "sim/run/run.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace gsl;

namespace {

const char *kLocalLoop = R"go(package main

func main() {
	x := 0
	for i := 0; i < 1000000; i++ {
		x += i ^ (x >> 3)
	}
	_ = x
}
)go";

const char *kSharedCounter = R"go(package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter > 0)
}
)go";

void BM_LocalLoop(benchmark::State &state)
{
    lang::CompileResult cr = lang::compile("bench.go", kLocalLoop, GoVersion{1, 22});
    if (!cr.ok()) { state.SkipWithError("does not compile"); return; }
    uint64_t steps = 0;
    for (auto _ : state) {
        program::Interpreter in(cr.program);
        program::CtxId g = in.startMain();
        program::Completion done;
        program::StepEnv env;
        for (;;) {
            const program::Request &r = in.step(g, done, env);
            steps += r.steps;
            if (r.kind != program::ReqKind::Compute) break;
        }
    }
    state.counters["steps/s"] = benchmark::Counter(double(steps), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_LocalLoop)->Unit(benchmark::kMillisecond);

void BM_SharedCounter(benchmark::State &state)
{
    run::Scenario sc = run::compileScenario("bench.go", kSharedCounter, GoVersion{1, 22});
    if (!sc.ok()) { state.SkipWithError("does not compile"); return; }
    runtime::RunConfig cfg;
    cfg.gomaxprocs = int(state.range(0));
    cfg.cpus = 4;
    cfg.budgets.maxTraceEvents = 200'000'000;
    uint64_t steps = 0;
    for (auto _ : state) {
        runtime::RunResult r = run::runScenario(sc, cfg);
        steps += r.steps;
        benchmark::DoNotOptimize(r.exitStatus);
    }
    state.counters["steps/s"] = benchmark::Counter(double(steps), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SharedCounter)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond);

void BM_Compile(benchmark::State &state)
{
    std::string best, path;
    for (const auto &e : std::filesystem::directory_iterator(GSL_SCENARIO_DIR)) {
        if (e.path().extension() != ".go") continue;
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        if (ss.str().size() > best.size() || (ss.str().size() == best.size() && e.path().string() < path)) {
            best = ss.str();
            path = e.path().string();
        }
    }
    state.SetLabel(std::filesystem::path(path).filename().string());
    for (auto _ : state) {
        lang::CompileResult cr = lang::compile(path, best, GoVersion{1, 22});
        if (!cr.ok()) { state.SkipWithError("does not compile"); return; }
        benchmark::DoNotOptimize(cr.program.get());
    }
}
BENCHMARK(BM_Compile)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
