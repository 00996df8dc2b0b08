// fuzz_frontend.cpp — libFuzzer target: the whole front end on arbitrary bytes
// (lex, parse, check, compile), then, for the rare input that compiles, a
// tiny bounded simulation. The front end must never crash, hang or exhaust the
// stack on any input; a compiled program must run within its budgets without
// an internal error (tests/fuzz/README.md says how to run it).
//
// Speed (README "Speed"): per input, the front end itself is a few percent of
// the time; libFuzzer's entropic scheduler (run with -entropic=0) and ASan's
// allocator bookkeeping (the options below) were the rest.
#include "sim/run/run.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// ASan's defaults, tuned for many small short-lived allocations: a 16 MB
// quarantine (default 256 MB: every run touched fresh pages, the kernel's page
// faults were a third of the time) and 8-frame allocation stacks (default 30).
// Both still catch use-after-free within an input and name the allocation site.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=16:malloc_context_size=8";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view src(reinterpret_cast<const char *>(data), size);
    // Alternate the Go version on the first byte so both loop-variable and
    // range-over-int paths run.
    gsl::GoVersion go = size > 0 && (data[0] & 1) ? gsl::GoVersion{1, 21} : gsl::GoVersion{1, 22};
    gsl::run::Scenario sc = gsl::run::compileScenario("fuzz.go", std::string(src), go);
    for (const auto &d : sc.compiled.diagnostics) (void)d.format();
    if (!sc.ok()) return 0;
    // A tiny run: enough to execute the start of main and a few goroutines,
    // bounded so an input never costs more than about a millisecond.
    gsl::runtime::RunConfig cfg;
    cfg.go = go;
    cfg.cpus = 2;
    cfg.gomaxprocs = 1 + (size & 1);
    cfg.budgets.maxSteps = 5000;
    cfg.budgets.maxSimTime = 50 * gsl::kMillisecond;
    cfg.budgets.maxGoroutines = 64;
    cfg.budgets.maxTraceEvents = 20000;
    cfg.budgets.maxHeapBytes = 4u << 20;
    (void)gsl::run::runScenario(sc, cfg);
    return 0;
}
