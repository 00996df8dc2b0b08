// race.h — the happens-before data race detector (go-runtime.md §8).
//
// A race is two accesses to the same address, at least one a write, not both
// atomic, that HappensBefore (hb.h) does not order — whatever their timing and
// whatever GOMAXPROCS was. Only accesses that executed count: a goroutine
// that never ran made none. Like TSan's default flags (suppress_equal_stacks,
// suppress_equal_addresses), a report is dropped when its pair of source
// locations or its address was already reported in this run.
//
// Simplification: shadow memory is exact (last write + the last read of every
// goroutine per address); TSan keeps 4 shadow cells per 8 bytes and a bounded
// history, so it can miss races we report (never the other way round).
// Simplification: a race between an atomic and a plain access is reported (as
// Go does: "Previous write ... sync/atomic.AddInt64()"); two atomics never race.
//
// WaitGroup misuse (go1.19 sync/waitgroup.go): under -race, an Add with
// delta > 0 that takes the counter from 0 does race.Read(&wg.sema), and a Wait
// that finds the counter > 0 and registers as the first waiter (it will
// block) does race.Write(&wg.sema); both run inside race.Disable(), which only
// ignores synchronisation, not these accesses. So an Add from 0 that is not
// ordered with a blocking Wait is a DATA RACE, printed with
// runtime.raceread()/runtime.racewrite() above the Add/Wait line (package sync
// has no racefuncenter, so no sync.(*WaitGroup) frame). We see the Add as
// WgAdd (b = delta; the counter is the sum of the deltas) and the blocking
// Wait as GoPark(Semacquire, b = wg, c = line), emitted before the WgWait it
// precedes; a Wait with counter 0 does not park and makes no access. The
// waiter count is reset when the counter reaches 0, as Add does.
#pragma once

#include "sim/analysis/hb.h"
#include "sim/engine/simtime.h"
#include "sim/trace/trace_event.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::analysis {

// One side of a racy pair.
struct RaceAccess {
    int32_t goid = 0;
    int32_t addr = 0;
    std::string var;        // interned variable name (TraceEvent::b)
    int32_t line = 0;
    bool write = false;
    bool atomic = false;
    size_t eventIndex = 0;  // index into the trace: the GUI joins its red marks here
    SimTime time = 0;
    // Last, so positional initialisers of the fields above keep their meaning.
    bool wgSema = false;    // the race runtime's access to &wg.sema in WaitGroup.Add/Wait: addr = the WaitGroup's object id
    friend bool operator==(const RaceAccess &, const RaceAccess &) = default;
};

struct RaceReport {
    RaceAccess current;     // the access that found the race
    RaceAccess previous;    // the earlier unordered access
    GoroutineInfo currentG;
    GoroutineInfo previousG;  // finished = whether it had ended when the race was found
    friend bool operator==(const RaceReport &, const RaceReport &) = default;
};

// A conflicting pair of accesses (same addr, one a write, not both atomic) by
// source location, with whether this run ordered it and in which order.
struct ConflictPair {
    int32_t firstLine = 0;
    bool firstWrite = false;
    int32_t secondLine = 0;
    bool secondWrite = false;
    bool ordered = true;     // HB-ordered in this run
    friend auto operator<=>(const ConflictPair &, const ConflictPair &) = default;
};

// Maps a source line to the Go function enclosing it ("main.main.func1");
// the run facade supplies it from the compiled program.
using FuncNameFn = std::function<std::string(int32_t line)>;
// Resolves an interned string index (Trace::str).
using StringFn = std::function<std::string(uint32_t index)>;

struct RaceOptions {
    std::string file = "main.go";   // path printed in the stacks
    FuncNameFn funcName;            // null: "main.main" for goroutine 1, "main.main.func?" otherwise
    StringFn str;                   // null: variable names print as "v<index>"
    bool stdoutSync = true;         // golang/go#27756: prints synchronise (hb.h)
    bool collectConflicts = false;  // fill RaceResult::conflicts (explore's HB classes)
};

