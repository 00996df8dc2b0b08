// machine_profile.h — the cost table of the hardware a run predicts: how long
// the simulated operations take, in ns. The runtime charges these; the
// `calibrate` command measures them with small Go benchmarks (named per field
// below) and writes the text format described at loadMachineProfile.
//
// The member initialisers below are the bundled default profile
// (defaultProfile()): the interpreted-work costs measured by the calibration
// benchmarks on the reference machine kind (a 2-vCPU x86-64 cloud VM running
// Linux, idle), the others generic figures for such a machine.
// Where its values come from is said per field in
// resources/machines/default.profile.
#pragma once

#include "sim/engine/simtime.h"

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace gsl {

// The quantile levels a latency distribution is given at: p1 p10 p50 p90 p99.
inline constexpr std::array<double, 5> kLatencyQuantileLevels = {0.01, 0.10, 0.50, 0.90, 0.99};

// LatencyQuantiles: a measured latency as an empirical distribution, given by
// its quantiles at kLatencyQuantileLevels (non-decreasing). Not `set`: the
// latency is the constant scalar field. The sampler is sim/engine/latency_dist.h.
struct LatencyQuantiles {
    bool set = false;
    std::array<SimDur, kLatencyQuantileLevels.size()> q{};
    SimDur median() const { return q[2]; }
    friend bool operator==(const LatencyQuantiles &, const LatencyQuantiles &) = default;
};

struct MachineProfile {
    std::string name = "default";
    int cpus = 2;                    // logical CPUs of the machine measured (informative)

    // --- interpreted program work, in PICOseconds (a compiled instruction
    // retires in a fraction of a ns). The file keys are stepCost etc. in ns,
    // decimals allowed ("0.105"). Each is per instruction of OUR bytecode:
    // calibrate divides the benchmark's ns per loop iteration by the number of
    // bytecode instructions the front end compiles that loop to (calibration.h).
    SimPs stepCostPs = 48;              // one bytecode instruction of local work (BenchmarkStepArith)
    SimPs callCostPs = 839;             // a call + return beyond its instructions (BenchmarkCall, //go:noinline)
    SimPs sharedAccessCostPs = -48;     // a shared load/store beyond its instruction, cache hit (BenchmarkSharedLoad):
                                        // what makes racy_counter's loop cost what it measures; negative when that
                                        // loop runs faster than its bytecode count at stepCost, down to -stepCost
                                        // (the memory step free)
    SimPs contendedAccessCostPs = 19030;// atomic add on a line another P writes (BenchmarkFalseSharing); informative:
                                        // no step charges it (cache contention is not modelled)

    // --- runtime operations
    SimDur goCreateCost = 300;       // newproc: `go f()` incl. G allocation (BenchmarkGoCreate)
    SimDur chanOpCost = 18;          // uncontended buffered send or receive (BenchmarkChanUncontended)
    SimDur lockCost = 12;            // uncontended Mutex Lock+Unlock pair (BenchmarkMutexUncontended)
    SimDur atomicCost = 6;           // atomic.AddInt64, uncontended (BenchmarkAtomicAdd)
    SimDur findRunnableCost = 63;    // one findRunnable pass / one steal attempt over the Ps (BenchmarkSchedYield)
    SimDur switchCost = 0;           // a goroutine switch (execute + gogo) beyond findRunnableCost, charged at every
                                     // execute: calibrate derives it from BenchmarkChanPingPong; 0 in the default
                                     // (never measured on the reference VM)
    SimDur timerCheckCost = 20;      // findRunnable's checkTimers when its P has a timer: one nanotime() read
                                     // (go1.19 checkTimers reads the clock only then), charged at every schedule
                                     // of such a P (BenchmarkSchedYieldTimer - BenchmarkSchedYield)

    // --- goroutine creation in a fresh process (cold). goCreateCost above is
    // a newproc that reuses a dead G from the P's free list (gfget), as in a
    // steady-state benchmark. Without one, newproc1 allocates a new G and its
    // stack (malg); measured in fresh go1.19 processes, such a creation costs
    // from 0.1 us to hundreds of us (stack-span and heap growth, first-touch
    // page faults) in a fixed pattern by creation index: sim/engine/cold_create.h.
    SimDur goCreateFirstCost = 47050;             // the process's first new G (main.main's first go), p50
    SimDur goCreateNewCost = 200;                 // a new G after the 40th (p50; #2-#40: cold_create.h's table)

    // --- first executions in a fresh process (cold code and fresh memory;
    // sim/runtime/cold.cpp says where each is charged). Measured with the
    // probes in bench/cold/ (fresh go1.19 processes, GOMAXPROCS=1, idle,
    // launched as the oracle's real runs: bench/cold/measure.sh):
    // a first run costs 10-1000x the warm one.
    SimDur pageFaultCost = 14238;   // first touch of a fresh 4 KB page: large heap objects, a semaphore root's page
    SimDur coldPathCost = 1202;     // the first run of a runtime path (chan send/recv, close, select, Gosched, park,
                                    // write, a non-fmt library call): cold caches, no page fault; less the warm cost
    SimDur coldFmtCost = 41588;     // the process's first fmt call (its code's first-touch faults, caches)
    SimDur coldTimerCost = 38518;   // the process's first timer (time.Sleep, NewTimer, After, Tick)
    SimDur coldPanicCost = 20644;   // the process's first panic: gopanic's first run, before fatalpanic
    SimDur coldWriteCost = 32401;   // the process's first write(2) to stdout (a file, as the oracle's runs)
    SimDur coldPMallocCost = 0;     // the first heap allocation on a P other than main's (its empty mcache); 0: not
                                    // measured on the reference VM (bench/cold/pmalloc; 14 us p50 on the AMD EPYC VM)

    // --- OS and threads
    SimDur wakeupLatency = 70714;               // wakep/startm until the woken M runs: default from the wake_p1.go probe (calibrate: BenchmarkWakeIdleP)
    SimDur threadCreateCost = 40 * kMicrosecond;// newm: clone a thread until it runs (BenchmarkLockOSThreadNew)
    SimDur stealBackoff = 113775;               // stealWork's usleep(3) as really slept: ~95-165 µs here (timer slack, VM), BenchmarkUsleep3
    SimDur timerLatency = 50 * kMicrosecond;    // a sleeping M woken by its timer, beyond the deadline (BenchmarkSleepOvershoot)
    SimDur printCost = 2 * kMicrosecond;        // the write(2) of one Print to a pipe (BenchmarkWriteSyscall)
    SimDur osTimeSlice = 3 * kMillisecond;      // OS time slice when Ms > CPUs: sched_latency / nr_running (CFS, 6 ms / 2)

    // --- spread of the OS latencies above (each a distribution when set; its
    // p50 then equals the scalar). Drawn per occurrence from the run's
    // Latency RNG stream, so a seed still gives one run.
    // Default: measured on the reference VM. The wake-up of an idle M by a
    // direct probe in fresh go1.19 processes at GOMAXPROCS=2
    // (tests/validation/programs/wake_p1.go: from main's go statement that
    // called wakep to the start of the goroutine the woken P1 steals; 700 runs,
    // idle, 2026-11-28, each launched as the oracle's real runs are: under
    // `timeout 10`, stdout to a file. Run straight from a shell the p50 is
    // 37 us, under that harness 71 us: docs/fidelity.md section 4). calibrate's BenchmarkWakeIdleP (p1/p10/p50
    // 22.8/38.7/48.0 us, p90 2.8 ms) measures a steady-state ping-pong, not this
    // first wake-up, and made the oracle worse. stealWork's usleep(3) as really
    // slept by `calibrate --runs 5` at load ~1 (BenchmarkUsleep3). Cold
    // goroutine creation: sim/engine/cold_create.h.
    LatencyQuantiles wakeupLatencyQuantiles{true, {3304, 5667, 70714, 119495, 1343357}};
    LatencyQuantiles threadCreateCostQuantiles;
    LatencyQuantiles stealBackoffQuantiles{true, {94468, 97755, 113775, 124546, 163228}};
    LatencyQuantiles timerLatencyQuantiles;
    LatencyQuantiles goCreateFirstCostQuantiles{true, {27399, 33620, 47050, 134660, 431886}};
    LatencyQuantiles goCreateNewCostQuantiles{true, {100, 100, 200, 16310, 260829}};
    LatencyQuantiles pageFaultCostQuantiles{true, {11632, 12734, 14238, 21942, 97916}};
    LatencyQuantiles coldPathCostQuantiles{true, {38, 171, 1202, 2674, 3587}};
    LatencyQuantiles coldFmtCostQuantiles{true, {22290, 26264, 41588, 114103, 190730}};
    LatencyQuantiles coldTimerCostQuantiles{true, {32095, 34665, 38518, 106388, 147188}};
    LatencyQuantiles coldPanicCostQuantiles{true, {17992, 18604, 20644, 105420, 178432}};
    LatencyQuantiles coldWriteCostQuantiles{true, {4692, 28492, 32401, 85616, 147937}};
    LatencyQuantiles coldPMallocCostQuantiles;   // not measured on the reference VM (EPYC: 0.13/0.48/14.1/16.5/20.1 us)
    // The go statements #2-#40 of a fresh process, each allocating a new G:
    // goCreateTable[k - 2] is the k-th one's cost (bench/cold/create40; the
    // costs come in a fixed pattern by index, sim/engine/cold_create.h). An
    // entry not set takes the reference VM's, built into cold_create.cpp.
    std::array<LatencyQuantiles, 39> goCreateTable{};   // file keys goCreateTable.2 .. goCreateTable.40

    // --- noise
    double jitter = 0.03;            // every work cost is drawn uniformly from cost * [1 - jitter, 1 + jitter]

    friend bool operator==(const MachineProfile &, const MachineProfile &) = default;
};

// defaultProfile is the bundled profile of the reference machine; the file
// resources/machines/default.profile holds the same values (a test checks).
MachineProfile defaultProfile();

// Text format, one setting a line:
//     key = value   # comment
// Blank lines and lines starting with '#' are ignored. Keys are the field
// names above (stepCostPs is written stepCost, and so on); `name` takes the
// rest of the line (trimmed); durations are integers in ns, optionally with a
// unit suffix ns/us/µs/ms/s (`20us`); the four interpreted-work costs may be
// decimal ns or ps (`0.105`, `0.105ns`, `105ps`), kept to the ps;
// `jitter` is a decimal fraction in [0, 1). Keys not given keep the default.
// A distribution key `<scalar>Quantiles` (wakeupLatencyQuantiles,
// threadCreateCostQuantiles, stealBackoffQuantiles, timerLatencyQuantiles,
// goCreateFirstCostQuantiles, goCreateNewCostQuantiles, pageFaultCostQuantiles,
// coldPathCostQuantiles, coldFmtCostQuantiles, coldTimerCostQuantiles,
// coldPanicCostQuantiles, coldWriteCostQuantiles, and goCreateTable.K for
// K = 2..40, which has no scalar)
// takes five durations separated by blanks, the p1 p10 p50 p90 p99 of the
// latency, non-decreasing; the scalar then defaults to the p50 and, if both
// are given, must equal it ("LINE: wakeupLatency differs from the p50 of
// wakeupLatencyQuantiles"). A file that gives the scalar without the
// quantiles gets a constant latency (the default's quantiles are dropped),
// so profiles written before distributions existed read as they did.
// An unknown key is an error "LINE: unknown key 'x'"; a bad value is an error
// "LINE:COL: bad number 'x'" (COL 1-based at the value).
struct MachineProfileLoad {
    bool ok = false;
    MachineProfile profile;
    std::string error;
};
MachineProfileLoad parseMachineProfile(std::string_view text);
// The key of goCreateTable[K - 2] in the text format is kGoCreateTableKey + K.
inline constexpr std::string_view kGoCreateTableKey = "goCreateTable.";
// parseLatencyQuantiles reads "p1 p10 p50 p90 p99": five blank-separated
// durations (ns, or with a unit), non-decreasing; out is untouched on false.
bool parseLatencyQuantiles(std::string_view v, LatencyQuantiles &out);
// loadMachineProfile reads a file; an unreadable file is an error naming it.
MachineProfileLoad loadMachineProfile(const std::string &path);
// machineProfileText writes every field in the format above, with comments.
// `notes` (optional) maps a key to comment lines written above it (how that
// figure was measured); the key "" is a header written at the top.
using ProfileNotes = std::map<std::string, std::string>;
std::string machineProfileText(const MachineProfile &p, const ProfileNotes &notes = {});
// psText writes an interpreted-work cost as the file does: decimal ns, at most
// three decimals ("0.105", "2").
std::string psText(SimPs ps);
bool saveMachineProfile(const MachineProfile &p, const std::string &path, std::string *error);

} // namespace gsl
