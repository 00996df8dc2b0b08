// calibration.h — turning the output of the calibration benchmarks
// (resources/calibrate/machine_bench_test.go, run by `goschedlab-cli
// calibrate` with `go test -bench`) into a MachineProfile. Parsing only: the
// CLI runs the toolchain.
#pragma once

#include "sim/engine/machine_profile.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::calib {

// One result line of `go test -bench`:
//   BenchmarkWakeIdleP-2  \t 274 \t 2709980 ns/op \t 8787 p1-ns \t ...
// name without the "Benchmark" prefix and the "-CPUS" suffix; metrics by unit.
struct BenchLine {
    std::string name;
    int procs = 1;
    long long iterations = 0;
    std::map<std::string, double> metrics;
};

// parseBenchOutput keeps the result lines and ignores everything else
// (goos/goarch/cpu/PASS/ok lines, log output, a line cut short).
std::vector<BenchLine> parseBenchOutput(std::string_view text);

// Environment of the measurement, written into the profile's header.
struct CalibrationContext {
    int cpus = 1;
    std::string name;      // profile name
    std::string goVersion; // `go version` output
    std::string cpuModel;  // the benchmark output's "cpu:" line, if any
    std::string loadAvg;   // /proc/loadavg when the benchmarks started
    std::string command;   // how the benchmarks were run
    int runs = 1;
};

struct Calibration {
    MachineProfile profile;
    ProfileNotes notes;                // per key: how it was measured, raw figures
    std::vector<std::string> missing;  // "WakeIdleP p50-ns": figures absent from the output
    // BenchmarkChanPingPong's median ns per round trip (0 = absent: older
    // captures). Turned into switchCost by run::switchCostFor, which needs the
    // simulator (calibrate does it; this layer only parses).
    double chanPingPongNs = 0;
};

// kBenchLoopInstrs: how many bytecode instructions the front end executes per
// loop iteration of the calibration benchmarks whose figure is per iteration
// (resources/calibrate/machine_bench_test.go), so a cost per instruction can
// be derived. Counted by compiling the same loops as scenarios
// (tests/sim/run/tst_run_bench_loops.cpp checks these numbers).
struct BenchLoopInstrs {
    double stepArith;   // BenchmarkStepArith: if x&1 == 0 { x += i } else { x ^= i }, i++, i < N
                        // (the two branches alternate and differ in length: an average)
    double call;        // BenchmarkCall: x = callee(x) (callee returns x + 1), i++, i < N
    double sharedLoad;  // BenchmarkSharedLoad: counter++ on a captured int, i++, i < n (incl. its Load and Store)
};
inline constexpr BenchLoopInstrs kBenchLoopInstrs = {12.5, 15, 9};

// profileFromBench: each field from its benchmark (machine_profile.h names
// them), the median over the repeated runs (go test -count N). A figure
// missing from the output keeps the default and is listed in `missing`.
Calibration profileFromBench(const std::vector<BenchLine> &lines, const CalibrationContext &ctx);

// applyFreshProcessProbes: the first-run costs and the idle-P wake-up, which
// a warm benchmark cannot see, from the output of bench/cold/measure.sh
// (fresh Go processes; its "<key>Quantiles = p1 p10 p50 p90 p99 (N=n)"
// lines): pageFaultCost, coldPathCost, coldFmtCost, coldTimerCost,
// coldPanicCost, coldWriteCost, goCreateFirstCost and wakeupLatency, each
// field its p50, with a note. A line missing or malformed keeps the field and
// is listed in c.missing. `command` is how the script was run (for the notes).
void applyFreshProcessProbes(Calibration &c, std::string_view text, const std::string &command);

} // namespace gsl::calib