struct RaceResult {
    std::vector<RaceReport> reports;     // in the order Go would print them
    std::vector<ConflictPair> conflicts; // sorted, unique (only with collectConflicts)
    uint64_t hbClass = 0;                // hash of conflicts: equal runs had the same HB order of conflicts
};

class RaceDetector {
public:
    explicit RaceDetector(RaceOptions opt);
    // step feeds trace event `index`; call in trace order.
    void step(const trace::TraceEvent &e, size_t index);
    // finish sorts and hashes the conflicts and returns the result.
    RaceResult finish();
    HappensBefore &hb() { return m_hb; }

private:
    struct Access { int32_t g; uint32_t epoch; int32_t line; bool write; bool atomic; size_t index; SimTime time; int32_t var; bool wgSema = false; };
    struct Shadow { bool hasWrite = false; Access write{}; std::vector<Access> reads; };
    // What the race runtime sees of a WaitGroup (waitgroup.go's state word).
    struct Wg { int64_t counter = 0; uint32_t waiters = 0; bool notWg = false; };
    void access(const trace::TraceEvent &e, size_t index, bool write, bool atomic);
    void access(const Access &cur, int32_t key);
    void waitGroup(const trace::TraceEvent &e, size_t index);
    bool ordered(const Access &prev, int32_t g);
    void conflict(const Access &prev, const Access &cur, bool isOrdered);
    void report(const Access &prev, const Access &cur, int32_t addr);
    RaceAccess toAccess(const Access &a, int32_t addr) const;

    RaceOptions m_opt;
    HappensBefore m_hb;
    std::unordered_map<int32_t, Shadow> m_shadow;       // lookup only; key = address, or -1 - wg id for &wg.sema
    std::unordered_map<int32_t, Wg> m_wgs;              // lookup only
    std::vector<RaceReport> m_reports;
    std::vector<uint64_t> m_reportedStacks;             // sorted keys of reported location pairs
    std::vector<int32_t> m_reportedAddrs;               // sorted
    std::vector<ConflictPair> m_conflicts;
};

// detectRaces runs the detector over a whole trace.
RaceResult detectRaces(std::span<const trace::TraceEvent> events, const RaceOptions &opt);
RaceResult detectRaces(const trace::Trace &t, RaceOptions opt);

// fakeAddress is the address Go would print for addr: 0x00c000010000 + 8*addr.
std::string fakeAddress(int32_t addr);
// fakeSemaAddress is the address printed for &wg.sema of WaitGroup object id:
// 0x00c0000a0008 + 16*id (a WaitGroup is 16 bytes; sema at offset 8 on amd64).
std::string fakeSemaAddress(int32_t wgId);
// formatRaceReport renders one report exactly in Go's format, from the
// "==================" line to the closing one, with a trailing newline.
std::string formatRaceReport(const RaceReport &r, const RaceOptions &opt);
// formatRaceSummary is what racefini prints at exit: "Found N data race(s)\n"
// ("" when n == 0).
std::string formatRaceSummary(size_t n);
// raceExitStatus: 66 (GORACE exitcode default) when races were found and the
// program would have exited 0, else the program's status.
int raceExitStatus(int programStatus, size_t races);

// Predictive mode: over many explored runs, the conflicting pairs by source
// location that were unordered in at least one of them ("exists in some interleaving").
struct PredictedRace {
    int32_t lineA = 0, lineB = 0;   // lineA <= lineB
    bool writeA = false, writeB = false;
    size_t runs = 0;                // runs in which it was unordered
    size_t witnessRun = 0;          // smallest run index with it
    friend bool operator==(const PredictedRace &, const PredictedRace &) = default;
};
std::vector<PredictedRace> predictRaces(const std::vector<RaceResult> &runs);

} // namespace gsl::analysis
