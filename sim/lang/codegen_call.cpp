// codegen_call.cpp — calls: user functions and methods, builtins, the
// library, go and defer.
#include "sim/lang/codegen.h"
#include "sim/program/interpreter.h"

namespace gsl::lang {

using namespace gsl::program;

namespace {
const Type *sigOf(const Expr *fun)
{
    const Type *t = fun->type ? fun->type->underlying() : nullptr;
    return t && t->kind == TypeKind::Signature ? t : nullptr;
}

} // namespace

// callArgs evaluates arguments converted to the parameter types; variadic
// extras are packed into a slice (unless f(xs...)).
std::vector<int32_t> Codegen::callArgs(CallExpr *e, const Type *sig, size_t skip)
{
    std::vector<int32_t> out;
    size_t np = sig ? sig->params.size() : e->args.size();
    if (const Type *tup = tupleArg(e, skip)) {
        // f(g()) with a multi-value g: its results are the arguments.
        int32_t base = call(cast<CallExpr>(unparen(e->args[skip])), int(tup->elems.size()));
        for (size_t k = 0; k < tup->elems.size(); ++k) {
            const Type *pt = sig && k < np ? sig->params[k] : nullptr;
            if (sig && sig->variadic && k + 1 >= np) {
                // the variadic tail: pack the remaining results into a slice
                const Type *et = sig->params.back()->underlying()->elem;
                int32_t pk = reg(int(tup->elems.size() - k));
                for (size_t j = k; j < tup->elems.size(); ++j)
                    emit(Op::Move, pk + int32_t(j - k), convertTo(base + int32_t(j), tup->elems[j], et));
                int32_t r = reg();
                emit(Op::SliceLit, r, pk, int32_t(tup->elems.size() - k));
                out.push_back(r);
                return out;
            }
            out.push_back(pt ? convertTo(base + int32_t(k), tup->elems[k], pt) : base + int32_t(k));
        }
        if (sig && sig->variadic && tup->elems.size() < np) { int32_t r = reg(); emit(Op::LoadImm, r, 0); out.push_back(r); }
        return out;
    }
    for (size_t i = skip; i < e->args.size(); ++i) {
        size_t pi = i - skip;
        if (sig && sig->variadic && pi + 1 >= np && !e->hasEllipsis) {
            const Type *st = sig->params.back();
            const Type *et = st->underlying()->elem;
            std::vector<int32_t> vals;
            for (size_t k = i; k < e->args.size(); ++k) vals.push_back(exprTo(e->args[k], et));
            int32_t base = reg(int(std::max<size_t>(1, vals.size())));
            for (size_t k = 0; k < vals.size(); ++k) emit(Op::Move, base + int32_t(k), vals[k]);
            int32_t r = reg();
            if (vals.empty()) emit(Op::LoadImm, r, 0);
            else emit(Op::SliceLit, r, base, int32_t(vals.size()));
            out.push_back(r);
            return out;
        }
        const Type *pt = sig && pi < np ? sig->params[pi] : nullptr;
        out.push_back(pt ? exprTo(e->args[i], pt) : valueCopy(e->args[i]));
    }
    if (sig && sig->variadic && e->args.size() - skip < np) { int32_t r = reg(); emit(Op::LoadImm, r, 0); out.push_back(r); }
    return out;
}

int32_t Codegen::call(CallExpr *e, int wantResults)
{
    setLine(e->pos);
    switch (e->callKind) {
    case CallKind::Conversion: {
        int32_t x = expr(e->args[0]);
        return convert(x, e->args[0]->type, e->type);
    }
    case CallKind::Builtin: return builtin(e);
    case CallKind::Lib: {
        std::vector<int32_t> args;
        int32_t recv = -1;
        const LibFuncInfo &li = libFuncInfo(e->libFunc);
        auto *se = as<SelectorExpr>(e->fun);
        if (li.recv != LibType::None && se) recv = libReceiver(se);
        const Type *sig = sigOf(e->fun);
        if (isFmtVariadic(e->libFunc)) {
            args = fmtArgs(e);
        } else {
            args = callArgs(e, sig);
        }
        return libCall(e, args, recv);
    }
    case CallKind::Func: case CallKind::Method: {
        const Type *sig = sigOf(e->fun);
        int nres = sig ? int(sig->results.size()) : 0;
        std::vector<int32_t> args;
        int32_t callee = -1, fval = -1;
        Expr *fun = e->fun;
        while (auto *p = as<ParenExpr>(fun)) fun = p->x;
        if (e->callKind == CallKind::Method) {
            auto *se = cast<SelectorExpr>(fun);
            const Object *m = se->sel->obj;
            auto it = m_funcIndex.find(m);
            if (it == m_funcIndex.end()) throw CodegenError(e->pos, "method " + se->sel->name);
            callee = it->second;
            args.push_back(receiver(se));
        } else if (auto *id = as<Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Func && m_funcIndex.count(id->obj)) {
            callee = m_funcIndex[id->obj];
        } else {
            fval = expr(fun);
        }
        for (int32_t a : callArgs(e, sig)) args.push_back(a);
        int32_t base = reg(int(std::max<size_t>(std::max<size_t>(args.size(), size_t(nres)), 1)));
        for (size_t i = 0; i < args.size(); ++i) emit(Op::Move, base + int32_t(i), args[i]);
        setLine(e->lparen.valid() ? e->lparen : e->pos);
        if (callee >= 0) emit(Op::Call, callee, base, int32_t(args.size()));
        else emit(Op::CallV, fval, base, int32_t(args.size()));
        (void)wantResults;
        return base;
    }
    default: throw CodegenError(e->pos, "call");
    }
}

int32_t Codegen::builtin(CallExpr *e)
{
    int32_t r = reg();
    auto kindOf = [&](const Type *t) { return uint16_t(m_prog->types[typeId(t)].kind); };
    switch (e->builtin) {
    case Builtin::Len: case Builtin::Cap: {
        const Type *t = e->args[0]->type->underlying();
        if (t->kind == TypeKind::Pointer) { emit(Op::LoadImm, r, int32_t(t->elem->underlying()->len)); return r; }
        if (t->kind == TypeKind::Array) { emit(Op::LoadImm, r, int32_t(t->len)); return r; }
        int32_t x = expr(e->args[0]);
        if (t->kind == TypeKind::Chan) {
            // cap is fixed at make; len is the runtime's buffer: a request.
            if (e->builtin == Builtin::Cap) emit(Op::Cap, r, x, 0, uint16_t(Kind::Chan));
            else emit(Op::Rt, r, x, -1, uint16_t(ReqKind::ChanLen));
            return r;
        }
        emit(e->builtin == Builtin::Len ? Op::Len : Op::Cap, r, x, 0, isString(t) ? uint16_t(Kind::String) : kindOf(t));
        return r;
    }
    case Builtin::Append: {
        const Type *st = e->args[0]->type;
        int32_t s = expr(e->args[0]);
        const Type *et = st->underlying()->elem;
        uint8_t es = uint8_t(elemSize(et));
        if (e->hasEllipsis) {
            int32_t src = expr(e->args[1]);
            emit(Op::AppendSlice, r, s, src, isString(e->args[1]->type) ? 1 : 0, es);
            return r;
        }
        std::vector<int32_t> vals;
        for (size_t i = 1; i < e->args.size(); ++i) vals.push_back(exprTo(e->args[i], et));
        int32_t base = reg(int(std::max<size_t>(1, vals.size())));
        for (size_t i = 0; i < vals.size(); ++i) emit(Op::Move, base + int32_t(i), vals[i]);
        emit(Op::Append, r, s, base, uint16_t(vals.size()), es);
        return r;
    }
    case Builtin::Copy: {
        int32_t d = expr(e->args[0]), s = expr(e->args[1]);
        emit(Op::Copy, r, d, s, 0, isString(e->args[1]->type) ? 1 : 0);
        return r;
    }
    case Builtin::Delete: {
        int32_t m = expr(e->args[0]);
        int32_t k = exprTo(e->args[1], e->args[0]->type->underlying()->key);
        emit(Op::MapDelete, m, k, 0, uint16_t(varName(exprString(e->args[0]))));
        return r;
    }
    case Builtin::Make: {
        const Type *t = e->args[0]->type;
        const Type *u = t->underlying();
        if (u->kind == TypeKind::Chan) {
            int32_t n = e->args.size() > 1 ? expr(e->args[1]) : -1;
            emit(Op::MakeChan, r, n);
        } else if (u->kind == TypeKind::Map) {
            emit(Op::MakeMap, r, 0, 0, uint16_t(typeId(t)));
        } else if (u->kind == TypeKind::Slice) {
            int32_t n = expr(e->args[1]);
            int32_t c = e->args.size() > 2 ? expr(e->args[2]) : -1;
            emit(Op::MakeSlice, r, n, c, uint16_t(typeId(u->elem)), uint8_t(elemSize(u->elem)));
        } else throw CodegenError(e->pos, "make of this type");
        return r;
    }
    case Builtin::New: {
        emit(Op::NewBox, r, 0, int32_t(typeId(e->args[0]->type)), 1);
        return r;
    }
    case Builtin::Panic: {
        int32_t v = exprTo(e->args[0], m_file.types.anyType());
        emit(Op::Panic, v);
        return r;
    }
    case Builtin::Recover: emit(Op::Recover, r); return r;
    case Builtin::Close: { int32_t ch = expr(e->args[0]); emit(Op::Close, ch); return r; }
    case Builtin::Print: case Builtin::Println: {
        // Simplification: print/println format like fmt.Sprint/Sprintln with
        // println's always-space separation.
        std::vector<int32_t> vals;
        for (Expr *a : e->args) vals.push_back(exprTo(a, m_file.types.anyType()));
        int32_t base = reg(int(std::max<size_t>(1, vals.size())));
        for (size_t i = 0; i < vals.size(); ++i) emit(Op::Move, base + int32_t(i), vals[i]);
        emit(Op::CallLib, r, base, int32_t(vals.size()), uint16_t(e->builtin == Builtin::Println ? program::Lib::Sprintln : program::Lib::Sprint));
        emit(Op::Print, r, 0, 0, 1);
        return r;
    }
    default: throw CodegenError(e->pos, "builtin");
    }
}

int32_t Codegen::libCall(CallExpr *e, const std::vector<int32_t> &args, int32_t recv)
{
    int32_t r = reg(2);
    auto pack = [&](size_t from) {
        int32_t base = reg(int(std::max<size_t>(1, args.size() - from)));
        for (size_t i = from; i < args.size(); ++i) emit(Op::Move, base + int32_t(i - from), args[i]);
        return base;
    };
    const uint8_t spread = isFmtVariadic(e->libFunc) && e->hasEllipsis ? 4 : 0;
    auto lib = [&](program::Lib l, size_t from = 0) {
        int32_t base = pack(from);
        emit(Op::CallLib, r, base, int32_t(args.size() - from), uint16_t(l), spread);
    };
    auto obj = [&](int32_t ptr) { int32_t o = reg(); emit(Op::SyncObj, o, ptr); return o; };
    auto rt = [&](ReqKind k, int32_t o, int32_t n, uint8_t flag = 0) { emit(Op::Rt, r, o, n, uint16_t(k), flag); };
    auto atomic = [&](AtomicOp op, int32_t ptr, int32_t a0, int32_t a1, uint16_t w, Expr *target) {
        int32_t base = reg(2);
        if (a0 >= 0) emit(Op::Move, base, a0);
        if (a1 >= 0) emit(Op::Move, base + 1, a1);
        std::string nm = target ? exprString(target) : "atomic";
        if (nm.size() > 1 && nm[0] == '&') nm = nm.substr(1);
        emit(Op::Atomic, r, ptr, base, uint16_t(varName(nm)), uint8_t(uint8_t(op) | (w << 4)));
    };
    Expr *recvExpr = nullptr;
    if (auto *se = as<SelectorExpr>(e->fun)) recvExpr = se->x;
    // A library function value's wrapper (codegen_libvalue.cpp) has no argument expressions.
    Expr *arg0 = e->args.empty() ? nullptr : e->args[0];
    const uint16_t W32 = uint16_t(Wrap::I32), WU32 = uint16_t(Wrap::U32);
    LibFunc f = e->libFunc;
    switch (f) {
    case LibFunc::FmtPrint: case LibFunc::FmtPrintln: case LibFunc::FmtPrintf:
        lib(f == LibFunc::FmtPrint ? program::Lib::Sprint : f == LibFunc::FmtPrintln ? program::Lib::Sprintln : program::Lib::Sprintf);
        emit(Op::Print, r);
        emit(Op::LoadImm, r + 1, 0);
        return r;
    case LibFunc::FmtSprint: lib(program::Lib::Sprint); return r;
    case LibFunc::FmtSprintln: lib(program::Lib::Sprintln); return r;
    case LibFunc::FmtSprintf: lib(program::Lib::Sprintf); return r;
    case LibFunc::FmtErrorf: lib(program::Lib::Errorf); return r;
    case LibFunc::StringsJoin: lib(program::Lib::StringsJoin); return r;
    case LibFunc::StringsRepeat: lib(program::Lib::StringsRepeat); return r;
    case LibFunc::StringsContains: lib(program::Lib::StringsContains); return r;
    case LibFunc::StringsSplit: lib(program::Lib::StringsSplit); return r;
    case LibFunc::ErrorsNew: lib(program::Lib::ErrorsNew); return r;
    case LibFunc::OsExit: emit(Op::Exit, args[0]); return r;
    case LibFunc::WgAdd: rt(ReqKind::WgAdd, obj(recv), args[0]); return r;
    case LibFunc::WgDone: rt(ReqKind::WgAdd, obj(recv), -1, 1); return r;
    case LibFunc::WgWait: rt(ReqKind::WgWait, obj(recv), -1); return r;
    case LibFunc::MutexLock: rt(ReqKind::MutexLock, obj(recv), -1); return r;
    case LibFunc::MutexUnlock: rt(ReqKind::MutexUnlock, obj(recv), -1); return r;
    case LibFunc::MutexTryLock: rt(ReqKind::MutexTryLock, obj(recv), -1); return r;
    case LibFunc::RWMutexRLock: rt(ReqKind::RWRLock, obj(recv), -1); return r;
    case LibFunc::RWMutexRUnlock: rt(ReqKind::RWRUnlock, obj(recv), -1); return r;
    case LibFunc::RWMutexLock: rt(ReqKind::RWLock, obj(recv), -1); return r;
    case LibFunc::RWMutexUnlock: rt(ReqKind::RWUnlock, obj(recv), -1); return r;
    case LibFunc::OnceDo: {
        int32_t o = obj(recv);
        rt(ReqKind::OnceBegin, o, -1);
        int32_t skip = emit(Op::JmpIfNot, 0, r);
        int32_t base = reg();
        emit(Op::CallV, args[0], base, 0);
        emit(Op::Rt, -1, o, -1, uint16_t(ReqKind::OnceEnd));
        patch(skip, pc());
        return r;
    }
    case LibFunc::AtomicAddInt32: atomic(AtomicOp::Add, args[0], args[1], -1, W32, arg0); return r;
    case LibFunc::AtomicAddUint32: atomic(AtomicOp::Add, args[0], args[1], -1, WU32, arg0); return r;
    case LibFunc::AtomicAddInt64: case LibFunc::AtomicAddUint64: atomic(AtomicOp::Add, args[0], args[1], -1, 0, arg0); return r;
    case LibFunc::AtomicLoadInt32: case LibFunc::AtomicLoadInt64: case LibFunc::AtomicLoadUint32: case LibFunc::AtomicLoadUint64:
        atomic(AtomicOp::Load, args[0], -1, -1, 0, arg0); return r;
    case LibFunc::AtomicStoreInt32: case LibFunc::AtomicStoreInt64: case LibFunc::AtomicStoreUint32: case LibFunc::AtomicStoreUint64:
        atomic(AtomicOp::Store, args[0], args[1], -1, 0, arg0); return r;
    case LibFunc::AtomicCasInt32: case LibFunc::AtomicCasInt64: case LibFunc::AtomicCasUint32: case LibFunc::AtomicCasUint64:
        atomic(AtomicOp::CompareAndSwap, args[0], args[1], args[2], 0, arg0); return r;
    case LibFunc::AtomicSwapInt32: case LibFunc::AtomicSwapInt64: case LibFunc::AtomicSwapUint32: case LibFunc::AtomicSwapUint64:
        atomic(AtomicOp::Swap, args[0], args[1], -1, 0, arg0); return r;
    case LibFunc::AtomicInt32Add: atomic(AtomicOp::Add, recv, args[0], -1, W32, recvExpr); return r;
    case LibFunc::AtomicInt64Add: atomic(AtomicOp::Add, recv, args[0], -1, 0, recvExpr); return r;
    case LibFunc::AtomicInt32Load: case LibFunc::AtomicInt64Load: case LibFunc::AtomicBoolLoad:
        atomic(AtomicOp::Load, recv, -1, -1, 0, recvExpr); return r;
    case LibFunc::AtomicInt32Store: case LibFunc::AtomicInt64Store: case LibFunc::AtomicBoolStore:
        atomic(AtomicOp::Store, recv, args[0], -1, 0, recvExpr); return r;
    case LibFunc::AtomicInt32Cas: case LibFunc::AtomicInt64Cas: case LibFunc::AtomicBoolCas:
        atomic(AtomicOp::CompareAndSwap, recv, args[0], args[1], 0, recvExpr); return r;
    case LibFunc::AtomicInt32Swap: case LibFunc::AtomicInt64Swap: case LibFunc::AtomicBoolSwap:
        atomic(AtomicOp::Swap, recv, args[0], -1, 0, recvExpr); return r;
    case LibFunc::RuntimeGosched: rt(ReqKind::Gosched, -1, -1); return r;
    case LibFunc::RuntimeGOMAXPROCS: rt(ReqKind::GoMaxProcs, -1, args[0]); return r;
    case LibFunc::RuntimeNumGoroutine: rt(ReqKind::NumGoroutine, -1, -1); return r;
    case LibFunc::RuntimeNumCPU: emit(Op::Now, r, 0, 0, 1); return r;
    case LibFunc::TimeSleep: rt(ReqKind::Sleep, -1, args[0]); return r;
    case LibFunc::TimeAfter: emit(Op::TimerMake, r, args[0], 0, 0); return r;
    case LibFunc::TimeTick: emit(Op::TimerMake, r, args[0], 0, 1); return r;
    case LibFunc::TimeNewTimer: emit(Op::TimerMake, r, args[0], 0, 2); return r;
    case LibFunc::TimerStop: rt(ReqKind::TimerStop, recv, -1); return r;
    case LibFunc::TimeNow: emit(Op::Now, r); return r;
    case LibFunc::TimeSince: {
        int32_t base = reg(2);
        emit(Op::Move, base, args[0]);
        emit(Op::Now, base + 1);
        emit(Op::CallLib, r, base, 2, uint16_t(program::Lib::Since));
        return r;
    }
    case LibFunc::TimeSub: emit(Op::Sub, r, recv, args[0]); return r;
    case LibFunc::DurationNanoseconds: emit(Op::Move, r, recv); return r;
    case LibFunc::DurationMicroseconds: case LibFunc::DurationMilliseconds: {
        int32_t k = reg();
        emit(Op::LoadImm, k, f == LibFunc::DurationMicroseconds ? 1000 : 1000000);
        emit(Op::Div, r, recv, k);
        return r;
    }
    case LibFunc::DurationString: { int32_t base = reg(); emit(Op::Move, base, recv); emit(Op::CallLib, r, base, 1, uint16_t(program::Lib::DurationString)); return r; }
    case LibFunc::ErrorError: {
        int32_t base = reg();
        emit(Op::Move, base, recv);
        int32_t isNil = reg();
        emit(Op::IfaceNil, isNil, base);
        int32_t ok = emit(Op::JmpIfNot, 0, isNil);
        int32_t nilp = reg();
        emit(Op::LoadImm, nilp, 0);
        emit(Op::Load, nilp, nilp, 0, 0);   // nil dereference panic, as calling Error on a nil error does
        patch(ok, pc());
        emit(Op::CallLib, r, base, 1, uint16_t(program::Lib::ErrorMethod));
        return r;
    }
    default: throw CodegenError(e->pos, "library function " + std::string(libFuncInfo(f).name));
    }
}

// goDefer: evaluate the function value and arguments now; user calls go
// straight to Go/Defer, library and builtin calls get a small wrapper
// function (Go's own compiler does the same: main.main.gowrap1 / deferwrap1).
void Codegen::goDefer(CallExpr *call_, bool isGo, Pos p)
{
    setLine(p);
    std::vector<int32_t> args;
    int32_t fv = calleeValue(call_, args);
    int32_t base = reg(int(std::max<size_t>(1, args.size())));
    for (size_t i = 0; i < args.size(); ++i) emit(Op::Move, base + int32_t(i), args[i]);
    setLine(p);
    emit(isGo ? Op::Go : Op::Defer, fv, base, int32_t(args.size()));
}

int32_t Codegen::calleeValue(CallExpr *e, std::vector<int32_t> &args)
{
    Expr *fun = e->fun;
    while (auto *p = as<ParenExpr>(fun)) fun = p->x;
    if (e->callKind == CallKind::Func || e->callKind == CallKind::Method) {
        const Type *sig = sigOf(e->fun);
        int32_t fv = reg();
        if (e->callKind == CallKind::Method) {
            auto *se = cast<SelectorExpr>(fun);
            const Object *m = se->sel->obj;
            emit(Op::LoadFunc, fv, m_funcIndex.at(m));
            args.push_back(receiver(se));
        } else {
            emit(Op::Move, fv, expr(fun));
        }
        for (int32_t a : callArgs(e, sig)) args.push_back(a);
        return fv;
    }
    // Library or builtin call: evaluate receiver address and args here, run
    // the call in a wrapper whose parameters are those values.
    std::vector<int32_t> vals;
    int32_t recv = -1;
    if (e->callKind == CallKind::Lib) {
        const LibFuncInfo &li = libFuncInfo(e->libFunc);
        auto *se = as<SelectorExpr>(fun);
        if (li.recv != LibType::None && se) recv = libReceiver(se);
    }
    if (e->callKind == CallKind::Lib) {
        const Type *sig = sigOf(e->fun);
        if (isFmtVariadic(e->libFunc)) vals = fmtArgs(e);
        else vals = callArgs(e, sig);
    } else if (e->callKind == CallKind::Builtin) {
        if (e->builtin == Builtin::Close || e->builtin == Builtin::Panic || e->builtin == Builtin::Print || e->builtin == Builtin::Println) {
            for (Expr *a : e->args) vals.push_back(e->builtin == Builtin::Close ? expr(a) : exprTo(a, m_file.types.anyType()));
        } else if (e->builtin == Builtin::Recover) {
        } else throw CodegenError(e->pos, "go/defer of this builtin");
    } else throw CodegenError(e->pos, "go/defer of this call");
    if (recv >= 0) args.push_back(recv);
    for (int32_t v : vals) args.push_back(v);
    // wrapper function
    int32_t idx = int32_t(m_prog->functions.size());
    m_prog->functions.emplace_back();
    FuncState *outer = m_f;
    ++outer->literals;
    FuncState fs;
    fs.index = idx;
    fs.name = outer->name + (outer->topLevel ? ".func" : ".") + std::to_string(outer->literals);
    fs.topLevel = false;
    m_f = &fs;
    fn().name = fs.name;
    fn().line = m_line;
    fn().nparams = int32_t(args.size());
    reg(int(args.size()));
    fn().resultBase = reg();
    int32_t k = 0;
    int32_t wrecv = recv >= 0 ? k++ : -1;
    std::vector<int32_t> wargs;
    for (size_t i = 0; i < vals.size(); ++i) wargs.push_back(k++);
    if (e->callKind == CallKind::Lib) libCall(e, wargs, wrecv);
    else {
        switch (e->builtin) {
        case Builtin::Close: emit(Op::Close, wargs[0]); break;
        case Builtin::Panic: emit(Op::Panic, wargs[0]); break;
        case Builtin::Recover: { int32_t r = reg(); emit(Op::Recover, r); break; }
        default: {
            int32_t r = reg();
            emit(Op::CallLib, r, 0, int32_t(wargs.size()), uint16_t(e->builtin == Builtin::Println ? program::Lib::Sprintln : program::Lib::Sprint));
            emit(Op::Print, r, 0, 0, 1);
        }
        }
    }
    int32_t epi = pc();
    emit(Op::RunDefers);
    emit(Op::Ret, fn().resultBase, 0);
    fn().epilogue = epi;
    m_f = outer;
    int32_t fv = reg();
    emit(Op::LoadFunc, fv, idx);
    return fv;
}

} // namespace gsl::lang
