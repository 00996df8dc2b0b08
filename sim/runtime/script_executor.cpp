#include "sim/runtime/script_executor.h"

#include <stdexcept>

namespace gsl::runtime {

using program::ReqKind;

ScriptBuilder &ScriptBuilder::op(ScriptOp::Kind k, int64_t a, int64_t b, int64_t c)
{
    ScriptOp o;
    o.kind = k;
    o.a = a;
    o.b = b;
    o.c = c;
    m_ops.push_back(std::move(o));
    return *this;
}

ScriptBuilder &ScriptBuilder::select(std::vector<program::SelectCase> cases, bool hasDefault)
{
    op(ScriptOp::Select);
    m_ops.back().cases = std::move(cases);
    m_ops.back().flag = hasDefault;
    return *this;
}

ScriptBuilder &ScriptBuilder::print(std::string text, bool toStderr)
{
    op(ScriptOp::Print);
    m_ops.back().text = std::move(text);
    m_ops.back().flag = toStderr;
    return *this;
}

ScriptBuilder &ScriptBuilder::panic(std::string text)
{
    op(ScriptOp::Panic);
    m_ops.back().text = std::move(text);
    return *this;
}

ScriptBuilder &ScriptBuilder::fatal(std::string text)
{
    op(ScriptOp::Fatal);
    m_ops.back().text = std::move(text);
    return *this;
}

void ScriptBuilder::finalize()
{
    std::vector<uint32_t> stack;
    for (uint32_t i = 0; i < m_ops.size(); ++i) {
        if (m_ops[i].kind == ScriptOp::LoopBegin) stack.push_back(i);
        if (m_ops[i].kind == ScriptOp::LoopEnd) {
            if (stack.empty()) throw std::logic_error("ScriptBuilder::finalize: endLoop without loop");
            m_ops[i].match = stack.back();
            m_ops[stack.back()].match = i;
            stack.pop_back();
        }
    }
    if (!stack.empty()) throw std::logic_error("ScriptBuilder::finalize: loop without endLoop");
    if (m_ops.empty() || m_ops.back().kind != ScriptOp::End) end();
}

ScriptBuilder &ScriptProgram::fn(int index)
{
    if (size_t(index) >= m_fns.size()) m_fns.resize(size_t(index) + 1);
    return m_fns[size_t(index)];
}

void ScriptProgram::finalize()
{
    for (auto &f : m_fns) f.finalize();
}

ScriptExecutor::ScriptExecutor(ScriptProgram &prog, SimDur stepCost, SimDur accessCost)
    : m_prog(prog), m_stepCost(stepCost), m_accessCost(accessCost)
{
    m_prog.finalize();
    m_ctx.resize(1);
    m_names = {"", "x", "y", "z"};
}

program::CtxId ScriptExecutor::startMain()
{
    Ctx c;
    c.fn = 0;
    m_ctx.push_back(std::move(c));
    ++m_live;
    return program::CtxId(m_ctx.size() - 1);
}

program::CtxId ScriptExecutor::spawn(program::CtxId parent)
{
    const Ctx &p = m_ctx[parent];
    const ScriptOp &o = m_prog.at(p.fn).ops()[p.pc - 1];
    Ctx c;
    c.fn = int(o.a);
    c.arg = o.b == kArgLoopIndex ? (p.loops.empty() ? 0 : p.loops.back().i) : o.b;
    c.parentFn = p.fn;
    c.createdLine = p.line;
    m_ctx.push_back(std::move(c));
    ++m_live;
    return program::CtxId(m_ctx.size() - 1);
}

std::string ScriptExecutor::expand(const Ctx &c, const std::string &text) const
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            const size_t j = text.find('}', i);
            if (j != std::string::npos) {
                const std::string key = text.substr(i + 1, j - i - 1);
                if (key == "arg") { out += std::to_string(c.arg); i = j; continue; }
                if (key == "i") { out += std::to_string(c.loops.empty() ? 0 : c.loops.back().i); i = j; continue; }
                if (key == "v") { out += std::to_string(c.lastV.bits); i = j; continue; }
                if (key == "n") { out += std::to_string(c.lastN); i = j; continue; }
                if (key == "ok") { out += c.lastOk ? "true" : "false"; i = j; continue; }
            }
        }
        out += text[i];
    }
    return out;
}

