// interp_exec.cpp — the dispatch loop: runs one goroutine until its next
// scheduler-visible step.
//
// Registers are addressed relative to the frame base; `R` is re-derived after
// anything that may grow the stack (calls). Instructions that produce a
// request leave the frame's pc on themselves with Pending::Complete, so that
// complete() (interp_ctx.cpp) performs their effect when the runtime resumes
// the goroutine, then advances.
#include "sim/program/interp_ctx.h"

#include <stdexcept>

namespace gsl::program {

namespace {

inline int64_t wrapv(uint64_t v, uint16_t w)
{
    switch (w) {
    case 1: return int64_t(int32_t(uint32_t(v)));
    case 2: return int64_t(uint32_t(v));
    case 3: return int64_t(uint8_t(v));
    default: return int64_t(v);
    }
}

inline Value iv(int64_t x) { Value v; v.bits = x; return v; }
inline Value bv(bool b) { Value v; v.bits = b ? 1 : 0; return v; }
inline uint64_t u(const Value &v) { return uint64_t(v.bits); }
inline int64_t sliceLen(const Value &s) { return int64_t(uint32_t(uint64_t(s.bits))); }
inline int64_t sliceCap(const Value &s) { return int64_t(uint64_t(s.bits) >> 32); }

} // namespace

void Interpreter::run(Ctx &g, const StepEnv &env)
{
    Request &q = g.req;
    q.kind = ReqKind::Compute;
    q.safePoint = false;
    q.toStderr = false;
    q.access = {};
    q.obj = q.obj2 = 0;
    q.n = q.period = 0;
    q.v = {};
    q.cases = nullptr;
    q.ncases = 0;
    q.hasDefault = false;
    q.text.clear();
    q.libs = 0;
    q.freshPages = 0;
    q.aheadSteps = 0;
    q.aheadNs = 0;
    q.aheadJitterNs = 0;
    m_req = &q;

    const InterpCosts &C = m_opts.costs;
    uint32_t steps = 0;
    SimPs extra = 0;
    const Program &P = *m_prog;

    Frame *fr;
    const Function *fn;
    const Instr *code;
    Value *R;
    int32_t pc;

#define GSL_ISSUE(K, EXTRA)                                                   \
    do {                                                                      \
        fr->pc = pc;                                                          \
        q.kind = (K);                                                         \
        q.line = fn->lines[size_t(pc)];                                       \
        q.steps = steps;                                                      \
        q.cost = g.chargeNs(SimPs(steps) * C.instr + extra + (EXTRA));        \
        g.pending = Pending::Complete;                                        \
        return;                                                               \
    } while (0)
#define GSL_YIELD_AT(PC, SAFE)                                                \
    do {                                                                      \
        fr->pc = (PC);                                                        \
        q.kind = ReqKind::Compute;                                            \
        q.safePoint = (SAFE);                                                 \
        q.line = fn->lines[size_t(fr->pc)];                                   \
        q.steps = steps;                                                      \
        q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);                  \
        g.pending = Pending::Resume;                                          \
        return;                                                               \
    } while (0)
#define GSL_PANIC_RT_(MSG, PLAIN)                                             \
    do {                                                                      \
        fr->pc = pc;                                                          \
        if (!runtimeError(g, (MSG), (PLAIN))) { q.steps = steps; q.cost = g.chargeNs(SimPs(steps) * C.instr + extra); return; } \
        goto reload;                                                          \
    } while (0)
#define GSL_PANIC_RT(MSG) GSL_PANIC_RT_(MSG, false)

reload:
    if (m_heap.overBudget()) {
        // A simulator budget, not the program's fault: the runtime stops the
        // run as it does for the other budgets (exit 75 from the CLI).
        fatal(g, std::to_string(m_heap.budget()) + " bytes (" + std::to_string(m_heap.allocated()) +
                     " bytes allocated)");
        g.req.n = 1;
        q.steps = steps;
        q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);
        return;
    }
    fr = &g.frames.back();
    fn = &P.functions[size_t(fr->func)];
    code = fn->code.data();
    R = g.stack.data() + fr->base;
    pc = fr->pc;
    if (!fr->prologueDone) {
        fr->prologueDone = true;
        // Cooperative preemption happens only in function prologues (morestack
        // check), as in Go; loop back-edges are not preemption points.
        if (env.preemptPending)
            GSL_YIELD_AT(pc, true);
    }

    for (;;) {
        const Instr &I = code[pc];
        ++steps;
        switch (I.op) {
        case Op::Nop: case Op::Yield: ++pc; break;
        case Op::Move: moveValue(R[I.a], R[I.b]); ++pc; break;
        case Op::LoadImm: R[I.a] = iv(I.b); ++pc; break;
        case Op::LoadK: R[I.a] = iv(P.ints[size_t(I.b)]); ++pc; break;
        case Op::LoadStr: { Value v; v.ref = uint32_t(I.b); R[I.a] = v; ++pc; break; }
        case Op::LoadFunc: { Value v; v.bits = I.b + 1; R[I.a] = v; ++pc; break; }
        case Op::Zero: R[I.a] = zeroValue(TypeId(I.b)); ++pc; break;
        case Op::Add: R[I.a] = iv(wrapv(u(R[I.b]) + u(R[I.c]), I.x)); ++pc; break;
        case Op::Sub: R[I.a] = iv(wrapv(u(R[I.b]) - u(R[I.c]), I.x)); ++pc; break;
        case Op::Mul: R[I.a] = iv(wrapv(u(R[I.b]) * u(R[I.c]), I.x)); ++pc; break;
        case Op::AddI: R[I.a] = iv(wrapv(u(R[I.b]) + uint64_t(int64_t(I.c)), I.x)); ++pc; break;
        case Op::Div: case Op::Rem: {
            int64_t d = R[I.c].bits, n = R[I.b].bits;
            if (d == 0) GSL_PANIC_RT("integer divide by zero");
            int64_t r;
            if (d == -1) r = I.op == Op::Div ? int64_t(0 - uint64_t(n)) : 0;
            else r = I.op == Op::Div ? n / d : n % d;
            R[I.a] = iv(wrapv(uint64_t(r), I.x));
            ++pc;
            break;
        }
        case Op::DivU: case Op::RemU: {
            uint64_t d = u(R[I.c]), n = u(R[I.b]);
            if (d == 0) GSL_PANIC_RT("integer divide by zero");
            R[I.a] = iv(wrapv(I.op == Op::DivU ? n / d : n % d, I.x));
            ++pc;
            break;
        }
        case Op::And: R[I.a] = iv(wrapv(u(R[I.b]) & u(R[I.c]), I.x)); ++pc; break;
        case Op::Or: R[I.a] = iv(wrapv(u(R[I.b]) | u(R[I.c]), I.x)); ++pc; break;
        case Op::Xor: R[I.a] = iv(wrapv(u(R[I.b]) ^ u(R[I.c]), I.x)); ++pc; break;
        case Op::AndNot: R[I.a] = iv(wrapv(u(R[I.b]) & ~u(R[I.c]), I.x)); ++pc; break;
        case Op::Shl: case Op::Shr: case Op::ShrU: {
            int64_t s = R[I.c].bits;
            if (s < 0 && I.flag == 0) GSL_PANIC_RT("negative shift amount");
            uint64_t sh = uint64_t(s), x = u(R[I.b]);
            uint64_t r;
            if (I.op == Op::Shl) r = sh >= 64 ? 0 : x << sh;
            else if (I.op == Op::ShrU) r = sh >= 64 ? 0 : x >> sh;
            else r = sh >= 64 ? (int64_t(x) < 0 ? ~0ull : 0) : uint64_t(int64_t(x) >> sh);
            R[I.a] = iv(wrapv(r, I.x));
            ++pc;
            break;
        }
        case Op::Neg: R[I.a] = iv(wrapv(0 - u(R[I.b]), I.x)); ++pc; break;
        case Op::BitNot: R[I.a] = iv(wrapv(~u(R[I.b]), I.x)); ++pc; break;
        case Op::Not: R[I.a] = bv(R[I.b].bits == 0); ++pc; break;
        case Op::Wrap: R[I.a] = iv(wrapv(u(R[I.b]), I.x)); ++pc; break;
        case Op::Eq: R[I.a] = bv(R[I.b].bits == R[I.c].bits && R[I.b].ref == R[I.c].ref); ++pc; break;
        case Op::Ne: R[I.a] = bv(!(R[I.b].bits == R[I.c].bits && R[I.b].ref == R[I.c].ref)); ++pc; break;
        case Op::Lt: R[I.a] = bv(R[I.b].bits < R[I.c].bits); ++pc; break;
        case Op::Le: R[I.a] = bv(R[I.b].bits <= R[I.c].bits); ++pc; break;
        case Op::Gt: R[I.a] = bv(R[I.b].bits > R[I.c].bits); ++pc; break;
        case Op::Ge: R[I.a] = bv(R[I.b].bits >= R[I.c].bits); ++pc; break;
        case Op::LtU: R[I.a] = bv(u(R[I.b]) < u(R[I.c])); ++pc; break;
        case Op::LeU: R[I.a] = bv(u(R[I.b]) <= u(R[I.c])); ++pc; break;
        case Op::GtU: R[I.a] = bv(u(R[I.b]) > u(R[I.c])); ++pc; break;
        case Op::GeU: R[I.a] = bv(u(R[I.b]) >= u(R[I.c])); ++pc; break;
        case Op::StrEq: R[I.a] = bv(m_heap.strv(R[I.b]) == m_heap.strv(R[I.c])); ++pc; break;
        case Op::StrNe: R[I.a] = bv(m_heap.strv(R[I.b]) != m_heap.strv(R[I.c])); ++pc; break;
        case Op::StrLt: R[I.a] = bv(m_heap.strv(R[I.b]) < m_heap.strv(R[I.c])); ++pc; break;
        case Op::StrLe: R[I.a] = bv(m_heap.strv(R[I.b]) <= m_heap.strv(R[I.c])); ++pc; break;
        case Op::StrGt: R[I.a] = bv(m_heap.strv(R[I.b]) > m_heap.strv(R[I.c])); ++pc; break;
        case Op::StrGe: R[I.a] = bv(m_heap.strv(R[I.b]) >= m_heap.strv(R[I.c])); ++pc; break;
        case Op::EqT: R[I.a] = bv(equal(R[I.b], R[I.c], I.x)); ++pc; break;
        case Op::NeT: R[I.a] = bv(!equal(R[I.b], R[I.c], I.x)); ++pc; break;
        case Op::Jmp:
            if (I.a <= pc) {
                if (SimPs(steps) * C.instr + extra >= C.quantum) GSL_YIELD_AT(I.a, false);
                if (!fn->loops.empty()) runLoopAhead(g, *fn, pc, R, env, steps, extra);   // interp_loop.cpp
            }
            pc = I.a;
            break;
        case Op::JmpIf: pc = R[I.b].bits ? I.a : pc + 1; break;
        case Op::JmpIfNot: pc = R[I.b].bits ? pc + 1 : I.a; break;
        case Op::JLt: pc = R[I.b].bits < R[I.c].bits ? I.a : pc + 1; break;
        case Op::JGe: pc = R[I.b].bits >= R[I.c].bits ? I.a : pc + 1; break;
        case Op::Concat: {
            const std::string &x = m_heap.str(R[I.b].ref), &y = m_heap.str(R[I.c].ref);
            if (y.empty()) R[I.a] = R[I.b];
            else if (x.empty()) R[I.a] = R[I.c];
            else { extra += C.alloc; R[I.a] = m_heap.strValue(x + y); }
            ++pc;
            break;
        }
        case Op::StrLen: R[I.a] = iv(int64_t(m_heap.str(R[I.b].ref).size())); ++pc; break;
        case Op::StrIndex: case Op::StrSlice: case Op::StrRune: case Op::RuneToStr: case Op::BytesToStr: case Op::StrToBytes: {
            std::string msg;
            if (!execString(I, R, extra, msg)) GSL_PANIC_RT(msg);
            ++pc;
            break;
        }
        case Op::CopyAgg: R[I.a] = copyAgg(R[I.b], I.x); ++pc; break;
        case Op::AssignAgg: assignAgg(R[I.a], R[I.b], I.x); ++pc; break;
        case Op::FieldGet: R[I.a] = m_heap.cells(R[I.b].ref).v[size_t(I.c)]; ++pc; break;
        case Op::FieldSet: m_heap.cells(R[I.a].ref).v[size_t(I.b)] = R[I.c]; ++pc; break;
        case Op::ElemGet: case Op::ArrayElemAddr: case Op::ElemSet: case Op::FieldAddr: case Op::ArrayIndexAddr: case Op::Deref: case Op::IndexAddr: case Op::NewBox: {
            std::string msg;
            if (!execMemory(I, R, extra, msg)) GSL_PANIC_RT(msg);
            ++pc;
            break;
        }
        case Op::StructFieldAddr: { Value r; r.ref = R[I.b].ref; r.bits = I.c; R[I.a] = r; ++pc; break; }
        case Op::GlobalAddr: { Value r; r.ref = m_globals; r.bits = I.b; R[I.a] = r; ++pc; break; }
        case Op::NilCheck:
            if (R[I.b].ref == 0) GSL_PANIC_RT("invalid memory address or nil pointer dereference");
            ++pc;
            break;
        case Op::Load: case Op::Store: {
            const Value p = R[I.op == Op::Load ? I.b : I.a];
            if (p.ref == 0) GSL_PANIC_RT("invalid memory address or nil pointer dereference");
            g.pendPtr = p;
            q.access.addr = m_heap.cells(p.ref).addrBase + uint32_t(p.bits);
            q.access.var = uint32_t(I.c);
            GSL_ISSUE(I.op == Op::Load ? ReqKind::Load : ReqKind::Store, C.memOp);
        }
        case Op::Atomic: {
            const Value p = R[I.b];
            if (p.ref == 0) GSL_PANIC_RT("invalid memory address or nil pointer dereference");
            g.pendPtr = p;
            q.access.addr = m_heap.cells(p.ref).addrBase + uint32_t(p.bits);
            q.access.var = uint32_t(I.x);
            q.atomicOp = AtomicOp(I.flag & 15);
            GSL_ISSUE(ReqKind::Atomic, C.memOp);
        }
        case Op::MakeSlice: case Op::SliceLit: case Op::SliceExpr: case Op::ArraySlice: case Op::Append: case Op::AppendSlice: case Op::Copy: {
            std::string msg;
            if (!execSlice(I, R, extra, msg)) GSL_PANIC_RT(msg);
            ++pc;
            break;
        }
        case Op::Len: case Op::Cap: {
            const Value v = R[I.b];
            int64_t n = 0;
            switch (Kind(I.x)) {
            case Kind::String: n = int64_t(m_heap.str(v.ref).size()); break;
            case Kind::Slice: n = I.op == Op::Len ? sliceLen(v) : sliceCap(v); break;
            case Kind::Map: n = v.ref ? m_heap.map(v.ref).count : 0; break;
            case Kind::Array: n = v.ref ? int64_t(m_heap.cells(v.ref).v.size()) : 0; break;
            case Kind::Chan: n = size_t(v.bits) < m_chanCap.size() ? m_chanCap[size_t(v.bits)] : 0; break;
            default: break;
            }
            R[I.a] = iv(n);
            ++pc;
            break;
        }
        case Op::MakeMap: { extra += C.alloc; Value m; m.ref = m_heap.newMap(I.x); R[I.a] = m; ++pc; break; }
        case Op::MapGet: case Op::MapSet: case Op::MapDelete: {
            const Value m = R[I.op == Op::MapGet ? I.b : I.a];
            if (m.ref == 0) {
                // Go panics with a plainError here: no "runtime error: " prefix.
                if (I.op == Op::MapSet) GSL_PANIC_RT_("assignment to entry in nil map", true);
                if (I.op == Op::MapDelete) { ++pc; break; }
                // reading a nil map yields the zero value; still a read of nothing shared
                // Simplification: aggregate element types read from a nil map
                // yield a nil aggregate (the compiler zero-fills on use).
                R[I.a] = Value{};
                R[I.a + 1] = bv(false);
                ++pc;
                break;
            }
            q.access.addr = m_heap.map(m.ref).addr;
            q.access.var = uint32_t(I.x);
            g.pendPtr = m;
            GSL_ISSUE(I.op == Op::MapGet ? ReqKind::Load : ReqKind::Store, C.memOp);
        }
        case Op::MapIter: {
            std::vector<Value> keys = mapKeysOrdered(R[I.b].ref);
            uint32_t ref = m_heap.newCells(keys.size());
            for (size_t i = 0; i < keys.size(); ++i) m_heap.cells(ref).v[i] = keys[i];
            Value s; s.ref = ref; s.bits = int64_t(keys.size() | (uint64_t(keys.size()) << 32));
            R[I.a] = s;
            ++pc;
            break;
        }
        case Op::MakeIface: R[I.a] = makeIface(R[I.b], I.x); ++pc; break;
        case Op::IfaceNil: R[I.a] = bv(R[I.b].tag == 0); ++pc; break;
        case Op::Call: case Op::CallV: {
            if (SimPs(steps) * C.instr + extra >= C.quantum)
                GSL_YIELD_AT(pc, false);
            int32_t callee = I.a;
            Value clo;
            if (I.op == Op::CallV) {
                clo = R[I.a];
                if (clo.bits == 0) GSL_PANIC_RT("invalid memory address or nil pointer dereference");
                callee = int32_t(clo.bits - 1);
            }
            if (g.frames.size() >= m_opts.maxFrames) {
                fr->pc = pc;
                fatal(g, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow");
                q.steps = steps;
                q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);
                return;
            }
            fr->pc = pc + 1;
            extra += C.call;
            pushFrame(g, callee, clo, nullptr, I.c, fr->base + I.b, false);
            goto reload;
        }
        case Op::CallLib: {
            Value out[4];
            fr->pc = pc;
            MethodCalls mc = methodCallsFor(g);
            if (I.flag & 4) {
                // f(a, xs...): the last argument is a []any to expand (fmt's variadic).
                std::vector<Value> &tmp = m_spread;
                tmp.assign(R + I.b, R + I.b + I.c - 1);
                const Value &sl = R[I.b + I.c - 1];
                int64_t len = int64_t(uint32_t(uint64_t(sl.bits)));
                for (int64_t i = 0; i < len; ++i) tmp.push_back(m_heap.cells(sl.ref).v[size_t(sl.tag + i)]);
                callLib(g, I.x, tmp.data(), int(tmp.size()), out, &mc);
            } else {
                callLib(g, I.x, R + I.b, I.c, out, &mc);
            }
            if (mc.need) {
                // A user String()/Error() must run first (interp_methods.cpp): as a
                // call, then this instruction again (err.Error(): the call is all).
                const bool direct = Lib(I.x) == Lib::ErrorMethod;
                if (direct) fr->pc = pc + 1;
                extra += C.call;
                if (!startMethodCall(g, mc, direct ? fr->base + I.a : kMethodResult)) {
                    q.steps = steps;
                    q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);
                    return;
                }
                goto reload;
            }
            finishMethodCalls(g);
            q.libs |= libKind(Lib(I.x));
            if (I.a >= 0) { R[I.a] = out[0]; if (I.flag & 2) R[I.a + 1] = out[1]; }
            ++pc;
            break;
        }
        case Op::Defer: {
            DeferRec d;
            d.fn = R[I.a];
            d.argStart = int32_t(g.deferArgs.size());
            d.nargs = I.c;
            d.frame = int32_t(g.frames.size() - 1);
            for (int32_t i = 0; i < I.c; ++i) g.deferArgs.push_back(R[I.b + i]);
            g.defers.push_back(d);
            ++pc;
            break;
        }
        case Op::RunDefers: {
            int32_t fi = int32_t(g.frames.size() - 1);
            if (g.defers.empty() || g.defers.back().frame != fi) { ++pc; break; }
            DeferRec d = g.defers.back();
            g.defers.pop_back();
            if (d.fn.bits == 0) GSL_PANIC_RT("invalid memory address or nil pointer dereference");
            fr->pc = pc;
            extra += C.call;
            std::vector<Value> args(g.deferArgs.begin() + d.argStart, g.deferArgs.end());
            g.deferArgs.resize(size_t(d.argStart));
            pushFrame(g, int32_t(d.fn.bits - 1), d.fn, args.data(), d.nargs, -1, true);
            goto reload;
        }
        case Op::Ret: {
            Frame done = g.frames.back();
            if (done.retDst >= 0)
                for (int32_t i = 0; i < I.b; ++i) g.stack[size_t(done.retDst + i)] = g.stack[size_t(done.base + I.a + i)];
            else if (done.retDst == kMethodResult && !g.methodResults.empty())
                g.methodResults.back().vals.push_back(g.stack[size_t(done.base + I.a)]);
            g.frames.pop_back();
            if (g.frames.empty()) {
                q.kind = ReqKind::GoEnd;
                q.line = fn->lines[size_t(pc)];
                q.steps = steps;
                q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);
                g.pending = Pending::Dead;
                return;
            }
            if (done.isDefer && g.panicking) {
                if (g.panics.back().recovered) {
                    // recovery: the deferring frame returns normally through its epilogue
                    g.panics.clear();
                    g.panicking = false;
                    // method results of instructions in the frames that are gone or
                    // leave through the epilogue are stale
                    while (!g.methodResults.empty() && g.methodResults.back().frame >= int32_t(g.frames.size() - 1))
                        g.methodResults.pop_back();
                    Frame &caller = g.frames.back();
                    caller.pc = m_prog->functions[size_t(caller.func)].epilogue;
                } else if (!unwind(g)) {
                    q.steps = steps;
                    q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);
                    return;
                }
            }
            goto reload;
        }
        case Op::MakeClosure: {
            extra += C.alloc;
            uint32_t ref = m_heap.newCells(I.x);
            for (int32_t i = 0; i < int32_t(I.x); ++i) m_heap.cells(ref).v[size_t(i)] = R[I.c + i];
            Value f; f.bits = I.b + 1; f.ref = ref;
            R[I.a] = f;
            ++pc;
            break;
        }
        case Op::Capture: R[I.a] = m_heap.cells(fr->closure.ref).v[size_t(I.b)]; ++pc; break;
        case Op::Panic:
            fr->pc = pc;
            if (!panicOp(g, R[I.a], extra)) { q.steps = steps; q.cost = g.chargeNs(SimPs(steps) * C.instr + extra); return; }
            goto reload;
        case Op::Recover: {
            Value r;
            if (g.panicking && fr->isDefer && !g.panics.empty() && !g.panics.back().recovered) {
                g.panics.back().recovered = true;
                r = g.panics.back().v;
            }
            R[I.a] = r;
            ++pc;
            break;
        }
        case Op::Go: case Op::MakeChan: case Op::Send: case Op::Recv: case Op::Close: case Op::Select:
        case Op::Rt: case Op::TimerMake: case Op::Print: case Op::Exit: {
            // a request to the runtime (interp_requests.cpp fills q)
            SimPs cost = C.syncOp;
            std::string msg;
            const ReqKind k = runtimeRequest(g, I, R, *fn, cost, msg);
            if (!msg.empty()) GSL_PANIC_RT(msg);
            GSL_ISSUE(k, cost);
        }
        case Op::SyncObj: {
            const Value p = R[I.b];
            if (p.ref == 0) GSL_PANIC_RT("invalid memory address or nil pointer dereference");
            Value &cell = m_heap.cells(p.ref).v[size_t(p.bits)];
            if (cell.bits == 0) cell.bits = m_nextObj++;
            R[I.a] = cell;
            ++pc;
            break;
        }
        case Op::TimerC: { Value c; c.bits = R[I.b].ref; R[I.a] = c; ++pc; break; }
        case Op::Now: R[I.a] = iv(I.x == 1 ? int64_t(env.numCPU) : env.now); ++pc; break;
        case Op::Halt: {
            fr->pc = pc;
            q.kind = ReqKind::GoEnd;
            q.line = fn->lines[size_t(pc)];
            q.steps = steps;
            q.cost = g.chargeNs(SimPs(steps) * C.instr + extra);
            g.pending = Pending::Dead;
            return;
        }
        default:
            throw std::logic_error("Interpreter::run: bad opcode " + std::to_string(int(I.op)) + " in " + fn->name);
        }
    }
#undef GSL_ISSUE
#undef GSL_YIELD_AT
#undef GSL_PANIC_RT
#undef GSL_PANIC_RT_
}

} // namespace gsl::program
