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
//
// sync.Mutex Lock/Unlock pairs of a plan (LoopPlan::lockSteps) run ahead the
// same way, and only while the runtime reports the Mutex idle at the back
// edge (StepEnv::sync): unlocked, no waiter, not starving. Then every skipped
// Lock takes it at once and every Unlock wakes nobody, as when stepped, and
// the Mutex is idle again after whole iterations. Their MutexLock/MutexUnlock
// events are left out of the trace like the accesses: the edges they would
// add all run from this goroutine to itself.
#include "sim/program/interp_ctx.h"
#include "sim/program/loop_accel.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace gsl::program {

// cellsOf: the shared cells lp's memory pointers name in frame R, into
// mem[0..]; false when a pointer is nil (the real iteration panics) or out of
// range, or both name one cell.
bool Interpreter::cellsOf(const LoopPlan &lp, const Value *R, Value **mem)
{
    for (size_t i = 0; i < lp.memPtrs.size(); ++i) {
        const Value &p = R[lp.memPtrs[i]];
        if (p.ref == 0) return false;
        std::vector<Value> &cells = m_heap.cells(p.ref).v;
        if (p.bits < 0 || size_t(p.bits) >= cells.size()) return false;
        mem[i] = &cells[size_t(p.bits)];
    }
    return !(lp.memPtrs.size() == 2 && mem[0] == mem[1]);
}

// stepExtraPs: what one iteration's steps cost beyond their instructions:
// memOp for a Load, Store or atomic step (issued with it), syncOp for a Mutex
// request, plus what the runtime charges for atomic and Mutex steps
// (atomicCost, lockCost / 2: a whole number of ns each, so summing it in ps
// leaves every carry as the separate steps would).
SimPs Interpreter::stepExtraPs(const LoopPlan &lp) const
{
    auto each = [&](LoopPlan::StepAt::Kind k) {
        const StepCost c = stepCost(k);
        return c.issuePs + c.opNs * kPsPerNs;
    };
    return SimPs(lp.memSteps - lp.atomicSteps - lp.lockSteps) * each(LoopPlan::StepAt::Access) +
           SimPs(lp.atomicSteps) * each(LoopPlan::StepAt::AtomicOp) + SimPs(lp.lockSteps) * each(LoopPlan::StepAt::MutexOp);
}

// stepCost: a plan step's issue cost (added to its request by the
// interpreter) and the runtime's charge for its operation (opCost).
Interpreter::StepCost Interpreter::stepCost(LoopPlan::StepAt::Kind k) const
{
    const InterpCosts &C = m_opts.costs;
    switch (k) {
    case LoopPlan::StepAt::AtomicOp: return {C.memOp, C.atomicOp / kPsPerNs};
    case LoopPlan::StepAt::MutexOp: return {C.syncOp, C.lockOp / kPsPerNs};
    default: return {C.memOp, 0};
    }
}

// iterationPs: one iteration's work.
SimPs Interpreter::iterationPs(const LoopPlan &lp) const
{
    return SimPs(lp.steps) * m_opts.costs.instr + stepExtraPs(lp);
}

// mutexIdle: a plan without Mutex steps, or whose Mutex (frame R) the
// runtime reports idle: then each skipped Lock takes it at once and each
// Unlock wakes no one, and after whole iterations it is idle again, as if
// stepped (sema.cpp mutexLock/mutexUnlock change nothing else then).
bool Interpreter::mutexIdle(const LoopPlan &lp, const Value *R, const StepEnv &env)
{
    if (lp.lockSteps == 0) return true;
    if (!env.sync) return false;
    const Value &p = R[lp.mutexPtr];
    if (p.ref == 0) return false;
    const std::vector<Value> &cells = m_heap.cells(p.ref).v;
    if (p.bits < 0 || size_t(p.bits) >= cells.size()) return false;
    const Value &cell = cells[size_t(p.bits)];
    return cell.bits != 0 && env.sync->mutexIdle(ObjId(cell.bits));
}

