// interpreter.h — runs compiled scenario code for the simulated runtime.
//
// Interpreter implements Executor: one context (CtxId) per goroutine, each
// with its own register stack, frames, defers and panic chain. step() runs
// a goroutine's bytecode until the next scheduler-visible step (see
// request.h) and returns that step unperformed; memory steps (Load, Store,
// Atomic, map access) are performed at the start of the following step()
// call, i.e. at the simulated time the runtime completes them.
#pragma once

#include "sim/engine/machine_profile.h"
#include "sim/program/executor.h"
#include "sim/program/heap.h"
#include "sim/program/program.h"

#include <memory>
#include <string>
#include <vector>

namespace gsl::program {

// Simulated cost of interpreted work, in PICOseconds, taken from the machine
// profile (sim/engine/machine_profile.h) by fromProfile(); the defaults equal
// fromProfile(defaultProfile()) (tst_program_interp checks it). A compiled Go
// instruction retires in a fraction of a ns (a `counter++` loop iteration is
// ~0.3 ns on the reference machine), so costs are summed in ps; each request
// hands the runtime the whole ns and the goroutine keeps the remainder for its
// next request (Ctx::costCarry), so N steps of c ps advance the clock by
// floor(N*c / 1000) ns in total, not N * round(c).
//   instr  = stepCostPs          one bytecode instruction of local work
//   call   = callCostPs          a function call + return beyond its
//                                instructions (also each library call)
//   memOp  = sharedAccessCostPs  the Load/Store/map step beyond its instruction
//                                (cache hit; contention is not modelled); may be
//                                negative, down to -instr (a free memory step)
//   syncOp = callCostPs          the call into the runtime for a chan/sync/go/print
//                                request; the operation itself is charged by the
//                                runtime from the same profile (Simulation::opCost),
//                                so it is not counted twice
//   alloc  = 20 ns               make/new/append growth/string building.
//                                Simplification: the profile has no allocation
//                                field yet; 20 ns is a small mallocgc on the
//                                reference machine (BenchmarkMalloc8 order).
//   quantum                      not a cost: local work between Compute yields
//                                (bounds how late the runtime sees a busy loop).
struct InterpCosts {
    SimPs instr = 48;
    SimPs call = 839;
    SimPs memOp = -48;
    SimPs alloc = 20 * kPsPerNs;
    SimPs syncOp = 839;
    SimPs quantum = 2000 * kPsPerNs;
    // What the runtime charges for an atomic operation on top of its step
    // (MachineProfile::atomicCost): counted by a closed-form loop that runs
    // atomic steps ahead (interp_loop.cpp), never by a step itself.
    SimPs atomicOp = 6 * kPsPerNs;
    // Likewise for a sync.Mutex Lock or Unlock: lockCost / 2 (Simulation::opCost).
    SimPs lockOp = 10 * kPsPerNs;

    static InterpCosts fromProfile(const MachineProfile &p)
    {
        InterpCosts c;
        c.instr = p.stepCostPs;
        c.call = p.callCostPs;
        c.memOp = p.sharedAccessCostPs;
        c.syncOp = p.callCostPs;
        c.atomicOp = p.atomicCost * kPsPerNs;
        c.lockOp = (p.lockCost / 2) * kPsPerNs;
        return c;
    }
};

// MethodCalls carries the results of user String()/Error() methods into one
// fmt call (format.cpp). fmt runs synchronously inside the interpreter, but a
// user method is bytecode with its own steps, so a library call that meets one
// stops, the interpreter runs the method as an ordinary frame, and the
// instruction runs again with one more result (interp_methods.cpp).
struct MethodCalls {
    const std::vector<Value> *results = nullptr;   // results so far, in formatting order
    size_t next = 0;
    bool need = false;      // out: one more method must run first
    int32_t fn = -1;        // out: its function index
    Value recv;             // out: the operand (interface payload) it is called on
    TypeId type = 0;        // out: the operand's dynamic type
    bool deref = false;     // out: value receiver reached through *T
    bool isError = false;   // out: Error (else String), for fmt's PANIC= text
    char verb = 'v';        // out: the verb, for fmt's PANIC= text
};

struct InterpOptions {
    uint64_t seed = 1;                      // map iteration order (no other randomness here)
    InterpCosts costs;
    uint64_t heapBudget = 512ull << 20;     // bytes allocated before a Fatal "heap budget"
    uint32_t maxFrames = 100'000;           // deeper call stacks are Go's "stack overflow"
    bool accelerateLoops = true;            // closed-form loops (loop_accel.h); exact, off only to test that
};

class Interpreter final : public Executor {
public:
    Interpreter(std::shared_ptr<const Program> prog, InterpOptions opts = {});
    ~Interpreter() override;

