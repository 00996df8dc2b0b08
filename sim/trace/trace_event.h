// trace_event.h — the record of a run: the interface between the engine and
// every front end (GUI, CLI exports, analysis). Value types only.
//
// Event kinds are named after Go's execution tracer (runtime/trace) where Go
// has a name; the rest extend it. Extend the enum at the END of a group, never
// rename: golden traces and exports use these names (eventKindName()).
//
// Every event is 32 bytes. Fields not listed for a kind are 0 / -1.
//
// STATE SEMANTICS (what apply() must do; written by the runtime owner).
// A goroutine is always in exactly one place: running on a P, in a P's
// runnext, in a P's ring, in the global queue, waiting (parked), dead, or
// briefly "in hand": taken out of one place by one event and put in its next
// place by a following event of the same instant. Events that take a G out:
// GoCreate (new G), GoSched, GoPreempt, GoUnpark, RunqGet, GlobRunqGet (first
// G), ProcSteal (last G), RunqOverflow. Events that put it: RunqPut,
// GlobRunqPut, GoStart (in hand -> running). Unless a field says otherwise,
// p and m are the P and M doing the action (-1 = none).
// Initial state (Trace::initialState): gomaxprocs Ps, all _Pidle, npidle =
// gomaxprocs, no Ms, no Gs. M0 then appears with MStart, takes P0 with
// ProcStart, and main (g1) is created by GoCreate.
#pragma once

#include "sim/engine/simtime.h"

#include <cstdint>
#include <string_view>