void Interpreter::runLoopAhead(Ctx &g, const Function &fn, int32_t back, Value *R, const StepEnv &env, uint32_t &steps,
                               SimPs &extra)
{
    const LoopPlan *plan = m_opts.accelerateLoops ? loopAt(fn, back) : nullptr;
    if (!plan) return;
    const LoopPlan &lp = *plan;
    const InterpCosts &C = m_opts.costs;
    const SimPs spent = SimPs(steps) * C.instr + extra;              // since the burst started
    const SimPs per = iterationPs(lp);   // one iteration
    if (per <= 0) return;
    uint64_t maxIters = (UINT32_MAX - uint64_t(steps)) / lp.steps;
    Value *mem[2] = {nullptr, nullptr};
    SimDur jitterNs = 0, jitteredPlainNs = -1;   // jittered path: what jitter added, the plain ns
    uint64_t k = 0;
    if (lp.memSteps == 0) {
        maxIters = std::min<uint64_t>(maxIters, uint64_t((C.quantum - 1 - spent) / per));
        k = accelerate(lp, R, mem, maxIters);
    } else {
        if (env.aheadNs <= 0 || env.aheadMaxSteps <= steps) return;
        maxIters = std::min(maxIters, (env.aheadMaxSteps - steps) / lp.steps);
        if (!cellsOf(lp, R, mem) || !mutexIdle(lp, R, env)) return;
        if (per / kPsPerNs + 1 <= env.aheadStepNs) {
            // Each skipped step costs at most one iteration's ps plus the
            // carry, too little for jitter: every skipped step completes
            // before now + aheadNs.
            const SimPs room = env.aheadNs * kPsPerNs - 1 - g.costCarry - spent;
            if (room < per) return;
            k = accelerate(lp, R, mem, std::min(maxIters, uint64_t(room / per)));
        } else {
            // Steps jitter can change: charged one by one (aheadSteps).
            if (!env.clock || per >= C.quantum) return;
            // Not even one iteration fits before the next event (its steps
            // cost the burst so far and the next iteration up to its last
            // step, each less under 1 ns of carry): the usual case while
            // another P's step is next.
            const SimPs least = spent + per - SimPs(lp.tailSteps) * C.instr - SimPs(lp.stepAt.size()) * kPsPerNs;
            if (least >= env.aheadNs * kPsPerNs) return;
            k = jitteredIterations(g, lp, spent, iterationsAllowed(lp, R, mem, maxIters), env, jitterNs, jitteredPlainNs);
            if (k > 0 && accelerate(lp, R, mem, k) != k) throw std::logic_error("runLoopAhead: iterations changed");
        }
    }
    if (k == 0) return;
    steps += uint32_t(k * lp.steps);
    m_accelIters += k;
    if (lp.memSteps > 0) {
        extra += SimPs(k) * stepExtraPs(lp);
        Request &q = g.req;
        q.aheadSteps += uint32_t(k * lp.memSteps);
        // the ns handed to the runtime by the last skipped step and those before it
        const SimPs through = spent + SimPs(k) * per - SimPs(lp.tailSteps) * C.instr;
        q.aheadNs = (g.costCarry + through) / kPsPerNs;
        q.aheadJitterNs = jitterNs;
        // The steps charged one by one must add up to what the burst hands over.
        if (jitteredPlainNs >= 0 && jitteredPlainNs != q.aheadNs)
            throw std::logic_error("runLoopAhead: the jittered steps cost " + std::to_string(jitteredPlainNs) +
                                   " ns, the burst " + std::to_string(q.aheadNs));
    }
}

// jitteredIterations: how many of up to `most` whole iterations to run
// ahead when their steps are large enough for the runtime's jitter
// (StepEnv::aheadStepNs): each step's cost is worked out as the separate
// request would carry it (its instructions since the previous step, the
// cost of its own issue, the ns carry, the runtime's charge for an atomic or
// Mutex op), and an iteration is taken only if even its longest jittered
// steps end before the next event (AheadClock::maxDuration); then its steps
// draw their jitter (AheadClock::duration) in order. jitterNs: what jitter
// added in all; plainNs: the steps' ns without it.
uint64_t Interpreter::jitteredIterations(const Ctx &g, const LoopPlan &lp, SimPs spent, uint64_t most,
                                         const StepEnv &env, SimDur &jitterNs, SimDur &plainNs)
{
    const InterpCosts &C = m_opts.costs;
    const size_t n = lp.stepAt.size();
    if (n == 0 || n > 16) return 0;
    SimDur d[16];
    SimPs carry = g.costCarry;
    SimDur elapsed = 0, plain = 0;
    uint64_t k = 0;
    for (; k < most; ++k) {
        SimPs c = carry;
        SimDur worst = 0;
        for (size_t i = 0; i < n; ++i) {
            const LoopPlan::StepAt &st = lp.stepAt[i];
            // instructions since the previous step: from the burst's start for
            // the first one, across the back edge for every other iteration's first
            const SimPs instrs = i > 0 ? SimPs(st.pos - lp.stepAt[i - 1].pos) * C.instr
                                 : k == 0 ? spent + SimPs(st.pos) * C.instr
                                          : SimPs(lp.tailSteps + st.pos) * C.instr;
            const StepCost sc = stepCost(st.kind);
            const SimPs t = c + instrs + sc.issuePs;
            c = t % kPsPerNs;
            d[i] = t / kPsPerNs + sc.opNs;
            worst += env.clock->maxDuration(d[i]);
        }
        if (elapsed + worst >= env.aheadNs) break;
        for (size_t i = 0; i < n; ++i) {
            elapsed += env.clock->duration(d[i]);
            plain += d[i];
        }
        carry = c;
    }
    jitterNs = elapsed - plain;
    plainNs = plain;
    return k;
}

