// executor.h — the interface through which the runtime runs goroutine code.
//
// The interpreter (program::Interpreter) implements it for compiled scenario
// programs; runtime tests implement it with scripted goroutines built in C++
// (runtime/test builder). The runtime never sees bytecode.
#pragma once

#include "sim/program/request.h"

#include <string>
#include <string_view>

namespace gsl::program {

using CtxId = uint32_t;   // an execution context = one goroutine's stack

// GoStartup: what the real runtime has done before main.main runs (go1.19
// runtime.main, proc.go): runtimeGoroutines = forcegchelper (goid 2, from
// the runtime's init) and bgsweep/bgscavenge (3, 4, from gcenable) exist,
// parked; finalizer = the program's package initialisation created runfinq
// (createfing, from os's SetFinalizer), which is still runnable in runnext.
struct GoStartup {
    bool runtimeGoroutines = false;
    bool finalizer = false;
};

// LoopView: a goroutine waiting at a memory step (Load/Store/Atomic) inside a
// closed-form loop (loop_accel.h), as the runtime's joint run-ahead
// (sim/runtime/joint_ahead.h) reads and advances it. The pointers stay valid
// until the next step() of that context. The runtime only adds whole
// multiples of observed per-period changes to these values, which is exact
// for the loop's affine iterations (joint_ahead.h).
struct LoopView {
    Value *regs = nullptr;          // the loop's frame registers
    int32_t nregs = 0;
    Value *cells[2] = {nullptr, nullptr};   // the shared cells the loop reads and writes
    int32_t ncells = 0;
    int32_t func = -1, pc = -1;     // where it waits
    int64_t carry = 0;              // ps of work not yet charged (Ctx::costCarry)
    uint32_t iterSteps = 0;         // instructions (steps) per iteration
    uint32_t memSteps = 0;          // of which memory steps
    uint32_t atomicSteps = 0;       // of which atomic operations
    int64_t iterPs = 0;             // ps of work per iteration
};

class Executor {
public:
    virtual ~Executor() = default;

    // goStartup: the start-up state this program gets. The default (none) is
    // for scripted executors that model the scheduler alone (runtime unit tests).
    virtual GoStartup goStartup() const { return {}; }

    // loopView fills `out` when ctx waits at a memory step of a closed-form
    // loop whose exit test does not read shared memory; false otherwise (and
    // always for executors without such loops).
    virtual bool loopView(CtxId ctx, LoopView &out)
    {
        (void)ctx;
        (void)out;
        return false;
    }
    // loopItersLeft: for a ctx loopView accepts, the whole iterations it can
    // still run from here before its exit test fails (at least: one less than
    // the closed form allows, for the iteration under way).
    virtual uint64_t loopItersLeft(CtxId ctx)
    {
        (void)ctx;
        return 0;
    }

    // startMain creates the context of the main goroutine (runs main.main
    // after package-level initialisation).
    virtual CtxId startMain() = 0;

    // spawn creates the context of the goroutine that parent's pending Go
    // request starts (function value and arguments were evaluated by parent).
    virtual CtxId spawn(CtxId parent) = 0;

    // step completes ctx's pending request with `done` (ignored for the very
    // first step of a context), runs ctx to its next scheduler-visible step
    // and returns it, not yet performed. The reference stays valid until the
    // next call for the same ctx.
    virtual const Request &step(CtxId ctx, const Completion &done, const StepEnv &env) = 0;

    // release frees a context whose goroutine ended or was killed at exit.
    virtual void release(CtxId ctx) = 0;

    // traceback lines for a goroutine, innermost first, Go style:
    //   "main.worker(...)\n\tfile.go:12\n"  (used in panic and race reports)
    virtual std::string traceback(CtxId ctx) const = 0;

    // Function and source line where the goroutine was created ("main.main", line).
    virtual std::string createdBy(CtxId ctx) const = 0;

    // The human name of an interned variable id (Access::var).
    virtual std::string_view name(uint32_t var) const = 0;

    // The current function and line of a context, for views and schedtrace.
    virtual std::string where(CtxId ctx) const = 0;
};

} // namespace gsl::program
