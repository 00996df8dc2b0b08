// cold.cpp — first runs in a fresh process: the costs the real runtime pays
// the first time a code path runs or a page of memory is touched, and never
// again in that process (MachineProfile: pageFaultCost, coldPathCost,
// coldFmtCost, coldTimerCost, coldPanicCost, coldWriteCost; measured by
// bench/cold/).
//
// Why it matters: a validation program runs once per process, so every one
// of its few operations is a first run. Measured in fresh go1.19 processes
// (GOMAXPROCS=1, idle, 2026-11-28; the default profile's figures, p50): the
// first fmt call 42 us against 0.2 us warm; the first timer 39 us against
// 0.6; the first channel send + receive, select, close or Gosched 0.3-2.5 us
// against 0.05-0.2; a fresh 4 KB page 14 us on first touch. A goroutine that
// runs such a path first is on its CPU that much longer, which decides
// whether an idle P, woken tens of us later (wakeupLatency), finds anything
// left to steal.
//
// What is charged, and where:
//  - a step's library calls (Request::libs): the process's first fmt call
//    coldFmtCost; the first other library call coldPathCost;
//  - the step's operation, the first time its kind runs: channel send,
//    receive, close, select, Gosched, a Print to stderr (the write path)
//    coldPathCost; the first Print to stdout coldWriteCost, after its bytes
//    are written (coldWriteAfter: the first write(2) to a file allocates its
//    first page-cache page and updates the inode; measured with stdout to a
//    file as the oracle's real runs have it: to /dev/null it is ~1 us, to a
//    pipe it varies widely);
//    the first timer (Sleep, NewTimer, After, Tick) coldTimerCost;
//    an unrecovered panic coldPanicCost (gopanic's first run: the stack walk
//    for defer frames, funcdata lookups, cold code; exec.cpp's goexit and
//    doPanic say what happens during it and after);
//  - fresh heap pages (Request::freshPages: objects of a page or more)
//    pageFaultCost each;
//  - the first step that allocates (Request::allocs, or any fmt call) on a
//    P other than P0 coldPMallocCost: that P's mcache has served no malloc
//    yet, and its first ones refill spans from mcentral/mheap. Measured on
//    the AMD EPYC VM (bench/cold/pmalloc, 300 processes): a goroutine stolen
//    by P1 takes p10/p50/p90 0.5/14.1/16.5 us for its first 100-byte
//    allocation, against 0.05 us warm; its first fmt.Sprint 5.4/28/33 us
//    against 0.17 us for the same goroutine on P0. P0 is warm from the
//    runtime's initialisation (simplification: for every size class); a P
//    that procresize destroys and re-creates is cold again (a new mcache);
//  - at a park: the process's first gopark coldPathCost (park_m, schedule's
//    cold path); a semaphore park (WaitGroup.Wait, a contended Lock, RWMutex,
//    Once) touches its semaphore root in runtime.semtable (251 roots of 64
//    bytes: four pages of zeroed data), and the first touch of that page
//    costs pageFaultCost. Charged on the parking M before it finds the next
//    G, so it lands between the park and the next goroutine's start: the
//    cold_first_run.go probe measured that gap at p10/p50/p90 15.8/18.4/80.8
//    us, this model draws pageFaultCost + coldPathCost (p50 ~15 us).
// Simplifications: the root a semaphore hashes to is taken from the object's
// id (the real one from its address, fixed for a given binary); the kinds
// above are the only paths with a first-run cost (mutex and WaitGroup fast
// paths, atomics, go statements are not: measured warm, or in cold_create.h);
// builtin println counts as fmt; a page fault is charged when the object is
// allocated, not when it is written; a panic that is recovered has no cold
// cost (only the fatal one is a step the runtime sees), and the unwinding
// charged is after the deferred calls ran (the real gopanic sets
// runningPanicDefers before running them).
#include "sim/runtime/simulation.h"

#include "sim/trace/wait_reason.h"