    CtxId startMain() override;
    GoStartup goStartup() const override { return {true, m_prog->startsFinalizerGoroutine}; }
    CtxId spawn(CtxId parent) override;
    const Request &step(CtxId ctx, const Completion &done, const StepEnv &env) override;
    void release(CtxId ctx) override;
    std::string traceback(CtxId ctx) const override;
    std::string createdBy(CtxId ctx) const override;
    std::string_view name(uint32_t var) const override;
    std::string where(CtxId ctx) const override;
    bool loopView(CtxId ctx, LoopView &out) override;   // interp_loop.cpp
    uint64_t loopItersLeft(CtxId ctx) override;

    const Program &program() const { return *m_prog; }
    Heap &heap() { return m_heap; }
    // Loop iterations run in closed form so far (loop_accel.h).
    uint64_t acceleratedIterations() const { return m_accelIters; }

    // Formatting helpers shared with the library (format.cpp).
    std::string formatValue(const Value &v, TypeId t, char verb = 'v', bool plus = false) const;
    // args are interface values; without mc, user String()/Error() methods are not called
    std::string sprint(const Value *args, int n, bool ln, MethodCalls *mc = nullptr) const;
    std::string sprintf(std::string_view fmt, const Value *args, int n, MethodCalls *mc = nullptr) const;
    std::string panicText(const Value &iface) const;

    struct Frame;
    struct Ctx;

private:
    friend struct ExecLoop;
    void run(Ctx &g, const StepEnv &env);
    void complete(Ctx &g, const Completion &done);
    void pushFrame(Ctx &g, int32_t func, const Value &closure, const Value *args, int32_t nargs,
                   int32_t retDst, bool isDefer);
    bool raise(Ctx &g, const Value &iface, const std::string *text = nullptr); // false: unrecovered (request filled)
    bool panicOp(Ctx &g, Value v, SimPs &extra);   // panic(v) (interp_methods.cpp); false: the goroutine stops
    bool unwind(Ctx &g);
    bool runtimeError(Ctx &g, std::string msg, bool plain = false);  // "runtime error: ..." panics (plain: no prefix)
    void fatal(Ctx &g, std::string msg);
    Value makeIface(const Value &v, TypeId t);
    Value zeroValue(TypeId t);
    Value copyAgg(const Value &v, TypeId t);
    void assignAgg(const Value &dst, const Value &src, TypeId t);
    bool equal(const Value &a, const Value &b, TypeId t) const;
    std::string mapKey(const Value &k, TypeId t) const;
    Value callLib(Ctx &g, int lib, Value *args, int n, Value *out, MethodCalls *mc = nullptr);
    // parts of the dispatch loop (interp_strslice.cpp, interp_requests.cpp);
    // false / panicMsg set: raise that runtime error
    bool execString(const Instr &I, Value *R, SimPs &extra, std::string &panicMsg);
    bool execSlice(const Instr &I, Value *R, SimPs &extra, std::string &panicMsg);
    bool execMemory(const Instr &I, Value *R, SimPs &extra, std::string &panicMsg);
    ReqKind runtimeRequest(Ctx &g, const Instr &I, Value *R, const Function &fn, SimPs &cost, std::string &panicMsg);
    // closed-form loops (interp_loop.cpp): the one g waits in at a memory step
    // (loopView); the shared cells a plan's pointers name in frame R; the ps
    // of work of one iteration's steps beyond their instructions, and of the
    // whole iteration, with what the runtime charges for its atomic and Mutex
    // steps; whether the plan's Mutex is idle (lockSteps); and, at the back
    // edge at `back`, skipping the iterations allowed, counting their steps
    // and cost
    const LoopPlan *waitingLoop(Ctx &g) const;
    bool cellsOf(const LoopPlan &lp, const Value *R, Value **mem);
    SimPs stepExtraPs(const LoopPlan &lp) const;
    struct StepCost {
        SimPs issuePs;   // added to the step's request by the interpreter
        SimDur opNs;     // charged by the runtime for the operation (whole ns)
    };
    StepCost stepCost(LoopPlan::StepAt::Kind k) const;
    SimPs iterationPs(const LoopPlan &lp) const;
    bool mutexIdle(const LoopPlan &lp, const Value *R, const StepEnv &env);
    void runLoopAhead(Ctx &g, const Function &fn, int32_t back, Value *R, const StepEnv &env, uint32_t &steps,
                      SimPs &extra);
    uint64_t jitteredIterations(const Ctx &g, const LoopPlan &lp, SimPs spent, uint64_t most, const StepEnv &env,
                                SimDur &jitterNs, SimDur &plainNs);
    // user String()/Error() calls made for the running instruction (interp_methods.cpp)
    MethodCalls methodCallsFor(Ctx &g);
    bool startMethodCall(Ctx &g, const MethodCalls &mc, int32_t retDst);   // false: unrecovered panic
    void finishMethodCalls(Ctx &g);
    bool catchMethodPanic(Ctx &g);   // fmt's catchPanic for a method frame being unwound
    std::vector<Value> mapKeysOrdered(uint32_t mapRef);
    Value growSlice(const Value &s, int64_t need, TypeId elem);

