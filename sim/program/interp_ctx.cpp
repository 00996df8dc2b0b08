// interp_ctx.cpp — goroutine contexts: creation, completion of pending steps,
// frames, panics and tracebacks.
#include "sim/program/interp_ctx.h"

#include <stdexcept>

namespace gsl::program {

Interpreter::Interpreter(std::shared_ptr<const Program> prog, InterpOptions opts)
    : m_prog(std::move(prog)), m_opts(opts), m_heap(opts.heapBudget)
{
    if (!m_prog) throw std::logic_error("Interpreter: null program");
    for (const std::string &s : m_prog->strings) m_heap.newString(s);   // ids 1..K
    m_globals = m_heap.newCells(m_prog->globals.size());
    for (size_t i = 0; i < m_prog->globals.size(); ++i) {
        Value z = zeroValue(m_prog->globals[i].type);
        m_heap.cells(m_globals).v[i] = z;
    }
    m_ctx.emplace_back();   // CtxId 0 is never used
}

Interpreter::~Interpreter() = default;

void Interpreter::pushFrame(Ctx &g, int32_t func, const Value &closure, const Value *args, int32_t nargs,
                            int32_t retDst, bool isDefer)
{
    const Function &f = m_prog->functions.at(size_t(func));
    int32_t base = 0;
    if (!g.frames.empty()) {
        const Frame &top = g.frames.back();
        base = top.base + m_prog->functions[size_t(top.func)].nregs;
    }
    size_t need = size_t(base) + size_t(std::max(f.nregs, nargs)) + 1;
    if (g.stack.size() < need) g.stack.resize(std::max(need, g.stack.size() * 2));
    std::fill(g.stack.begin() + base, g.stack.begin() + base + f.nregs, Value{});
    for (int32_t i = 0; i < nargs && i < f.nregs; ++i)
        g.stack[size_t(base + i)] = args ? args[i] : g.stack[size_t(retDst + i)];
    Frame fr;
    fr.func = func;
    fr.base = base;
    fr.retDst = retDst;
    fr.closure = closure;
    fr.isDefer = isDefer;
    g.frames.push_back(fr);
}

CtxId Interpreter::startMain()
{
    auto g = std::make_unique<Ctx>();
    if (m_prog->mainFunc < 0) throw std::logic_error("startMain: program has no main.main");
    pushFrame(*g, m_prog->mainFunc, Value{}, nullptr, 0, -1, false);
    if (m_prog->initFunc >= 0) pushFrame(*g, m_prog->initFunc, Value{}, nullptr, 0, -1, false);
    m_ctx.push_back(std::move(g));
    return CtxId(m_ctx.size() - 1);
}

CtxId Interpreter::spawn(CtxId parent)
{
    Ctx &pg = *m_ctx.at(parent);
    const Frame &pf = pg.frames.back();
    const Function &pfn = m_prog->functions[size_t(pf.func)];
    const Instr &I = pfn.code[size_t(pf.pc)];
    if (I.op != Op::Go || pg.pending != Pending::Complete) throw std::logic_error("spawn: parent has no pending go request");
    const Value *R = pg.stack.data() + pf.base;
    Value fn = R[I.a];
    auto g = std::make_unique<Ctx>();
    g->createdFn = pfn.name;
    g->createdLine = pfn.lines[size_t(pf.pc)];
    if (fn.bits == 0) throw std::logic_error("spawn: nil function value");
    pushFrame(*g, int32_t(fn.bits - 1), fn, R + I.b, I.c, -1, false);
    m_ctx.push_back(std::move(g));
    return CtxId(m_ctx.size() - 1);
}

void Interpreter::release(CtxId ctx)
{
    if (ctx < m_ctx.size()) m_ctx[ctx].reset();
}

const Request &Interpreter::step(CtxId ctx, const Completion &done, const StepEnv &env)
{
    if (ctx == 0 || ctx >= m_ctx.size() || !m_ctx[ctx]) throw std::logic_error("step: unknown context");
    Ctx &g = *m_ctx[ctx];
    if (g.pending == Pending::Dead) throw std::logic_error("step: goroutine already ended");
    const uint64_t allocated = m_heap.allocated();   // Request::allocs: did this step allocate?
    if (g.pending == Pending::Complete) {
        if (!done.panic.empty()) {
            g.pending = Pending::None;
            Value e;
            e.tag = m_prog->tRuntimeError;
            e.ref = m_heap.newString(done.panic);
            if (!raise(g, e)) {
                g.req.cost = 0;
                g.req.steps = 0;
                g.req.allocs = false;
                return g.req;
            }
        } else {
            complete(g, done);
        }
    }
    g.pending = Pending::None;
    run(g, env);
    g.req.allocs = m_heap.allocated() != allocated;
    return g.req;
}

void Interpreter::complete(Ctx &g, const Completion &done)
{
    Frame &fr = g.frames.back();
    const Function &fn = m_prog->functions[size_t(fr.func)];
    const Instr &I = fn.code[size_t(fr.pc)];
    Value *R = g.stack.data() + fr.base;
    const Program &P = *m_prog;
    switch (I.op) {
    case Op::Load: {
        Value v = m_heap.cells(g.pendPtr.ref).v[size_t(g.pendPtr.bits)];
        if (isAggregate(P.types[I.x].kind)) v = copyAgg(v, I.x);
        R[I.a] = v;
        break;
    }
    case Op::Store: {
        Value src = R[I.b];
        if (isAggregate(P.types[I.x].kind)) {
            Value cur = m_heap.cells(g.pendPtr.ref).v[size_t(g.pendPtr.bits)];
            if (cur.ref == 0) { Value c = copyAgg(src, I.x); m_heap.cells(g.pendPtr.ref).v[size_t(g.pendPtr.bits)] = c; }
            else assignAgg(cur, src, I.x);
        } else {
            m_heap.cells(g.pendPtr.ref).v[size_t(g.pendPtr.bits)] = src;
        }
        break;
    }
    case Op::Atomic: {
        Value &cell = m_heap.cells(g.pendPtr.ref).v[size_t(g.pendPtr.bits)];
        auto w = uint16_t(I.flag >> 4);
        auto wrap = [w](uint64_t v) -> int64_t {
            switch (w) {
            case 1: return int64_t(int32_t(uint32_t(v)));
            case 2: return int64_t(uint32_t(v));
            default: return int64_t(v);
            }
        };
        Value r;
        switch (AtomicOp(I.flag & 15)) {
        case AtomicOp::Load: r.bits = cell.bits; break;
        case AtomicOp::Store: cell.bits = R[I.c].bits; break;
        case AtomicOp::Add: cell.bits = wrap(uint64_t(cell.bits) + uint64_t(R[I.c].bits)); r.bits = cell.bits; break;
        case AtomicOp::CompareAndSwap:
            if (cell.bits == R[I.c].bits) { cell.bits = R[I.c + 1].bits; r.bits = 1; }
            break;
        case AtomicOp::Swap: r.bits = cell.bits; cell.bits = R[I.c].bits; break;
        }
        if (I.a >= 0) R[I.a] = r;
        break;
    }
    case Op::MapGet: {
        MapObj &m = m_heap.map(g.pendPtr.ref);
        const TypeDesc &mt = P.types[m.type];
        auto it = m.index.find(mapKey(R[I.c], mt.key));
        if (it != m.index.end()) {
            Value v = m.vals[it->second];
            if (isAggregate(P.types[mt.elem].kind)) v = copyAgg(v, mt.elem);
            R[I.a] = v;
            R[I.a + 1].bits = 1;
        } else {
            R[I.a] = zeroValue(mt.elem);
            R[I.a + 1] = Value{};
        }
        break;
    }
    case Op::MapSet: {
        MapObj &m = m_heap.map(g.pendPtr.ref);
        const TypeDesc &mt = P.types[m.type];
        Value v = R[I.c];
        if (isAggregate(P.types[mt.elem].kind)) v = copyAgg(v, mt.elem);
        Value k = R[I.b];
        if (isAggregate(P.types[mt.key].kind)) k = copyAgg(k, mt.key);
        std::string key = mapKey(k, mt.key);
        auto it = m.index.find(key);
        if (it != m.index.end()) {
            m.vals[it->second] = v;
        } else {
            MapObj &mm = m_heap.map(g.pendPtr.ref);   // copyAgg may have grown the heap
            mm.index.emplace(std::move(key), uint32_t(mm.keys.size()));
            mm.keys.push_back(k);
            mm.vals.push_back(v);
            mm.live.push_back(1);
            ++mm.count;
            m_heap.charge(64);
        }
        break;
    }
    case Op::MapDelete: {
        MapObj &m = m_heap.map(g.pendPtr.ref);
        auto it = m.index.find(mapKey(R[I.b], P.types[m.type].key));
        if (it != m.index.end()) {
            m.live[it->second] = 0;
            m.index.erase(it);
            --m.count;
        }
        break;
    }
    case Op::Recv:
        R[I.a] = done.v;
        R[I.a + 1] = Value::ofInt(done.ok ? 1 : 0);
        break;
    case Op::Select:
        R[I.a] = Value::ofInt(done.index);
        R[I.a + 1] = done.v;
        R[I.a + 2] = Value::ofInt(done.ok ? 1 : 0);
        break;
    case Op::Rt:
        if (I.a >= 0) {
            switch (ReqKind(I.x)) {
            case ReqKind::MutexTryLock: case ReqKind::TimerStop: R[I.a] = Value::ofInt(done.ok ? 1 : 0); break;
            default: R[I.a] = Value::ofInt(done.n); break;
            }
        }
        break;
    default:
        break;
    }
    ++fr.pc;
}

bool Interpreter::raise(Ctx &g, const Value &iface, const std::string *text)
{
    std::string tb;
    for (size_t i = g.frames.size(); i-- > 0;) {
        const Frame &f = g.frames[i];
        const Function &fn = m_prog->functions[size_t(f.func)];
        int32_t pc = (i + 1 == g.frames.size()) ? f.pc : std::max(0, f.pc - 1);
        tb += fn.name + "(...)\n\t" + m_prog->fileName + ":" + std::to_string(fn.lines.empty() ? 0 : fn.lines[size_t(pc)]) + " +0x0\n";
    }
    g.panicTrace = tb;
    g.panics.push_back({iface, false, text != nullptr, text ? *text : std::string()});
    g.panicking = true;
    return unwind(g);
}

bool Interpreter::unwind(Ctx &g)
{
    for (;;) {
        if (g.frames.empty()) {
            std::string text;
            for (size_t i = 0; i < g.panics.size(); ++i) {
                if (i) text += "\n\t";
                text += "panic: " + (g.panics[i].hasText ? g.panics[i].text : panicText(g.panics[i].v));
                if (g.panics[i].recovered) text += " [recovered]";
            }
            g.req.kind = ReqKind::Panic;
            g.req.text = std::move(text);
            g.pending = Pending::Dead;
            return false;
        }
        int32_t fi = int32_t(g.frames.size() - 1);
        if (!g.defers.empty() && g.defers.back().frame == fi) {
            DeferRec d = g.defers.back();
            g.defers.pop_back();
            std::vector<Value> args(g.deferArgs.begin() + d.argStart, g.deferArgs.end());
            g.deferArgs.resize(size_t(d.argStart));
            if (d.fn.bits == 0) continue;   // Simplification: a nil deferred func is skipped while panicking
            pushFrame(g, int32_t(d.fn.bits - 1), d.fn, args.data(), d.nargs, -1, true);
            g.frames.back().prologueDone = true;
            return true;
        }
        if (catchMethodPanic(g)) return true;
        g.frames.pop_back();
    }
}

bool Interpreter::runtimeError(Ctx &g, std::string msg, bool plain)
{
    Value e;
    e.tag = m_prog->tRuntimeError;
    e.ref = m_heap.newString(plain ? msg : "runtime error: " + msg);
    return raise(g, e);
}

void Interpreter::fatal(Ctx &g, std::string msg)
{
    g.req.kind = ReqKind::Fatal;
    g.req.text = std::move(msg);
    g.req.n = 0;
    g.pending = Pending::Dead;
}

std::string Interpreter::traceback(CtxId ctx) const
{
    if (ctx >= m_ctx.size() || !m_ctx[ctx]) return {};
    const Ctx &g = *m_ctx[ctx];
    if (g.frames.empty()) return g.panicTrace;
    std::string tb;
    for (size_t i = g.frames.size(); i-- > 0;) {
        const Frame &f = g.frames[i];
        const Function &fn = m_prog->functions[size_t(f.func)];
        int32_t pc = (i + 1 == g.frames.size()) ? f.pc : std::max(0, f.pc - 1);
        tb += fn.name + "(...)\n\t" + m_prog->fileName + ":" + std::to_string(fn.lines.empty() ? 0 : fn.lines[size_t(pc)]) + " +0x0\n";
    }
    return tb;
}

std::string Interpreter::createdBy(CtxId ctx) const
{
    if (ctx >= m_ctx.size() || !m_ctx[ctx] || m_ctx[ctx]->createdFn.empty()) return {};
    const Ctx &g = *m_ctx[ctx];
    return "created by " + g.createdFn + "\n\t" + m_prog->fileName + ":" + std::to_string(g.createdLine) + " +0x0\n";
}

std::string_view Interpreter::name(uint32_t var) const
{
    if (var >= m_prog->varNames.size()) return {};
    return m_prog->varNames[var];
}

std::string Interpreter::where(CtxId ctx) const
{
    if (ctx >= m_ctx.size() || !m_ctx[ctx] || m_ctx[ctx]->frames.empty()) return {};
    const Frame &f = m_ctx[ctx]->frames.back();
    const Function &fn = m_prog->functions[size_t(f.func)];
    return fn.name + ":" + std::to_string(fn.lines.empty() ? 0 : fn.lines[size_t(f.pc)]);
}

} // namespace gsl::program