// resetRequest is `r = Request{}` field by field (performance: no temporary
// Request and its string per step; the text keeps its buffer).
static void resetRequest(program::Request &r)
{
    static_assert(sizeof(program::Request) == 160, "a field was added to Request: reset it here too");
    r.kind = ReqKind::Compute;
    r.cost = 0;
    r.steps = 0;
    r.line = 0;
    r.col = 0;
    r.safePoint = false;
    r.toStderr = false;
    r.libs = 0;
    r.allocs = false;
    r.freshPages = 0;
    r.aheadSteps = 0;
    r.aheadNs = 0;
    r.aheadJitterNs = 0;
    r.atomicOp = program::AtomicOp::Load;
    r.access = program::Access{};
    r.obj = 0;
    r.obj2 = 0;
    r.n = 0;
    r.period = 0;
    r.v = program::Value{};
    r.cases = nullptr;
    r.ncases = 0;
    r.hasDefault = false;
    r.text.clear();
}

const program::Request &ScriptExecutor::step(program::CtxId id, const program::Completion &done,
                                             const program::StepEnv &)
{
    Ctx &c = m_ctx[id];
    program::Request &r = c.req;
    if (c.started) {
        c.lastV = done.v;
        c.lastN = done.n;
        c.lastOk = done.ok;
        if (!done.panic.empty()) {
            r = program::Request{};
            r.kind = ReqKind::Panic;
            r.text = "panic: " + done.panic;
            r.line = c.line;
            r.steps = 1;
            return r;
        }
    }
    c.started = true;
    const auto &ops = m_prog.at(c.fn).ops();
    SimDur cost = 0;
    uint32_t steps = 0;
    for (;;) {
        if (c.pc >= ops.size()) throw std::logic_error("ScriptExecutor::step: ran past the end");
        const ScriptOp &o = ops[c.pc];
        const uint32_t at = c.pc++;
        c.line = int32_t(at + 1);
        ++steps;
        if (o.kind == ScriptOp::LoopBegin) {
            cost += m_stepCost;
            if (o.a == 0) c.pc = o.match + 1;
            else c.loops.push_back(Loop{at + 1, o.a, 0});
            if (steps > 100000) break;
            continue;
        }
        if (o.kind == ScriptOp::LoopEnd) {
            cost += m_stepCost;
            Loop &l = c.loops.back();
            ++l.i;
            if (l.count < 0 || l.i < l.count) c.pc = l.begin;
            else c.loops.pop_back();
            if (steps > 100000) break;   // a loop without visible steps: hand back a Compute
            continue;
        }
        resetRequest(r);
        r.line = c.line;
        switch (o.kind) {
        case ScriptOp::Compute: r.kind = ReqKind::Compute; cost += o.a; break;
        case ScriptOp::Call: r.kind = ReqKind::Compute; r.safePoint = true; cost += o.a; break;
        case ScriptOp::Load: r.kind = ReqKind::Load; r.access.addr = uint32_t(o.a); r.access.var = uint32_t(o.a) % 4; cost += m_accessCost; break;
        case ScriptOp::Store: r.kind = ReqKind::Store; r.access.addr = uint32_t(o.a); r.access.var = uint32_t(o.a) % 4; cost += m_accessCost; break;
        case ScriptOp::AtomicAdd: r.kind = ReqKind::Atomic; r.atomicOp = program::AtomicOp::Add; r.access.addr = uint32_t(o.a); r.access.var = uint32_t(o.a) % 4; break;
        case ScriptOp::AtomicLoad: r.kind = ReqKind::Atomic; r.atomicOp = program::AtomicOp::Load; r.access.addr = uint32_t(o.a); r.access.var = uint32_t(o.a) % 4; break;
        case ScriptOp::Go: r.kind = ReqKind::Go; r.safePoint = true; break;
        case ScriptOp::ChanMake: r.kind = ReqKind::ChanMake; r.obj = program::ObjId(o.a); r.n = o.b; break;
        case ScriptOp::Send: r.kind = ReqKind::ChanSend; r.obj = program::ObjId(o.a); r.v = program::Value::ofInt(o.b); break;
        case ScriptOp::Recv: r.kind = ReqKind::ChanRecv; r.obj = program::ObjId(o.a); break;
        case ScriptOp::Close: r.kind = ReqKind::ChanClose; r.obj = program::ObjId(o.a); break;
        case ScriptOp::Select:
            r.kind = ReqKind::Select;
            r.cases = o.cases.data();
            r.ncases = int32_t(o.cases.size());
            r.hasDefault = o.flag;
            break;
        case ScriptOp::WgAdd: r.kind = ReqKind::WgAdd; r.obj = program::ObjId(o.a); r.n = o.b; break;
        case ScriptOp::WgWait: r.kind = ReqKind::WgWait; r.obj = program::ObjId(o.a); break;
        case ScriptOp::Lock: r.kind = ReqKind::MutexLock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::Unlock: r.kind = ReqKind::MutexUnlock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::TryLock: r.kind = ReqKind::MutexTryLock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::RLock: r.kind = ReqKind::RWRLock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::RUnlock: r.kind = ReqKind::RWRUnlock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::WLock: r.kind = ReqKind::RWLock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::WUnlock: r.kind = ReqKind::RWUnlock; r.obj = program::ObjId(o.a); break;
        case ScriptOp::OnceBegin: r.kind = ReqKind::OnceBegin; r.obj = program::ObjId(o.a); break;
        case ScriptOp::OnceEnd: r.kind = ReqKind::OnceEnd; r.obj = program::ObjId(o.a); break;
        case ScriptOp::Sleep: r.kind = ReqKind::Sleep; r.n = o.a; break;
        case ScriptOp::TimerMake:
            r.kind = ReqKind::TimerMake; r.obj = program::ObjId(o.a); r.obj2 = program::ObjId(o.b); r.n = o.c; r.period = o.d;
            break;
        case ScriptOp::TimerStop: r.kind = ReqKind::TimerStop; r.obj = program::ObjId(o.a); break;
        case ScriptOp::Gosched: r.kind = ReqKind::Gosched; break;
        case ScriptOp::GoMaxProcs: r.kind = ReqKind::GoMaxProcs; r.n = o.a; break;
        case ScriptOp::NumGoroutine: r.kind = ReqKind::NumGoroutine; break;
        case ScriptOp::Print: r.kind = ReqKind::Print; r.text = expand(c, o.text); r.toStderr = o.flag; break;
        case ScriptOp::Exit: r.kind = ReqKind::Exit; r.n = o.a; break;
        case ScriptOp::Panic: r.kind = ReqKind::Panic; r.text = "panic: " + o.text; break;
        case ScriptOp::Fatal: r.kind = ReqKind::Fatal; r.text = o.text; break;
        case ScriptOp::End: r.kind = ReqKind::GoEnd; c.pc = at; break;
        case ScriptOp::LoopBegin: case ScriptOp::LoopEnd: break;
        }
        r.cost = cost + m_stepCost;
        r.steps = steps;
        return r;
    }
    r = program::Request{};
    r.kind = ReqKind::Compute;
    r.cost = cost;
    r.steps = steps;
    r.line = c.line;
    return r;
}

