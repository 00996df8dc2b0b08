// config.h — everything that defines one simulated run besides the program.
// Plain values; validated by validate() (one clear message per problem).
#pragma once

#include "sim/engine/go_version.h"
#include "sim/engine/simtime.h"
#include "sim/runtime/forced.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gsl {
struct MachineProfile;
}

namespace gsl::runtime {

enum class MaxProcsPolicy : uint8_t {
    Runtime,      // what the Go version's runtime does (go-runtime.md §6.1/§6.2)
    Automaxprocs, // uber-go/automaxprocs: floor(quota), min 1 (§6.4)
    NumCpu,       // always the CPU count (Go <= 1.24 behaviour)
};

struct Budgets {
    // Interpreted steps (bytecode instructions) over all goroutines. At the
    // default profile's 0.048 ns per instruction, 10 G steps are ~0.5 s of
    // one core's interpreted CPU time and ~10-15 s of wall time: enough for
    // the bundled CPU-bound lessons (mutex_starvation at GOMAXPROCS=1 spins
    // ~3.7 G steps), a bound for a runaway loop.
    uint64_t maxSteps = 10'000'000'000;
    SimDur maxSimTime = 60 * kSecond;         // simulated time
    uint32_t maxGoroutines = 100'000;         // live goroutines
    uint64_t maxTraceEvents = 20'000'000;     // recorded events (memory)
    uint64_t maxHeapBytes = 512ull << 20;     // bytes the program allocates (memory)
};


struct RunConfig {
    std::optional<int> gomaxprocs;   // explicit; otherwise from policy/env
    int cpus = 4;                    // logical CPUs of the host (affinity mask)
    // CFS bandwidth: quota per period in µs; quotaUs < 0 = no limit.
    int64_t quotaUs = -1;
    int64_t periodUs = 100'000;
    GoVersion go{1, 22};
    MaxProcsPolicy policy = MaxProcsPolicy::Runtime;
    uint64_t seed = 1;
    std::map<std::string, std::string> env;  // GOMAXPROCS=... wins over the policy
    bool race = false;               // -race build: runnext 1/2, exit sleep, no deadlock report
    SimDur schedtraceMs = 0;         // GODEBUG=schedtrace=MS (0 = off)
    bool scheddetail = false;
    uint32_t keyframeEvery = 4096;   // Snapshot every K events
    bool checkInvariants = false;    // check runtime invariants after every event (tests)
    Budgets budgets;
    const MachineProfile *machine = nullptr; // nullptr = bundled default profile
    // Forced decisions (forced.h), sorted by point; empty = free run.
    std::vector<ScheduleChoice> schedule;
    // false: the trace's events are counted and fingerprinted but not stored,
    // and no keyframes are taken (explore runs that read neither; same run,
    // same fingerprint). RunResult::trace then has no events.
    bool recordTrace = true;
    bool recordPoints = false;       // fill RunResult::preemptPoints, stepRecords (explore --pct / --exhaustive)
    // Memory steps of a closed-form loop may run at once while nothing else
    // can happen (Simulation::setAhead, sim/program/loop_accel.h): same
    // outcome, times and costs; the trace lacks their MemRead/MemWrite events.
    // On for explore's many runs (scenario_runner.cpp), off where a person
    // reads the trace (run, trace, report, explain, the GUI).
    bool runAhead = false;
    // With runAhead: two goroutines' interleaved closed-form loops skip whole
    // periods at once (sim/runtime/joint_ahead.h). Exact; off only to test that.
    bool jointAhead = true;
};

// validate returns "" when cfg is usable, else one line naming the problem
// ("--gomaxprocs must be >= 1 (got 0)"). Exit 64 in the CLI.
std::string validate(const RunConfig &cfg);

// initialGomaxprocs applies go-runtime.md §6: env GOMAXPROCS (n > 0) wins, then
// an explicit value, then the policy for the Go version and quota.
int initialGomaxprocs(const RunConfig &cfg);

} // namespace gsl::runtime
