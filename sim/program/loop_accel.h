// loop_accel.h — closed-form execution of simple counted loops.
//
// A CPU-bound scenario spends nearly all of its interpreted instructions in
// loops such as `for i := 0; i < 1000; i++ { x++ }` or `sum += i`: 3-6 G
// bytecode instructions for gomaxprocs_over_quota.go's 150 ms of spinning.
// Such a loop has no scheduler-visible step, so nothing but its registers and
// its cost changes from one iteration to the next, and both follow from the
// loop's code: analyseLoop() executes one iteration symbolically, and when
// every register the loop carries is an induction variable (x += c), a sum of
// induction variables (sum += i) or recomputed from loop invariants, and the
// only conditional branch is an exit test on a linear function of those,
// accelerate() applies k iterations at once.
//
// This is exact, not an approximation: the caller (interp_exec.cpp, at the
// back edge) only skips iterations that the dispatch loop would have run in
// the same burst (before its quantum check yields, and leaving at least one
// real iteration before the exit), the skipped instructions are counted as
// steps and charged at the same per-instruction cost, and integer results wrap
// as Go's do. Outcomes, traces and costs are identical with and without it
// (tests/sim/lang/tst_loop_accel.cpp compares both on every loop shape; bench/fingerprints
// on every scenario).
//
// Memory steps (Load/Store of shared int variables, 64-bit atomics) and
// sync.Mutex Lock/Unlock pairs of one Mutex are steps of the plan: they are
// skipped only by explore's run-ahead, when the runtime says nothing else can
// happen meanwhile and the Mutex is idle (interp_loop.cpp).
//
// What is not accelerated (the loop simply runs instruction by instruction):
// bodies with calls, other requests (channels, WaitGroups, RWMutex, TryLock),
// allocation, inner branches (if, break, continue, inner loops), width
// wrapping (int32/uint32/uint8 arithmetic), multiplication of two varying
// values, and exit tests on anything but signed comparisons of linear forms.
#pragma once

#include "sim/program/loop_plan.h"
#include "sim/program/program.h"

#include <cstdint>
#include <vector>

namespace gsl::program {

// analyseLoop: the plan of the loop closed by the backward Jmp at `back`, or
// false when the loop is not of an accelerable shape.
bool analyseLoop(const Program &prog, const Function &fn, int32_t back, LoopPlan &out);

// accelerate applies up to `maxIters` whole iterations of `plan` to the frame's
// registers R and the shared cells mem[i] (= *R[plan.memPtrs[i]], distinct),
// stopping one iteration before the exit test would fail (so the dispatch loop
// runs the last iteration and the exit itself). Returns the number applied
// (0: nothing changed).
uint64_t accelerate(const LoopPlan &plan, Value *R, Value *const *mem, uint64_t maxIters);

// iterationsAllowed: how many accelerate() would apply now (changing nothing).
uint64_t iterationsAllowed(const LoopPlan &plan, Value *R, Value *const *mem, uint64_t maxIters);

// planLoops fills Function::loops of every function (at compile time).
void planLoops(Program &prog);

// loopAt: the plan of the loop whose back edge is at `back`, or null.
inline const LoopPlan *loopAt(const Function &fn, int32_t back)
{
    for (const LoopPlan &p : fn.loops)
        if (p.back == back) return &p;
    return nullptr;
}

} // namespace gsl::program