namespace gsl::runtime {

using program::ReqKind;

namespace {

// Paths whose first run is charged once per process (bits of m_coldDone).
enum ColdPath : uint32_t {
    kColdFmt = 1u << 0, kColdLib = 1u << 1, kColdSend = 1u << 2, kColdRecv = 1u << 3, kColdClose = 1u << 4,
    kColdSelect = 1u << 5, kColdGosched = 1u << 6, kColdPrint = 1u << 7, kColdTimer = 1u << 8, kColdPark = 1u << 9,
    kColdPanic = 1u << 10, kColdWrite = 1u << 11,
};

// runtime.semtable: semTabSize roots, each padded to a cache line.
constexpr uint32_t kSemTabSize = 251;
constexpr uint32_t kSemRootBytes = 64;
constexpr uint32_t kPageBytes = 4096;

// pathOf: the ColdPath of an operation whose first run costs coldPathCost
// (0: none; timers have a cost of their own).
uint32_t pathOf(ReqKind k)
{
    switch (k) {
    case ReqKind::ChanSend: return kColdSend;
    case ReqKind::ChanRecv: return kColdRecv;
    case ReqKind::ChanClose: return kColdClose;
    case ReqKind::Select: return kColdSelect;
    case ReqKind::Gosched: return kColdGosched;
    case ReqKind::Print: return kColdPrint;
    default: return 0;
    }
}

SimDur pageFault(const MachineProfile &p, engine::Rng &rng)
{
    return engine::drawLatency(p.pageFaultCostQuantiles, p.pageFaultCost, rng);
}

} // namespace

SimDur Simulation::coldOnce(uint32_t path, const LatencyQuantiles &q, SimDur scalar)
{
    if (m_coldDone & path) return 0;
    m_coldDone |= path;
    return engine::drawLatency(q, scalar, m_rngCold);
}

SimDur Simulation::coldStepCost(const program::Request &r, int32_t p)
{
    SimDur d = 0;
    if (r.libs & program::kLibFmt) d += coldOnce(kColdFmt, m_prof.coldFmtCostQuantiles, m_prof.coldFmtCost);
    if (r.libs & program::kLibOther) d += coldOnce(kColdLib, m_prof.coldPathCostQuantiles, m_prof.coldPathCost);
    if (r.kind == ReqKind::Print && !r.toStderr) {
        // coldWriteAfter, once the bytes are in
    } else if (const uint32_t path = pathOf(r.kind))
        d += coldOnce(path, m_prof.coldPathCostQuantiles, m_prof.coldPathCost);
    else if (r.kind == ReqKind::Sleep || r.kind == ReqKind::TimerMake)
        d += coldOnce(kColdTimer, m_prof.coldTimerCostQuantiles, m_prof.coldTimerCost);
    else if (r.kind == ReqKind::Panic)
        d += coldOnce(kColdPanic, m_prof.coldPanicCostQuantiles, m_prof.coldPanicCost);
    for (uint32_t i = 0; i < r.freshPages; ++i)
        d += pageFault(m_prof, m_rngCold);
    // The first malloc on a P other than main's: its mcache is empty (fmt
    // always allocates: its printer from a per-P sync.Pool, the result).
    if (p >= 0 && (r.allocs || (r.libs & program::kLibFmt))) {
        P &pp = m_ps[size_t(p)];
        if (!pp.mallocWarm) {
            pp.mallocWarm = true;
            d += engine::drawLatency(m_prof.coldPMallocCostQuantiles, m_prof.coldPMallocCost, m_rngCold);
        }
    }
    return d;
}

// coldWriteAfter: the process's first write(2) to stdout is slow inside the
// kernel (the file's first page-cache page, the inode), after the write has
// taken the file's lock and placed its bytes: a second writer queues behind
// it and its bytes come after. So the cost lands after the Print takes effect
// (G::afterCost, charged with the goroutine's next step), not before.
SimDur Simulation::coldWriteAfter(const program::Request &r)
{
    if (r.kind != ReqKind::Print || r.toStderr) return 0;
    return coldOnce(kColdWrite, m_prof.coldWriteCostQuantiles, m_prof.coldWriteCost);
}

SimDur Simulation::coldParkCost(int32_t reason, int32_t obj)
{
    SimDur d = coldOnce(kColdPark, m_prof.coldPathCostQuantiles, m_prof.coldPathCost);
    if (reason == trace::wait::Semacquire && obj > 0) {
        // Knuth's multiplicative hash of the object id stands in for the
        // address hash (addr >> 3) % semTabSize.
        const uint32_t root = uint32_t((uint64_t(uint32_t(obj)) * 2654435761u) % kSemTabSize);
        const uint32_t page = root * kSemRootBytes / kPageBytes;
        if (!(m_semPagesTouched & (1u << page))) {
            m_semPagesTouched |= 1u << page;
            d += pageFault(m_prof, m_rngCold);
        }
    }
    return d;
}

} // namespace gsl::runtime
