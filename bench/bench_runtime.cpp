// bench_runtime — throughput of the runtime model (not part of ctest):
// scheduler events per second and interpreted steps per second for a
// 1,000-goroutine channel pipeline and a 4-goroutine counter loop (via
// ScriptExecutor), bytes per recorded event, and scaling with goroutines
// (100 -> 100,000) and GOMAXPROCS (1 -> 256).
//     ./build/bench/bench_runtime --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "sim/runtime/script_executor.h"
#include "sim/runtime/simulation.h"

#include <benchmark/benchmark.h>

using namespace gsl;
using namespace gsl::runtime;

namespace {

RunConfig benchConfig(int procs, int cpus)
{
    RunConfig cfg;
    cfg.gomaxprocs = procs;
    cfg.cpus = cpus;
    cfg.seed = 1;
    cfg.budgets.maxTraceEvents = 200'000'000;
    cfg.budgets.maxGoroutines = 1'000'000;
    return cfg;
}

void report(benchmark::State &state, uint64_t schedEvents, uint64_t steps, uint64_t events, double bytes)
{
    state.counters["sched_events/s"] = benchmark::Counter(double(schedEvents), benchmark::Counter::kIsRate);
    state.counters["steps/s"] = benchmark::Counter(double(steps), benchmark::Counter::kIsRate);
    state.counters["trace_events/s"] = benchmark::Counter(double(events), benchmark::Counter::kIsRate);
    state.counters["bytes/event"] = bytes;
}

// A pipeline of N stages over unbuffered channels, 200 items.
void BM_Pipeline(benchmark::State &state)
{
    const int stages = int(state.range(0));
    const int procs = int(state.range(1));
    uint64_t se = 0, st = 0, ev = 0;
    double bytes = 0;
    for (auto _ : state) {
        ScriptProgram prog;
        prog.fn(0).chanMake(1, 0).loop(stages).go(1).endLoop().loop(200).send(1, 1).endLoop().end();
        // stage i receives from chan 1 and passes on through chan 1 again
        // (a shared channel keeps the script small; every hop is a hand-off).
        prog.fn(1).loop(-1).recv(1).compute(50).endLoop().end();
        ScriptExecutor ex(prog);
        Simulation sim(ex, benchConfig(procs, 4));
        RunResult r = sim.run();
        se += r.schedEvents;
        st += r.steps;
        ev += r.events;
        bytes = double(r.trace.totalBytes()) / double(std::max<uint64_t>(1, r.events));
    }
    report(state, se, st, ev, bytes);
}

// 4 goroutines incrementing a shared counter under a Mutex.
void BM_CounterLoop(benchmark::State &state)
{
    const int procs = int(state.range(0));
    uint64_t se = 0, st = 0, ev = 0;
    double bytes = 0;
    for (auto _ : state) {
        ScriptProgram prog;
        prog.fn(0).wgAdd(1, 4).loop(4).go(1).endLoop().wgWait(1).end();
        prog.fn(1).loop(20000).lock(2).load(3).compute(5).store(3).unlock(2).endLoop().wgDone(1).end();
        ScriptExecutor ex(prog);
        Simulation sim(ex, benchConfig(procs, 4));
        RunResult r = sim.run();
        se += r.schedEvents;
        st += r.steps;
        ev += r.events;
        bytes = double(r.trace.totalBytes()) / double(std::max<uint64_t>(1, r.events));
    }
    report(state, se, st, ev, bytes);
}

// N goroutines that each do a little work and Done.
void BM_SpawnScaling(benchmark::State &state)
{
    const int n = int(state.range(0));
    const int procs = int(state.range(1));
    uint64_t se = 0, st = 0, ev = 0;
    double bytes = 0;
    for (auto _ : state) {
        ScriptProgram prog;
        prog.fn(0).wgAdd(1, n).loop(n).go(1).endLoop().wgWait(1).end();
        prog.fn(1).compute(2000).wgDone(1).end();
        ScriptExecutor ex(prog);
        Simulation sim(ex, benchConfig(procs, procs < 4 ? 4 : procs));
        RunResult r = sim.run();
        se += r.schedEvents;
        st += r.steps;
        ev += r.events;
        bytes = double(r.trace.totalBytes()) / double(std::max<uint64_t>(1, r.events));
    }
    report(state, se, st, ev, bytes);
}

} // namespace

BENCHMARK(BM_Pipeline)->Args({1000, 1})->Args({1000, 4})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CounterLoop)->Arg(1)->Arg(4)->Unit(benchmark::kMillisecond);
// Goroutines 100 -> 100,000 at GOMAXPROCS 4; GOMAXPROCS 1 -> 256 (CPUs =
// max(4, GOMAXPROCS)) at 10,000 goroutines. bench/scaling.py runs each case
// in its own process, warm (many runs) and cold (the process's first run).
BENCHMARK(BM_SpawnScaling)
    ->Args({100, 4})->Args({1000, 4})->Args({10000, 4})->Args({100000, 4})
    ->Args({10000, 1})->Args({10000, 2})->Args({10000, 8})->Args({10000, 16})->Args({10000, 32})
    ->Args({10000, 64})->Args({10000, 128})->Args({10000, 256})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