    std::shared_ptr<const Program> m_prog;
    InterpOptions m_opts;
    Heap m_heap;
    uint32_t m_globals = 0;      // cells object holding package-level variables
    uint32_t m_nextObj = 1;      // ObjIds for channels, sync objects, timers
    uint64_t m_mapIters = 0;     // seeds successive map iteration orders
    uint64_t m_accelIters = 0;   // loop iterations run in closed form (loop_accel.h)
    std::vector<std::unique_ptr<Ctx>> m_ctx;
    std::vector<Value> m_spread;  // scratch for CallLib with an expanded slice argument
    Request *m_req = nullptr;     // the request of the step being run (freshPages of its allocations)
    void noteAlloc(uint64_t bytes);  // a new heap object of `bytes` (before size-class rounding): counts its fresh pages
    std::vector<int64_t> m_chanCap; // cap(ch) by ObjId (channels only)
    void setChanCap(ObjId ch, int64_t cap)
    {
        if (m_chanCap.size() <= ch) m_chanCap.resize(size_t(ch) + 1, 0);
        m_chanCap[ch] = cap;
    }
};

// Library functions reached through Op::CallLib (x = Lib).
enum class Lib : uint16_t {
    Sprint, Sprintln, Sprintf, Errorf, ErrorsNew,
    StringsJoin, StringsRepeat, StringsContains, StringsSplit,
    ErrorMethod,     // err.Error()
    DurationString,  // d.String()
    Since,           // time.Since(t): args t, now
    Itoa,
    StringsHasPrefix, StringsToUpper, StringsIndex, StringsFields, StringsTrimSpace,
    DurationSeconds, DurationMilliseconds,
};

// libKind: which first-run class a library function belongs to (Request::libs):
// fmt (kLibFmt), other library code with a cold first run (kLibOther), or none
// (accessors the compiler inlines: time.Since, Duration.Seconds, err.Error()).
inline uint8_t libKind(Lib l)
{
    switch (l) {
    case Lib::Sprint: case Lib::Sprintln: case Lib::Sprintf: case Lib::Errorf: return kLibFmt;
    case Lib::ErrorMethod: case Lib::Since: case Lib::DurationSeconds: case Lib::DurationMilliseconds: return 0;
    default: return kLibOther;
    }
}

} // namespace gsl::program