// waitingLoop: the closed-form loop with memory steps in which g waits at a
// Load/Store, when its exit test does not read a shared cell (another
// goroutine may change that cell); else null.
const LoopPlan *Interpreter::waitingLoop(Ctx &g) const
{
    if (g.pending != Pending::Complete || g.panicking || g.frames.empty()) return nullptr;
    if (g.req.kind != ReqKind::Load && g.req.kind != ReqKind::Store && g.req.kind != ReqKind::Atomic) return nullptr;
    const Frame &fr = g.frames.back();
    const Function &fn = m_prog->functions[size_t(fr.func)];
    for (const LoopPlan &lp : fn.loops) {
        if (lp.memSteps == 0 || fr.pc < lp.top || fr.pc >= lp.back) continue;   // closed-form loops do not nest
        // A pair of loops with Mutex steps contends for the Mutex (parks,
        // wake-ups): not a pair of affine maps (joint_ahead.h); nor are
        // loops with inner loops, whose steps are long enough for jitter.
        if (lp.lockSteps > 0 || lp.innerLoops > 0) return nullptr;
        auto readsCell = [&](const Affine &a) {
            for (int32_t i = 0; i < a.n; ++i)
                if (a.reg[i] >= lp.nregs) return true;
            return false;
        };
        if (lp.hasExit && (readsCell(lp.lhs) || readsCell(lp.rhs))) return nullptr;
        return &lp;
    }
    return nullptr;
}

// loopView (executor.h): the registers and cells of a goroutine waiting in a
// closed-form loop (waitingLoop).
bool Interpreter::loopView(CtxId ctx, LoopView &out)
{
    if (!m_opts.accelerateLoops || ctx == 0 || ctx >= m_ctx.size() || !m_ctx[ctx]) return false;
    Ctx &g = *m_ctx[ctx];
    const LoopPlan *plan = waitingLoop(g);
    if (!plan) return false;
    const LoopPlan &lp = *plan;
    Frame &fr = g.frames.back();
    Value *R = g.stack.data() + fr.base;
    out = LoopView{};
    out.regs = R;
    out.nregs = m_prog->functions[size_t(fr.func)].nregs;
    if (!cellsOf(lp, R, out.cells)) return false;
    out.ncells = int32_t(lp.memPtrs.size());
    out.func = fr.func;
    out.pc = fr.pc;
    out.carry = g.costCarry;
    out.iterSteps = lp.steps;
    out.memSteps = lp.memSteps;
    out.atomicSteps = lp.atomicSteps;
    out.iterPs = iterationPs(lp);
    return true;
}

// loopItersLeft (executor.h): what accelerate() would allow from the
// registers as they are, applied to copies, less one for the iteration under way.
uint64_t Interpreter::loopItersLeft(CtxId ctx)
{
    if (ctx == 0 || ctx >= m_ctx.size() || !m_ctx[ctx]) return 0;
    Ctx &g = *m_ctx[ctx];
    const LoopPlan *plan = waitingLoop(g);
    if (!plan) return 0;
    const LoopPlan &lp = *plan;
    const Frame &fr = g.frames.back();
    const Value *R = g.stack.data() + fr.base;
    std::vector<Value> &copy = m_spread;   // scratch
    copy.assign(R, R + lp.nregs);
    Value *live[2] = {nullptr, nullptr};
    if (!cellsOf(lp, R, live)) return 0;
    Value cellCopy[2];
    Value *mem[2] = {nullptr, nullptr};
    for (size_t i = 0; i < lp.memPtrs.size(); ++i) {
        cellCopy[i] = *live[i];
        mem[i] = &cellCopy[i];
    }
    const uint64_t k = accelerate(lp, copy.data(), mem, uint64_t(1) << 62);
    return k > 0 ? k - 1 : 0;
}

} // namespace gsl::program