namespace gsl::trace {

enum class EvKind : uint8_t {
    // --- goroutines (g = the goroutine) -------------------------------------
    GoCreate,     // a = creator goid (0 = runtime), b = source line of the go statement; g -> _Grunnable, in hand
    GoStart,      // p, m: g (in hand) starts running; a = 1 if it inherited the time slice (runnext), else p.schedtick++
    GoEnd,        // g's function returned: g -> _Gdead; p.curg = m.curg = 0
    GoSched,      // runtime.Gosched (a = 0) or goyield (a = 1): running g -> _Grunnable, in hand; next event places it
                  // (GlobRunqPut Tail for Gosched, RunqPut Tail on the same P for goyield)
    GoPreempt,    // sysmon preemption: a = 1 async (signal), 0 cooperative; g -> _Grunnable in hand, then GlobRunqPut Tail
    GoPark,       // g blocks: a = WaitReason (wait_reason.h number), b = object id, c = line; running g -> _Gwaiting; p.curg = m.curg = 0
    GoUnpark,     // g made runnable by goready: a = waker goid (0 = runtime/timer); _Gwaiting -> _Grunnable in hand, next RunqPut places it
    GoKilled,     // g still alive when the process exited (main returned / os.Exit / fatal): removed from wherever it is, -> _Gdead
    // --- queues: every move of a G between places ----------------------------
    RunqPut,      // g (in hand) into p's queue: reason = Placement; for Runnext, a = goid kicked from runnext to the
                  // ring tail (0 = none; the runtime guarantees the ring has room: when it is full it first takes the
                  // old runnext out with RunqGet and overflows it with RunqOverflow)
    RunqGet,      // p takes g, now in hand: reason = Source::Runnext (p.runnext cleared) or Source::Local (ring head)
    GlobRunqPut,  // g -> global queue: reason = Placement (Tail/Head), a = why (GlobWhy). g is in hand, except for
                  // GlobWhy::Destroy where g is still in the ring or runnext of P p and is moved from there
    GlobRunqGet,  // p takes a batch of a Gs from the global queue head: the first (== g) in hand, the rest to p's ring tail in order
    ProcSteal,    // p stole a Gs from victim b; c = 1 if it took the victim's runnext (then a = 1). Else the first a Gs of
                  // b's ring head: the first a-1 go to p's ring tail in order, the last (== g) is in hand
    RunqOverflow, // runqputslow: g is in hand; the first a-1 Gs of p's ring head are taken out too (now in hand);
                  // the next a events are GlobRunqPut(Tail, Overflow) of those Gs and g (race mode: shuffled)
    // --- Ps and Ms ------------------------------------------------------------
    ProcStart,    // p acquired by m: p -> _Prunning, p.m = m, m.p = p
    ProcStop,     // p released to the idle list by m: p -> _Pidle (a = 1: -> _Pdead by procresize), p.m = -1, m.p = -1
    MStart,       // m created (newm); a = 1 if it starts spinning (status Spinning, else Running), b = 1 for sysmon
                  // (status Sysmon); p = the P handed to it (it takes it with ProcStart when it runs), -1 none
    MSpin,        // m starts spinning (p = the P it holds): status Spinning
    MSpinStop,    // m stops spinning (found work, or gives up): status Running
    MPark,        // stopm: m goes to the idle M list: status Idle, p = -1
    MWake,        // startm: idle m woken with p (a = 1 spinning -> status Spinning, else Running); ProcStart follows when it runs
    Retake,       // sysmon retook p (a = 1 syscall, 0 time slice request); g = the G asked to stop; no state change
    GoMaxProcs,   // procresize: a = new GOMAXPROCS, b = old. Ps >= a become _Pdead (their Gs were moved before by
                  // GlobRunqPut Head/Destroy and their Ms released them with ProcStop); new Ps < a start _Pidle
    STWStart,     // stop the world (a = reason)
    STWDone,
    // --- memory ---------------------------------------------------------------
    MemRead,      // g read addr a (var name string b), c = line
    MemWrite,     // g wrote addr a, b = var name string, c = line
    AtomicRead,   // atomic load of a (b, c as above)
    AtomicWrite,  // atomic store/add/swap/cas (that wrote) of a
    // --- synchronisation (g = the acting goroutine, a = object id, c = line) -----
    ChanMake,     // b = capacity
    ChanSend,     // completed send; b = receiving goid for a direct hand-off, else 0
    ChanRecv,     // completed receive; b = 1 if ok, 0 for a closed channel's zero value
    ChanClose,
    Select,       // b = chosen case index (-1 = default)
    MutexLock,    // acquired; b = 1 if by starvation hand-off
    MutexUnlock,
    RWRLock, RWRUnlock, RWLock, RWUnlock,
    WgAdd,        // b = delta (Done = -1)
    WgWait,       // Wait returned
    OnceDone,     // Once's function finished (edge for later Do callers)
    TimerSet,     // a = timer/sleep id, b = fire time in µs (low 32 bits)
    TimerFire,    // a = timer id
    // --- host ------------------------------------------------------------------
    CfsPeriod,    // a new CFS period began; a = period index; b = 1 if the period that ended counts in nr_periods
    Throttle,     // the cgroup ran out of quota: every thread frozen (nr_throttled++)
    Unthrottle,   // quota refreshed (throttled_time += time - throttle start); emitted just before CfsPeriod
    CpuRun,       // m was put on cpu a by the OS (only when threads > CPUs)
    CpuPreempt,   // the OS took cpu a from m (time slice over)
    // --- process -----------------------------------------------------------------
    Print,        // a = string index (text written), b = 1 for stderr
    Panic,        // a = string index (the full message)
    Fatal,        // a = string index ("fatal error: ...")
    Exit,         // a = exit status
    Budget,       // a run budget was hit: a = string index of the message
    // --- forced schedules (explore --pct/--exhaustive, run --schedule) ----------
    ForcedPick,   // a schedule's Pick: p takes g (_Grunnable) out of wherever it is queued (runnext or ring of any P,
                  // or the global queue), now in hand of p; a = scheduling point (low 32 bits), b = the P whose queue
                  // held it (-1 = global queue), c = 0 runnext, 1 ring, 2 global. GoStart follows.
                  // (A schedule's Preempt is a GoPreempt with a = 0 and c = 1.)
    Count_
};

// Where RunqPut put a goroutine.
enum class Placement : uint8_t { Runnext, Tail, Head };
// Where findRunnable got it.
enum class Source : uint8_t { Runnext, Local, Global, Steal, Timer };
// Why a G went to the global queue.
enum class GlobWhy : uint8_t { Gosched, Preempt, Overflow, Destroy, Batch, ExitSyscall };

struct TraceEvent {
    SimTime time = 0;
    EvKind kind = EvKind::GoCreate;
    uint8_t reason = 0;
    int16_t p = -1;
    int32_t g = 0;
    int32_t m = -1;
    int32_t a = 0;
    int32_t b = 0;
    int32_t c = 0;
    friend bool operator==(const TraceEvent &, const TraceEvent &) = default;
};
static_assert(sizeof(TraceEvent) == 32, "one event is 32 bytes");

std::string_view eventKindName(EvKind k);

} // namespace gsl::trace
