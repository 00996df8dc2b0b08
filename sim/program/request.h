// request.h — the contract between the interpreter (sim/program) and the
// simulated runtime (sim/runtime).
//
// A goroutine's code runs in the interpreter in bursts. A burst ends at the
// next *scheduler-visible step*: an access to memory more than one goroutine
// can reach, a synchronisation operation, a `go` statement, a preemption
// point, and so on. The interpreter returns that step as a Request, NOT yet
// performed, together with the simulated cost of the local work before it.
// The runtime charges the cost on the goroutine's CPU, and when simulated time
// reaches the step it performs the step (runtime-side ops) or tells the
// interpreter to perform it (memory ops), then resumes the interpreter with a
// Completion. That is what lets two Ps interleave a load and a store.
#pragma once

#include "sim/engine/simtime.h"
#include "sim/program/value.h"

#include <cstdint>
#include <string>

namespace gsl::program {

// Identity of a runtime-managed object (channel, WaitGroup, Mutex, RWMutex,
// Once, timer). Allocated densely from 1 by the interpreter; 0 = nil. The
// runtime keeps per-object state in a table indexed by ObjId and creates the
// zero state (unlocked, counter 0, ...) on first use; channels are created by
// ChanMake (or TimerMake for a timer's channel).
using ObjId = uint32_t;

// Identity of one memory location (a variable, a struct field, a slice
// element), dense, allocated by the interpreter. Used by the trace and the
// race detector. `var` names it for people (interned by the interpreter).
using Addr = uint32_t;

enum class ReqKind : uint8_t {
    Compute,      // only local work happened (a burst quantum expired at a back-edge/call)
    Load,         // access.addr about to be read    (performed by the interpreter on completion)
    Store,        // access.addr about to be written (performed by the interpreter on completion)
    Atomic,       // sync/atomic op on access.addr; atomicOp says which (interpreter performs)
    Go,           // `go f(args)`: the runtime calls Executor::spawn(parent) when performing it
    ChanMake,     // obj = new channel, n = capacity. Completes at once.
    ChanSend,     // obj = channel (0 = nil channel), v = value
    ChanRecv,     // obj = channel; completion: v, ok
    ChanClose,    // obj = channel
    Select,       // cases[0..ncases), hasDefault; completion: index (-1 = default), v, ok
    WgAdd,        // obj, n = delta (Done is -1)
    WgWait,       // obj
    MutexLock,    // obj
    MutexUnlock,  // obj
    MutexTryLock, // obj; completion: ok
    RWRLock,      // obj
    RWRUnlock,    // obj
    RWLock,       // obj
    RWUnlock,     // obj
    OnceBegin,    // obj; completion: n = 1 -> caller runs f then issues OnceEnd; 0 -> already done
    OnceEnd,      // obj
    Sleep,        // n = duration ns (<= 0 returns at once, as time.Sleep does)
    TimerMake,    // obj = timer, obj2 = its channel (cap 1, created by the runtime), n = duration, period (Tick) or 0
    TimerStop,    // obj = timer; completion: ok = it was active
    Gosched,      // runtime.Gosched()
    GoMaxProcs,   // n = new value (<= 0: query only); completion: n = previous value
    NumGoroutine, // completion: n
    Print,        // text = bytes written to stdout (fmt.Print*, println goes to stderr: toStderr)
    Exit,         // os.Exit(n)
    Panic,        // unrecovered panic reached the goroutine's top: text = "panic: ..." first line(s)
    Fatal,        // interpreter-side fatal error (e.g. stack overflow): text = message;
                  // n = 1: the heap budget (--max-memory) stopped it, text = the limit
    GoEnd,        // the goroutine's function returned; for main the process exits 0
    ChanLen,      // len(ch): obj = channel (0 = nil: 0); completion: n = elements buffered now.
                  // (cap(ch) needs no request: the interpreter remembers ChanMake's n.)
};

enum class AtomicOp : uint8_t { Load, Store, Add, CompareAndSwap, Swap };

struct Access {
    Addr addr = 0;
    uint32_t var = 0;   // interned name of the variable / expression (Executor::name)
};

struct SelectCase {
    ObjId chan = 0;     // 0 = nil channel: never ready
    bool send = false;
    Value v;            // value to send
};

inline constexpr uint8_t kLibFmt = 1;    // Request::libs: fmt.Sprint*, Printf, Errorf, Println ...
inline constexpr uint8_t kLibOther = 2;  // Request::libs: strings, strconv, errors, time formatting

struct Request {
    ReqKind kind = ReqKind::Compute;
    SimDur cost = 0;         // ns of local work before this step, including the step itself
    uint32_t steps = 0;      // bytecode steps executed in this burst (for the step budget)
    int32_t line = 0;        // source position of the step
    int32_t col = 0;
    bool safePoint = false;  // at a function-call prologue: a cooperative preemption point
    bool toStderr = false;   // Print: println/print builtins write to stderr
    // What this step ran that is slow the first time in a process (the runtime
    // charges that first run: sim/runtime/cold.cpp). Both reset every step.
    uint8_t libs = 0;        // kLibFmt | kLibOther: library calls made in this step
    bool allocs = false;     // this step allocated heap memory (a P's first malloc: cold.cpp)
    uint32_t freshPages = 0; // 4 KB pages of new heap objects of a page or more (first touch)
    // Steps run ahead (StepEnv::aheadNs): memory steps of a closed-form loop
    // performed within this burst, and the part of `cost` (ns) they account
    // for, each of them a step the runtime would have charged on its own.
    uint32_t aheadSteps = 0;
    SimDur aheadNs = 0;
    SimDur aheadJitterNs = 0;   // what jitter added to those steps (AheadClock; may be negative)
    AtomicOp atomicOp = AtomicOp::Load;
    Access access;           // Load/Store/Atomic
    ObjId obj = 0;
    ObjId obj2 = 0;
    int64_t n = 0;
    int64_t period = 0;
    Value v;
    const SelectCase *cases = nullptr;  // valid until the request completes
    int32_t ncases = 0;
    bool hasDefault = false;
    std::string text;        // Print / Panic / Fatal
};

// The runtime's answer when it resumes a goroutine.
struct Completion {
    Value v;
    int64_t n = 0;
    bool ok = false;
    int32_t index = -1;
    // A Go panic raised by the runtime inside the operation ("send on closed
    // channel", "sync: negative WaitGroup counter", ...). The interpreter
    // raises it as a recoverable panic in the goroutine. Empty = none.
    std::string panic;
};

// What the interpreter may ask of the runtime synchronously, without a step.
// SyncView: the runtime state a closed-form loop with Lock/Unlock steps
// (LoopPlan::lockSteps) needs before it runs them ahead; the runtime
// implements it (sim/runtime/sema.cpp).
class SyncView {
public:
    // mutexIdle: the Mutex is unlocked, not in starvation mode, and nobody
    // waits on it, so Lock takes it at once and Unlock wakes no one.
    virtual bool mutexIdle(ObjId id) const = 0;

protected:
    ~SyncView() = default;
};

// AheadClock: a closed-form loop whose steps cost enough for the runtime's
// jitter to change them (more than StepEnv::aheadStepNs) runs them ahead one
// by one through the runtime (sim/runtime/exec.cpp), so every jitter draw is
// the one the separate steps would make, in the same order.
class AheadClock {
public:
    // maxDuration: the longest a step costing d ns may take, jittered.
    virtual SimDur maxDuration(SimDur d) const = 0;
    // duration: what a step costing d ns takes (draws as Simulation::work).
    virtual SimDur duration(SimDur d) = 0;

protected:
    ~AheadClock() = default;
};

struct StepEnv {
    SimTime now = 0;            // for time.Now / time.Since
    int numCPU = 1;             // runtime.NumCPU()
    bool preemptPending = false;// sysmon asked this G to stop: yield at the next call prologue
    bool asyncPreempt = true;   // Go >= 1.14: every step boundary is a safe point
    // Running ahead: when nothing else can happen in the process before
    // now + aheadNs (the next event of the simulation), a closed-form loop
    // (loop_accel.h) may perform its memory steps at once instead of returning
    // each as a request, as long as each of them would cost at most
    // aheadStepNs (costs the runtime charges unchanged) and this burst's steps
    // stay within aheadMaxSteps (the run's step budget). 0: not allowed
    // (forced schedules, probes, ...).
    SimDur aheadNs = 0;
    SimDur aheadStepNs = 0;
    uint64_t aheadMaxSteps = 0;
    // With aheadNs: the runtime's sync state, for loops with Lock/Unlock
    // steps (null: such loops step one request at a time).
    const SyncView *sync = nullptr;
    // With aheadNs: the runtime's jitter, for loops whose steps it can change.
    AheadClock *clock = nullptr;
};

} // namespace gsl::program
