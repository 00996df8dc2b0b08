// loop_plan.h — the compiled plan of one accelerable loop (loop_accel.h).
//
// Plans are computed once per program at compile time (planLoops) and kept in
// Function::loops; the interpreter looks one up at a loop's back edge.
#pragma once

#include <cstdint>
#include <vector>

namespace gsl::program {

// Affine: c + sum(coef[i] * x[reg[i]]), x = register values at the start of an
// iteration. Arithmetic is modulo 2^64, as the interpreter's.
struct Affine {
    static constexpr int kMaxTerms = 6;
    uint64_t c = 0;
    int32_t n = 0;
    int32_t reg[kMaxTerms] = {};
    uint64_t coef[kMaxTerms] = {};
};

enum class LoopCmp : uint8_t { Lt, Le, Gt, Ge, Eq, Ne };   // signed

struct LoopPlan {
    int32_t top = 0;          // loop header (target of the back edge)
    int32_t back = 0;         // pc of the back-edge Jmp
    uint32_t steps = 0;       // instructions executed per iteration (back - top + 1, more with inner loops)
    // Inner loops: closed-form loops of local work inside the body whose
    // iteration count is the same in every iteration (a constant start and
    // bound), applied as one affine step each; at most one level, and only
    // after the body's first memory step (interp_loop.cpp: a burst then never
    // spans more than one iteration).
    uint32_t innerLoops = 0;

    // Shared memory the loop reads and writes (Load/Store through pointer
    // registers that do not change in the loop). Register numbers from nregs
    // on name these cells in the affine forms: nregs + i is *memPtrs[i].
    int32_t nregs = 0;
    std::vector<int32_t> memPtrs;
    uint32_t memSteps = 0;    // Load/Store/Atomic instructions per iteration (scheduler-visible steps)
    uint32_t atomicSteps = 0; // of which atomic operations (the runtime charges atomicCost for each)
    // of which sync.Mutex Lock/Unlock requests, alternating Lock, Unlock, ...
    // on one Mutex, *mutexPtr (an invariant pointer): the interpreter charges
    // syncOp for each instead of memOp, the runtime lockCost/2 (opCost)
    uint32_t lockSteps = 0;
    int32_t mutexPtr = -1;
    uint32_t tailSteps = 0;   // instructions after the last of them, to the back edge included
    // Each scheduler-visible step, in order: its position among the
    // iteration's executed instructions (1-based, itself included) and what
    // it is, for a run-ahead that charges them one by one (jitter).
    struct StepAt {
        enum Kind : uint8_t { Access, AtomicOp, MutexOp } kind = Access;
        uint32_t pos = 0;
    };
    std::vector<StepAt> stepAt;

    // Registers the loop carries (read before written in an iteration), by kind.
    struct Update {
        enum Kind : uint8_t {
            Induction,  // x' = x + delta, delta over invariants
            Sum,        // x' = x + delta + sum(coef * induction register)
            Reset,      // x' = delta over invariants (the same value every iteration)
            Copy,       // x' = one invariant register, copied whole (any value, not only ints)
        } kind = Induction;
        int32_t reg = 0;
        Affine delta;          // over invariants (Sum: the invariant part)
        Affine inductions;     // Sum: coefficients of induction registers (c unused)
    };
    std::vector<Update> updates;
    std::vector<int32_t> intInputs;   // invariants used in arithmetic: must hold plain ints

    // Exit test: the loop goes on while (lhs cmp rhs) == stayWhen; lhs and rhs
    // are over invariants and induction registers. No exit test: runs until
    // the quantum yields.
    bool hasExit = false;
    int32_t exitPc = -1;      // the exit jump
    LoopCmp cmp = LoopCmp::Lt;
    bool stayWhen = true;
    Affine lhs, rhs;
};

} // namespace gsl::program
