// interp_loop.cpp — a closed-form loop at its back edge (loop_accel.h): how
// many iterations the burst may skip, and what skipping them charges.
//
// Local work only: the iterations the burst would run before its quantum
// check yields. With memory steps (Load/Store of shared variables), each of
// which would have been a request of its own: only while nothing else can
// happen in the process before they complete (StepEnv::aheadNs, the next event
// of the simulation), so no other goroutine can observe or interleave with
// them; the runtime is told how many steps were run ahead and how much of the
// burst's cost they account for (Request::aheadSteps, aheadNs), so it charges
// exactly what the separate requests would have cost. Simplification: those
// steps are not in the trace (their MemRead/MemWrite events); the first and
// the last iterations are, which is all the race detector and the
// happens-before analyses need (nothing else happens in between).
#include "sim/program/interp_ctx.h"
#include "sim/program/loop_accel.h"

#include <algorithm>
#include <cstdint>

namespace gsl::program {

void Interpreter::runLoopAhead(Ctx &g, const Function &fn, int32_t back, Value *R, const StepEnv &env, uint32_t &steps,
                               SimPs &extra)
{
    const LoopPlan *plan = m_opts.accelerateLoops ? loopAt(fn, back) : nullptr;
    if (!plan) return;
    const LoopPlan &lp = *plan;
    const InterpCosts &C = m_opts.costs;
    const SimPs spent = SimPs(steps) * C.instr + extra;              // since the burst started
    const SimPs per = SimPs(lp.steps) * C.instr + SimPs(lp.memSteps) * C.memOp;   // one iteration
    if (per <= 0) return;
    uint64_t maxIters = (UINT32_MAX - uint64_t(steps)) / lp.steps;
    Value *mem[2] = {nullptr, nullptr};
    if (lp.memSteps == 0) {
        maxIters = std::min<uint64_t>(maxIters, uint64_t((C.quantum - 1 - spent) / per));
    } else {
        if (env.aheadNs <= 0) return;
        // A skipped step costs at most one iteration's ps plus the carry.
        if (per / kPsPerNs + 1 > env.aheadStepNs) return;
        // Every skipped step completes before now + aheadNs.
        const SimPs room = env.aheadNs * kPsPerNs - 1 - g.costCarry - spent;
        if (room < per || env.aheadMaxSteps <= steps) return;
        maxIters = std::min({maxIters, uint64_t(room / per), (env.aheadMaxSteps - steps) / lp.steps});
        for (size_t i = 0; i < lp.memPtrs.size(); ++i) {
            const Value &p = R[lp.memPtrs[i]];
            if (p.ref == 0) return;   // nil: the real iteration panics
            std::vector<Value> &cells = m_heap.cells(p.ref).v;
            if (p.bits < 0 || size_t(p.bits) >= cells.size()) return;
            mem[i] = &cells[size_t(p.bits)];
        }
        if (lp.memPtrs.size() == 2 && mem[0] == mem[1]) return;   // one cell under two names
    }
    const uint64_t k = accelerate(lp, R, mem, maxIters);
    if (k == 0) return;
    steps += uint32_t(k * lp.steps);
    m_accelIters += k;
    if (lp.memSteps > 0) {
        extra += SimPs(k * lp.memSteps) * C.memOp;
        Request &q = g.req;
        q.aheadSteps += uint32_t(k * lp.memSteps);
        // the ns handed to the runtime by the last skipped step and those before it
        const SimPs through = spent + SimPs(k) * per - SimPs(lp.tailSteps) * C.instr;
        q.aheadNs = (g.costCarry + through) / kPsPerNs;
    }
}

} // namespace gsl::program
