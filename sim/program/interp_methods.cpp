// interp_methods.cpp — user String() / Error() methods called from fmt, from
// err.Error() on an error interface, and for the text of an unrecovered panic.
//
// fmt is a synchronous library call, but a user method is bytecode with its own
// scheduler-visible steps. So the library call that meets one stops with
// MethodCalls::need, the interpreter runs the method as an ordinary frame whose
// result goes to Ctx::methodResults (Frame::retDst == kMethodResult), and the
// instruction runs again from the start, consuming the results in formatting
// order, until no method is missing.
// Simplification: a method with side effects on the operands being formatted
// changes the already formatted part of the output too (Go formats the operands
// before the call left to right, once).
// Simplification: panic(v) runs v.Error()/String() when the panic starts (Go's
// preprintpanics runs it after the deferred calls, only if nothing recovers).
#include "sim/program/interp_ctx.h"

namespace gsl::program {

MethodCalls Interpreter::methodCallsFor(Ctx &g)
{
    MethodCalls mc;
    if (g.frames.empty() || g.methodResults.empty()) return mc;
    const MethodResults &b = g.methodResults.back();
    if (b.frame == int32_t(g.frames.size() - 1) && b.pc == g.frames.back().pc) mc.results = &b.vals;
    return mc;
}

bool Interpreter::startMethodCall(Ctx &g, const MethodCalls &mc, int32_t retDst)
{
    Value recv = mc.recv;
    recv.tag = 0;
    const TypeDesc &td = m_prog->types[mc.type];
    const bool nilRecv = td.kind == Kind::Pointer && recv.ref == 0;
    MethodResults *b = nullptr;
    if (retDst == kMethodResult) {
        const int32_t fi = int32_t(g.frames.size() - 1), pc = g.frames.back().pc;
        if (g.methodResults.empty() || g.methodResults.back().frame != fi || g.methodResults.back().pc != pc)
            g.methodResults.push_back({fi, pc, {}, false, 'v', false});
        b = &g.methodResults.back();
        b->isError = mc.isError;
        b->verb = mc.verb;
        b->nilRecv = nilRecv;
    }
    if (mc.deref && nilRecv) {
        // A value method called through a nil *T panics in Go's wrapper
        // (runtime.panicwrap); fmt's catchPanic turns that into "<nil>".
        if (b) {
            Value res = m_heap.strValue("<nil>");
            res.tag = 1;
            b->vals.push_back(res);
            return true;
        }
        const std::string &tn = m_prog->types[td.elem].name;
        std::string shortName = tn.rfind("main.", 0) == 0 ? tn.substr(5) : tn;
        return runtimeError(g, "value method " + tn + "." + (mc.isError ? "Error" : "String") +
                                   " called using nil *" + shortName + " pointer", true);
    }
    if (mc.deref) {
        TypeId et = td.elem;
        Value agg = m_heap.cells(recv.ref).v[size_t(recv.bits)];
        recv = isAggregate(m_prog->types[et].kind) ? (agg.ref ? copyAgg(agg, et) : zeroValue(et)) : agg;
    } else if (isAggregate(td.kind)) {
        recv = copyAgg(recv, mc.type);
    }
    pushFrame(g, mc.fn, Value{}, &recv, 1, retDst, false);
    return true;
}

void Interpreter::finishMethodCalls(Ctx &g)
{
    if (g.methodResults.empty() || g.frames.empty()) return;
    const MethodResults &b = g.methodResults.back();
    if (b.frame == int32_t(g.frames.size() - 1) && b.pc == g.frames.back().pc) g.methodResults.pop_back();
}

// fmt's catchPanic (fmt/print.go): a panic out of String()/Error() called by fmt
// is recovered; a nil pointer receiver prints "<nil>", anything else
// "%!v(PANIC=String method: <value>)". Called by unwind() when it is about to
// pop a method frame; true when it recovered.
bool Interpreter::catchMethodPanic(Ctx &g)
{
    const Frame &top = g.frames.back();
    if (top.retDst != kMethodResult || g.panics.empty() || g.methodResults.empty()) return false;
    MethodResults &b = g.methodResults.back();
    if (b.frame != int32_t(g.frames.size() - 2)) return false;
    Value res;
    if (b.nilRecv) {
        res = m_heap.strValue("<nil>");
        res.tag = 1;
    } else {
        res = m_heap.strValue(std::string("%!") + b.verb + "(PANIC=" + (b.isError ? "Error" : "String") +
                              " method: " + formatValue(g.panics.back().v, m_prog->tAny) + ")");
        res.tag = 2;
    }
    g.panics.pop_back();
    g.panicking = !g.panics.empty();
    g.frames.pop_back();
    b.vals.push_back(res);
    return true;
}

// panicOp: panic(v). Go 1.21+ turns panic(nil) into a *runtime.PanicNilError;
// a value with an Error() or String() method gets its text from that method
// first (printpanicval after preprintpanics), run as a frame of its own
// (extra: its call cost). true: go on at the frame now on top (the method's,
// a deferred call's, or a recover's caller); false: the goroutine stops (the
// request is filled: an unrecovered panic, or a panic in the method).
bool Interpreter::panicOp(Ctx &g, Value v, SimPs &extra)
{
    const Program &P = *m_prog;
    if (v.tag == 0 && P.goMinor >= 21) {
        // Go 1.21+: panic(nil) becomes a *runtime.PanicNilError; before,
        // the panic value stays nil ("panic: nil", recover() == nil).
        Value e; e.tag = P.tRuntimeError;
        e.ref = m_heap.newString("panic called with nil argument");
        v = e;
    }
    std::string text;
    bool hasText = false;
    if (v.tag && (P.types[v.tag].errorMethod >= 0 || P.types[v.tag].stringMethod >= 0)) {
        // printpanicval prints v.Error() / v.String() (preprintpanics).
        MethodCalls mc = methodCallsFor(g);
        if (!mc.results || mc.results->empty()) {
            const TypeDesc &td = P.types[v.tag];
            mc.isError = td.errorMethod >= 0;
            mc.fn = mc.isError ? td.errorMethod : td.stringMethod;
            mc.deref = mc.isError ? td.errorDeref : td.stringDeref;
            mc.recv = v;
            mc.type = v.tag;
            extra += m_opts.costs.call;
            return startMethodCall(g, mc, kMethodResult);
        }
        const Value &res = mc.results->front();
        hasText = res.tag == 0;   // a nil receiver or a panic in the method: printed as a plain value
        if (hasText) text = m_heap.str(res.ref);
        finishMethodCalls(g);
    }
    return raise(g, v, hasText ? &text : nullptr);
}

} // namespace gsl::program
