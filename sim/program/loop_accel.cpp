// loop_accel.cpp — see loop_accel.h: a plan applied in closed form.
#include "sim/program/loop_accel.h"

#include "sim/program/loop_math.h"

#include <algorithm>

namespace gsl::program {

namespace {

using loopmath::firstFail;
using loopmath::kInf;
using loopmath::Line;
using loopmath::maxInRange;
using loopmath::u128;

// Regs: the frame's registers, then the shared cells the loop uses.
struct Regs {
    Value *R;
    int32_t nregs;
    Value *const *mem;
    Value &operator[](int32_t r) const { return r < nregs ? R[r] : *mem[r - nregs]; }
};

uint64_t eval(const Affine &a, const Regs &R)
{
    uint64_t v = a.c;
    for (int32_t i = 0; i < a.n; ++i) v += a.coef[i] * uint64_t(R[a.reg[i]].bits);
    return v;
}

inline uint64_t allowed(const LoopPlan &plan, Value *frame, Value *const *mem, uint64_t maxIters)
{
    if (maxIters == 0) return 0;
    const Regs R{frame, plan.nregs, mem};
    for (int32_t r : plan.intInputs)
        if (R[r].ref != 0 || R[r].tag != 0) return 0;
    uint64_t k = maxIters;
    if (plan.hasExit) {
        Line l, r;
        auto line = [&](const Affine &a) {
            Line ln;
            ln.v0 = int64_t(eval(a, R));
            uint64_t s = 0;
            for (int32_t i = 0; i < a.n; ++i)
                for (const LoopPlan::Update &u : plan.updates)
                    if (u.reg == a.reg[i] && u.kind == LoopPlan::Update::Induction) s += a.coef[i] * eval(u.delta, R);
            ln.slope = int64_t(s);
            return ln;
        };
        l = line(plan.lhs);
        r = line(plan.rhs);
        const uint64_t fail = firstFail(l.v0 - r.v0, l.slope - r.slope, plan.cmp, plan.stayWhen);
        if (fail <= 1) return 0;                       // the next iteration (or the one after) leaves
        k = std::min(k, fail - 1);                     // leave the last iteration to the dispatch loop
        k = std::min({k, maxInRange(l), maxInRange(r)}); // the test's operands must not wrap
    }
    if (k == 0 || k == kInf) return 0;
    return k;
}

} // namespace

uint64_t iterationsAllowed(const LoopPlan &plan, Value *frame, Value *const *mem, uint64_t maxIters)
{
    return allowed(plan, frame, mem, maxIters);
}

uint64_t accelerate(const LoopPlan &plan, Value *frame, Value *const *mem, uint64_t maxIters)
{
    const uint64_t k = allowed(plan, frame, mem, maxIters);
    if (k == 0) return 0;
    const Regs R{frame, plan.nregs, mem};
    auto slopeOf = [&](int32_t reg) -> uint64_t {
        for (const LoopPlan::Update &u : plan.updates)
            if (u.reg == reg) return eval(u.delta, R);
        return 0;
    };
    // New values, computed from the old ones before any is written.
    const uint64_t tri = uint64_t((u128(k) * u128(k - 1) / 2));   // k(k-1)/2 mod 2^64
    Value out[64];
    const size_t nu = plan.updates.size();
    if (nu > 64) return 0;
    for (size_t i = 0; i < nu; ++i) {
        const LoopPlan::Update &u = plan.updates[i];
        const Value &cur = R[u.reg];
        switch (u.kind) {
        case LoopPlan::Update::Induction:
            out[i] = Value::ofInt(int64_t(uint64_t(cur.bits) + k * eval(u.delta, R)));
            break;
        case LoopPlan::Update::Sum: {
            uint64_t v = uint64_t(cur.bits) + k * eval(u.delta, R);
            for (int32_t t = 0; t < u.inductions.n; ++t) {
                const int32_t s = u.inductions.reg[t];
                v += u.inductions.coef[t] * (k * uint64_t(R[s].bits) + tri * slopeOf(s));
            }
            out[i] = Value::ofInt(int64_t(v));
            break;
        }
        case LoopPlan::Update::Reset: out[i] = Value::ofInt(int64_t(eval(u.delta, R))); break;
        case LoopPlan::Update::Copy: out[i] = R[u.delta.reg[0]]; break;
        }
    }
    for (size_t i = 0; i < nu; ++i) R[plan.updates[i].reg] = out[i];
    return k;
}

} // namespace gsl::program