void ScriptExecutor::release(program::CtxId ctx)
{
    if (m_ctx[ctx].alive) {
        m_ctx[ctx].alive = false;
        --m_live;
    }
}

std::string ScriptExecutor::traceback(program::CtxId ctx) const
{
    const Ctx &c = m_ctx[ctx];
    std::string fn = c.fn == 0 ? "main.main()" : "main.fn" + std::to_string(c.fn) + "(...)";
    std::string out = fn + "\n\t/script/main.go:" + std::to_string(c.line) + "\n";
    if (c.fn != 0)
        out += "created by main." + std::string(c.parentFn == 0 ? "main" : "fn" + std::to_string(c.parentFn)) +
               "\n\t/script/main.go:" + std::to_string(c.createdLine) + "\n";
    return out;
}

std::string ScriptExecutor::createdBy(program::CtxId ctx) const
{
    const Ctx &c = m_ctx[ctx];
    if (c.parentFn < 0) return {};
    return (c.parentFn == 0 ? std::string("main.main") : "main.fn" + std::to_string(c.parentFn)) + ":" +
           std::to_string(c.createdLine);
}

std::string_view ScriptExecutor::name(uint32_t var) const
{
    return var < m_names.size() ? std::string_view(m_names[var]) : std::string_view("?");
}

std::string ScriptExecutor::where(program::CtxId ctx) const
{
    const Ctx &c = m_ctx[ctx];
    return (c.fn == 0 ? std::string("main.main") : "main.fn" + std::to_string(c.fn)) + ":" + std::to_string(c.line);
}

} // namespace gsl::runtime
