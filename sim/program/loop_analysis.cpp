// loop_analysis.cpp — a loop's closed-form plan, found by executing one
// iteration symbolically (loop_accel.h: analyseLoop, planLoops).
#include "sim/program/loop_accel.h"

#include "sim/program/loop_math.h"
#include "sim/program/request.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gsl::program {

namespace {

using loopmath::addScaled;
using loopmath::addTerm;
using loopmath::coefOf;
using loopmath::firstFail;
using loopmath::Line;
using loopmath::maxInRange;
using loopmath::u128;

bool plainInt(const Program &prog, uint16_t type)
{
    if (type >= prog.types.size()) return false;
    const Kind k = prog.types[type].kind;
    return k == Kind::Int || k == Kind::Int64;
}

// What the symbolic pass knows about a register.
struct Sym {
    enum Kind : uint8_t { Unwritten, Lin, Cmp, Obj, Dead } kind = Unwritten;   // Dead: an inner loop's temporary
    Affine a;          // Lin
    int32_t ptr = -1;  // Obj: the runtime object of the sync value at *R[ptr] (SyncObj)
    LoopCmp cmp = LoopCmp::Lt;   // Cmp: a `l cmp r` result
    Affine l, r;
};

LoopCmp toCmp(Op op)
{
    switch (op) {
    case Op::Lt: return LoopCmp::Lt;
    case Op::Le: return LoopCmp::Le;
    case Op::Gt: return LoopCmp::Gt;
    case Op::Ge: return LoopCmp::Ge;
    case Op::Eq: return LoopCmp::Eq;
    default: return LoopCmp::Ne;
    }
}

LoopCmp negate(LoopCmp c)
{
    switch (c) {
    case LoopCmp::Lt: return LoopCmp::Ge;
    case LoopCmp::Le: return LoopCmp::Gt;
    case LoopCmp::Gt: return LoopCmp::Le;
    case LoopCmp::Ge: return LoopCmp::Lt;
    case LoopCmp::Eq: return LoopCmp::Ne;
    default: return LoopCmp::Eq;
    }
}

// destOf: the register an instruction a plan may hold writes, -1 if none.
int32_t destOf(const Instr &I)
{
    switch (I.op) {
    case Op::Move: case Op::LoadImm: case Op::LoadK: case Op::Add: case Op::Sub: case Op::AddI: case Op::Neg:
    case Op::Mul: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::Eq: case Op::Ne: case Op::Not:
    case Op::Load: case Op::SyncObj:
        return I.a;
    case Op::Atomic: case Op::Rt: return I.a >= 0 ? I.a : -1;
    default: return -1;
    }
}

// innerBack: the back edge of a loop whose header is pc, inside (pc, back); -1 if none.
int32_t innerBack(const Function &fn, int32_t pc, int32_t back)
{
    for (int32_t q = back - 1; q > pc; --q) {
        const Instr &I = fn.code[size_t(q)];
        if (I.op == Op::Jmp && I.a == pc) return q;
    }
    return -1;
}

bool analyse(const Program &prog, const Function &fn, int32_t back, LoopPlan &out, int depth)
{
    if (back < 0 || size_t(back) >= fn.code.size()) return false;
    const Instr &J = fn.code[size_t(back)];
    if (J.op != Op::Jmp || J.a > back || J.a < 0) return false;
    const int32_t top = J.a;
    LoopPlan plan;
    plan.top = top;
    plan.back = back;

    constexpr int32_t kMaxMem = 2;
    plan.nregs = fn.nregs;
    std::vector<Sym> S(size_t(std::max(fn.nregs, 1) + kMaxMem));
    std::vector<uint8_t> input(S.size(), 0);
    std::vector<uint8_t> arith(S.size(), 0);   // registers consumed by arithmetic/comparison

    auto inRange = [&](int32_t r) { return r >= 0 && size_t(r) < S.size(); };
    // get: the symbolic value of register r now (an input if not yet written)
    auto get = [&](int32_t r, Sym &v) {
        if (!inRange(r) || S[size_t(r)].kind == Sym::Dead) return false;
        if (S[size_t(r)].kind == Sym::Unwritten) {
            input[size_t(r)] = 1;
            v = Sym{};
            v.kind = Sym::Lin;
            addTerm(v.a, r, 1);
            return true;
        }
        v = S[size_t(r)];
        return true;
    };
    auto lin = [&](int32_t r, Affine &a) {
        Sym v;
        if (!get(r, v) || v.kind != Sym::Lin) return false;
        for (int32_t i = 0; i < v.a.n; ++i) arith[size_t(v.a.reg[i])] = 1;
        a = v.a;
        return true;
    };
    auto set = [&](int32_t r, const Affine &a) {
        if (!inRange(r)) return false;
        Sym &s = S[size_t(r)];
        s = Sym{};
        s.kind = Sym::Lin;
        s.a = a;
        return true;
    };
    auto exitsTo = [&](int32_t target) { return target < top || target > back; };
    // cell: the virtual register of *ptr (ptr must be an input, unwritten so far)
    auto cell = [&](int32_t ptr) -> int32_t {
        if (ptr < 0 || ptr >= fn.nregs || S[size_t(ptr)].kind != Sym::Unwritten) return -1;
        input[size_t(ptr)] = 1;
        for (size_t i = 0; i < plan.memPtrs.size(); ++i)
            if (plan.memPtrs[i] == ptr) return fn.nregs + int32_t(i);
        if (int32_t(plan.memPtrs.size()) == kMaxMem) return -1;
        plan.memPtrs.push_back(ptr);
        return fn.nregs + int32_t(plan.memPtrs.size() - 1);
    };
    // inner: the loop whose header is pc and back edge ib, all of its
    // iterations at once (LoopPlan::innerLoops). It must be a closed-form loop
    // of local work whose exit test, at entry, is a constant comparison with a
    // constant slope, so that it runs the same N times in every iteration;
    // each register it carries becomes its value after N iterations (as
    // accelerate() computes it), every other register it writes is dead
    // after it, and `ran` is the instructions it executes.
    auto inner = [&](int32_t ib, uint64_t &ran) -> bool {
        LoopPlan in;
        if (!analyse(prog, fn, ib, in, depth + 1) || in.memSteps != 0 || !in.hasExit) return false;
        auto entry = [&](int32_t r, Affine &a) {
            Sym v;
            if (!get(r, v) || v.kind != Sym::Lin) return false;
            for (int32_t i = 0; i < v.a.n; ++i) arith[size_t(v.a.reg[i])] = 1;
            a = v.a;
            return true;
        };
        // subst: an affine form over the inner loop's registers at entry, over the outer's
        auto subst = [&](const Affine &f, Affine &o) {
            o = Affine{};
            o.c = f.c;
            for (int32_t i = 0; i < f.n; ++i) {
                Affine e;
                if (!entry(f.reg[i], e) || !addScaled(o, e, f.coef[i])) return false;
            }
            return true;
        };
        auto deltaOf = [&](int32_t reg, Affine &d) {
            for (const LoopPlan::Update &u : in.updates)
                if (u.reg == reg && u.kind == LoopPlan::Update::Induction) return subst(u.delta, d);
            d = Affine{};
            return true;   // an invariant of the inner loop
        };
        // The exit test's operands j iterations in: constants plus j times constant slopes.
        Line side[2];
        const Affine *ops[2] = {&in.lhs, &in.rhs};
        for (int k = 0; k < 2; ++k) {
            Affine v0;
            if (!subst(*ops[k], v0) || v0.n != 0) return false;
            uint64_t slope = 0;
            for (int32_t i = 0; i < ops[k]->n; ++i) {
                Affine d;
                if (!deltaOf(ops[k]->reg[i], d) || d.n != 0) return false;
                slope += ops[k]->coef[i] * d.c;
            }
            side[k].v0 = int64_t(v0.c);
            side[k].slope = int64_t(slope);
        }
        const uint64_t N = firstFail(side[0].v0 - side[1].v0, side[0].slope - side[1].slope, in.cmp, in.stayWhen);
        // (N == 0: a loop that never iterates leaves its registers as they
        // are, which the outer plan could only express as int updates.)
        if (N == 0 || N > (uint64_t(1) << 30) || N > maxInRange(side[0]) || N > maxInRange(side[1])) return false;
        const uint64_t tri = uint64_t(u128(N) * u128(N - 1) / 2);
        // A register it carries must not be written before its exit test (the
        // last pass runs only that far).
        for (const LoopPlan::Update &u : in.updates)
            for (int32_t q = in.top; q <= in.exitPc; ++q)
                if (destOf(fn.code[size_t(q)]) == u.reg) return false;
        std::vector<std::pair<int32_t, Sym>> outs;
        for (const LoopPlan::Update &u : in.updates) {
            Sym nv;
            nv.kind = Sym::Lin;
            Affine e, d;
            switch (u.kind) {
            case LoopPlan::Update::Induction:
                if (!entry(u.reg, e) || !subst(u.delta, d)) return false;
                nv.a = e;
                if (!addScaled(nv.a, d, N)) return false;
                break;
            case LoopPlan::Update::Sum:
                if (!entry(u.reg, e) || !subst(u.delta, d)) return false;
                nv.a = e;
                if (!addScaled(nv.a, d, N)) return false;
                for (int32_t t = 0; t < u.inductions.n; ++t) {
                    Affine es, ds;
                    if (!entry(u.inductions.reg[t], es) || !deltaOf(u.inductions.reg[t], ds)) return false;
                    if (!addScaled(nv.a, es, u.inductions.coef[t] * N) ||
                        !addScaled(nv.a, ds, u.inductions.coef[t] * tri))
                        return false;
                }
                break;
            case LoopPlan::Update::Reset:
                if (!subst(u.delta, e)) return false;
                nv.a = e;
                break;
            case LoopPlan::Update::Copy:
                if (!get(u.delta.reg[0], nv)) return false;
                break;
            }
            outs.emplace_back(u.reg, nv);
        }
        for (int32_t q = in.top; q < ib; ++q)
            if (const int32_t r = destOf(fn.code[size_t(q)]); r >= 0 && inRange(r)) {
                S[size_t(r)] = Sym{};
                S[size_t(r)].kind = Sym::Dead;
            }
        for (const auto &o : outs) S[size_t(o.first)] = o.second;
        ran = N * in.steps + uint64_t(in.exitPc - in.top + 1);
        return true;
    };

    uint64_t dyn = 0;       // instructions executed so far in the iteration
    uint64_t dynMem = 0;    // ... up to the last memory step, itself included
    auto stepAt = [&](LoopPlan::StepAt::Kind k) {
        plan.stepAt.push_back(LoopPlan::StepAt{k, uint32_t(dyn)});
        dynMem = dyn;
    };

    for (int32_t pc = top; pc < back; ++pc) {
        const Instr &I = fn.code[size_t(pc)];
        Affine x, y;
        if (const int32_t ib = innerBack(fn, pc, back); ib > 0) {
            // An inner loop starts here: apply all of its iterations as one step.
            if (depth > 0 || plan.stepAt.empty()) return false;
            uint64_t ran = 0;
            if (!inner(ib, ran)) return false;
            dyn += ran;
            ++plan.innerLoops;
            pc = ib;
            continue;
        }
        ++dyn;
        switch (I.op) {
        case Op::Nop: break;
        case Op::Move: {
            Sym v;
            if (!get(I.b, v) || !inRange(I.a)) return false;
            S[size_t(I.a)] = v;
            break;
        }
        case Op::LoadImm: x.c = uint64_t(int64_t(I.b)); if (!set(I.a, x)) return false; break;
        case Op::LoadK:
            if (I.b < 0 || size_t(I.b) >= prog.ints.size()) return false;
            x.c = uint64_t(prog.ints[size_t(I.b)]);
            if (!set(I.a, x)) return false;
            break;
        case Op::Add: case Op::Sub:
            if (I.x != 0 || !lin(I.b, x) || !lin(I.c, y)) return false;
            if (!addScaled(x, y, I.op == Op::Add ? 1 : uint64_t(-1)) || !set(I.a, x)) return false;
            break;
        case Op::AddI:
            if (I.x != 0 || !lin(I.b, x)) return false;
            x.c += uint64_t(int64_t(I.c));
            if (!set(I.a, x)) return false;
            break;
        case Op::Neg: {
            if (I.x != 0 || !lin(I.b, x)) return false;
            Affine z;
            if (!addScaled(z, x, uint64_t(-1)) || !set(I.a, z)) return false;
            break;
        }
        case Op::Mul: {
            if (I.x != 0 || !lin(I.b, x) || !lin(I.c, y)) return false;
            if (x.n != 0 && y.n != 0) return false;     // both vary: not linear
            Affine z;
            if (x.n == 0 ? !addScaled(z, y, x.c) : !addScaled(z, x, y.c)) return false;
            if (!set(I.a, z)) return false;
            break;
        }
        case Op::Not: {
            // !b: a comparison's negation, or b == 0 for an int-valued bool
            Sym v;
            if (!get(I.b, v) || !inRange(I.a)) return false;
            if (v.kind == Sym::Cmp) {
                v.cmp = negate(v.cmp);
            } else if (v.kind == Sym::Lin) {
                for (int32_t i = 0; i < v.a.n; ++i) arith[size_t(v.a.reg[i])] = 1;
                Sym c;
                c.kind = Sym::Cmp;
                c.cmp = LoopCmp::Eq;
                c.l = v.a;
                v = c;
            } else {
                return false;
            }
            S[size_t(I.a)] = v;
            break;
        }
        case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: case Op::Eq: case Op::Ne: {
            if (!lin(I.b, x) || !lin(I.c, y) || !inRange(I.a)) return false;
            Sym &s = S[size_t(I.a)];
            s = Sym{};
            s.kind = Sym::Cmp;
            s.cmp = toCmp(I.op);
            s.l = x;
            s.r = y;
            break;
        }
        case Op::JmpIf: case Op::JmpIfNot: {
            if (plan.hasExit || !exitsTo(I.a)) return false;
            Sym v;
            if (!get(I.b, v) || v.kind != Sym::Cmp) return false;
            plan.hasExit = true;
            plan.exitPc = pc;
            plan.cmp = v.cmp;
            plan.stayWhen = I.op == Op::JmpIfNot;   // JmpIfNot leaves when false
            plan.lhs = v.l;
            plan.rhs = v.r;
            break;
        }
        case Op::JLt: case Op::JGe:
            if (plan.hasExit || !exitsTo(I.a) || !lin(I.b, x) || !lin(I.c, y)) return false;
            plan.hasExit = true;
            plan.exitPc = pc;
            plan.cmp = I.op == Op::JLt ? LoopCmp::Lt : LoopCmp::Ge;
            plan.stayWhen = false;                   // the jump leaves the loop
            plan.lhs = x;
            plan.rhs = y;
            break;
        case Op::Load: {
            // a = *b, an int shared variable: the cell is a carried register
            const int32_t v = cell(I.b);
            Sym m;
            if (v < 0 || !plainInt(prog, I.x) || !get(v, m) || m.kind != Sym::Lin || !inRange(I.a)) return false;
            S[size_t(I.a)] = m;
            ++plan.memSteps;
            stepAt(LoopPlan::StepAt::Access);
            break;
        }
        case Op::Store: {
            // *a = b. The cell is carried even if the loop never reads it:
            // accelerate() must leave in it what the last skipped store wrote
            // (another goroutine may read it before the next real store
            // completes), so a store of a varying value gives no plan.
            const int32_t v = cell(I.a);
            if (v < 0 || !plainInt(prog, I.x) || !lin(I.b, x) || !set(v, x)) return false;
            input[size_t(v)] = 1;
            ++plan.memSteps;
            stepAt(LoopPlan::StepAt::Access);
            break;
        }
        case Op::Atomic: {
            // sync/atomic Load, Store or Add of a 64-bit int (32-bit widths wrap
            // at 32 bits: not affine mod 2^64); Swap and CompareAndSwap are not
            // affine. The result register gets what complete() writes there.
            if ((I.flag >> 4) != 0) return false;
            const int32_t v = cell(I.b);
            Sym m;
            if (v < 0 || !get(v, m) || m.kind != Sym::Lin) return false;
            Affine r;   // Store's result: a zero Value
            switch (AtomicOp(I.flag & 15)) {
            case AtomicOp::Load: r = m.a; break;
            case AtomicOp::Add:
                if (!lin(I.c, y)) return false;
                x = m.a;
                if (!addScaled(x, y, 1) || !set(v, x)) return false;
                r = x;
                break;
            case AtomicOp::Store:
                if (!lin(I.c, x) || !set(v, x)) return false;
                break;
            default: return false;
            }
            if (I.a >= 0 && !set(I.a, r)) return false;
            ++plan.memSteps;
            ++plan.atomicSteps;
            stepAt(LoopPlan::StepAt::AtomicOp);
            break;
        }
        case Op::SyncObj: {
            // a = the runtime object of the Mutex (WaitGroup, ...) at *b: its
            // id is assigned at its first use, in an iteration before any back
            // edge, and stays; the pointer must not change in the loop.
            if (I.b < 0 || I.b >= fn.nregs || S[size_t(I.b)].kind != Sym::Unwritten || !inRange(I.a)) return false;
            input[size_t(I.b)] = 1;
            Sym &o = S[size_t(I.a)];
            o = Sym{};
            o.kind = Sym::Obj;
            o.ptr = I.b;
            break;
        }
        case Op::Rt: {
            // sync.Mutex Lock and Unlock of one Mutex, alternating from Lock
            // (checked to end with Unlock below): run ahead only while the
            // runtime says the Mutex is idle (StepEnv::sync), so every Lock
            // takes it at once and every Unlock wakes no one. Anything else
            // the runtime does (channels, WaitGroups, RWMutex, TryLock) is not.
            const ReqKind k = ReqKind(I.x);
            if (k != ReqKind::MutexLock && k != ReqKind::MutexUnlock) return false;
            if (I.c >= 0 || !inRange(I.b) || S[size_t(I.b)].kind != Sym::Obj) return false;
            const int32_t ptr = S[size_t(I.b)].ptr;
            if (plan.mutexPtr >= 0 && plan.mutexPtr != ptr) return false;
            if ((k == ReqKind::MutexLock) != (plan.lockSteps % 2 == 0)) return false;
            plan.mutexPtr = ptr;
            if (I.a >= 0 && !set(I.a, Affine{})) return false;   // complete(): Value::ofInt(done.n), 0 here
            ++plan.memSteps;
            ++plan.lockSteps;
            stepAt(LoopPlan::StepAt::MutexOp);
            break;
        }
        default: return false;   // anything else: not accelerable
        }
    }
    ++dyn;                                       // the back edge
    if (dyn > UINT32_MAX / 2) return false;
    plan.steps = uint32_t(dyn);
    plan.tailSteps = uint32_t(dyn - dynMem);     // unused without memory steps
    for (int32_t ptr : plan.memPtrs)
        if (S[size_t(ptr)].kind != Sym::Unwritten) return false;   // the pointer changes in the loop
    if (plan.lockSteps % 2 != 0) return false;                     // the iteration ends holding the Mutex
    if (plan.mutexPtr >= 0 && S[size_t(plan.mutexPtr)].kind != Sym::Unwritten) return false;

    // Classify the registers the loop carries.
    const size_t n = S.size();
    std::vector<int8_t> kind(n, -1);   // -1 invariant/temp, else Update::Kind
    auto carried = [&](int32_t r) { return input[size_t(r)] && S[size_t(r)].kind != Sym::Unwritten; };
    for (size_t r = 0; r < n; ++r) {
        if (!carried(int32_t(r))) continue;
        const Sym &s = S[r];
        if (s.kind != Sym::Lin) return false;
        const uint64_t self = coefOf(s.a, int32_t(r));
        bool otherCarried = false;
        for (int32_t i = 0; i < s.a.n; ++i)
            if (s.a.reg[i] != int32_t(r) && carried(s.a.reg[i])) otherCarried = true;
        if (self == 1 && !otherCarried) kind[r] = LoopPlan::Update::Induction;
        else if (self == 0 && !otherCarried) kind[r] = LoopPlan::Update::Reset;
        else if (self == 1) kind[r] = LoopPlan::Update::Sum;   // checked below
        else return false;
    }
    for (size_t r = 0; r < n; ++r) {
        if (kind[r] < 0) continue;
        const Sym &s = S[r];
        LoopPlan::Update u;
        u.kind = LoopPlan::Update::Kind(kind[r]);
        u.reg = int32_t(r);
        for (int32_t i = 0; i < s.a.n; ++i) {
            const int32_t q = s.a.reg[i];
            if (q == int32_t(r) && u.kind != LoopPlan::Update::Reset) continue;
            if (carried(q)) {
                if (u.kind != LoopPlan::Update::Sum || kind[size_t(q)] != LoopPlan::Update::Induction) return false;
                addTerm(u.inductions, q, s.a.coef[i]);
            } else {
                addTerm(u.delta, q, s.a.coef[i]);
            }
        }
        u.delta.c = s.a.c;
        if (u.kind == LoopPlan::Update::Reset && u.delta.c == 0 && u.delta.n == 1 && u.delta.coef[0] == 1)
            u.kind = LoopPlan::Update::Copy;
        if (u.kind != LoopPlan::Update::Copy) {
            for (int32_t i = 0; i < u.delta.n; ++i) arith[size_t(u.delta.reg[i])] = 1;
            if (u.kind != LoopPlan::Update::Reset) arith[r] = 1;
        }
        plan.updates.push_back(u);
    }
    if (plan.hasExit)
        for (const Affine *a : {&plan.lhs, &plan.rhs})
            for (int32_t i = 0; i < a->n; ++i) {
                const int32_t q = a->reg[i];
                if (carried(q) && kind[size_t(q)] != LoopPlan::Update::Induction) return false;
            }
    for (size_t r = 0; r < n; ++r)
        if (arith[r] && input[r]) plan.intInputs.push_back(int32_t(r));
    out = std::move(plan);
    return true;
}

} // namespace

bool analyseLoop(const Program &prog, const Function &fn, int32_t back, LoopPlan &out)
{
    return analyse(prog, fn, back, out, 0);
}

void planLoops(Program &prog)
{
    for (Function &fn : prog.functions) {
        fn.loops.clear();
        for (int32_t pc = 0; pc < int32_t(fn.code.size()); ++pc) {
            const Instr &I = fn.code[size_t(pc)];
            if (I.op != Op::Jmp || I.a > pc) continue;
            LoopPlan plan;
            if (analyseLoop(prog, fn, pc, plan)) fn.loops.push_back(std::move(plan));
        }
    }
}

} // namespace gsl::program
