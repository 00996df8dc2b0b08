// codegen_libvalue.cpp — library functions and methods used as values, and
// method expressions:
//   f := fmt.Println          package function value   -> wrapper "fmt.Println"
//   done := wg.Done           library method value     -> closure of "sync.(*WaitGroup).Done-fm"
//                                                          binding &wg (evaluated now, as Go does)
//   add := (*sync.WaitGroup).Add, P.Sum, (*P).Scale
//                             method expressions       -> a function whose first
//                                                          parameter is the receiver
// The library has no compiled bodies, so each value gets a small wrapper
// function whose body is the library call itself (libCall), as Go's compiler
// emits wrappers (…-fm, method expression thunks) for the same purposes.
#include "sim/lang/codegen.h"

#include <algorithm>

namespace gsl::lang {

using namespace gsl::program;

namespace {
// goName spells a library function or method as Go's tracebacks do:
// "fmt.Println", "sync.(*WaitGroup).Done", "time.Duration.String".
std::string goName(const Object *m)
{
    const LibFuncInfo &li = libFuncInfo(m->lib);
    if (li.recv == LibType::None) return std::string(packageName(li.pkg)) + "." + li.name;
    std::string pkg = li.recv == LibType::Error ? std::string() : std::string(packageName(li.pkg)) + ".";
    std::string t(libTypeName(li.recv));
    return li.ptrRecv ? pkg + "(*" + t + ")." + li.name : pkg + t + "." + li.name;
}
} // namespace

// libReceiver evaluates the receiver of a library method value x.M: as
// receiver() (codegen_method.cpp) does for &x and *p, else x itself (library
// receivers are scalars or handles: no aggregate copy).
int32_t Codegen::libReceiver(SelectorExpr *se)
{
    if (se->sel->obj->ptrRecv || se->implicitDeref) return receiver(se);
    return expr(se->x);
}

// libWrapper compiles the wrapper of one use site: parameters are the library
// signature's (plus the receiver first for a method expression); a method
// value's receiver is capture slot 0. Simplification: atomic operations inside
// a wrapper of a package function (f := atomic.AddInt32) name their variable
// "atomic" in the trace, as the operand is only known at the call.
int32_t Codegen::libWrapper(SelectorExpr *se, LibValue kind)
{
    const Object *m = se->sel->obj;
    const Type *sig = m->type->underlying();
    const int np = int(sig->params.size()), nr = int(sig->results.size());
    const bool recvParam = kind == LibValue::MethodExpr;
    const int32_t idx = int32_t(m_prog->functions.size());
    m_prog->functions.emplace_back();
    FuncState *outer = m_f;
    const int32_t savedLine = m_line;
    FuncState fs;
    fs.index = idx;
    fs.name = goName(m) + (kind == LibValue::MethodValue ? "-fm" : "");
    fs.topLevel = false;
    m_f = &fs;
    fn().name = fs.name;
    fn().line = m_line;
    fn().nparams = np + (recvParam ? 1 : 0);
    fn().nresults = nr;
    reg(np + (recvParam ? 1 : 0));
    int32_t recv = -1;
    int32_t k = 0;
    if (recvParam) {
        recv = k++;
        const Type *rt = se->x->type;
        if (rt->kind == TypeKind::Pointer && !m->ptrRecv) {
            // (*time.Duration).String: the value through the pointer.
            Loc l;
            l.kind = Loc::Ptr;
            l.a = recv;
            l.name = varName("*" + rt->elem->str());
            l.type = typeId(rt->elem);
            recv = load(l);
        }
    }
    std::vector<int32_t> args;
    for (int i = 0; i < np; ++i) args.push_back(k++);
    if (kind == LibValue::MethodValue) {
        recv = reg();
        emit(Op::Capture, recv, 0);
    }
    CallExpr call(se->pos);
    call.fun = se;
    call.callKind = CallKind::Lib;
    call.libFunc = m->lib;
    call.hasEllipsis = sig->variadic;   // the variadic parameter arrives as a slice
    int32_t r = libCall(&call, args, recv);
    fn().resultBase = r;
    const int32_t epi = pc();
    emit(Op::RunDefers);
    emit(Op::Ret, r, nr);
    fn().epilogue = epi;
    for (const Type *t : sig->results) fs.resultTypes.push_back(t);
    m_f = outer;
    m_line = savedLine;
    return idx;
}

// libFuncValue: fmt.Println, strings.Join, time.Sleep, ... as a func value.
int32_t Codegen::libFuncValue(SelectorExpr *se)
{
    int32_t r = reg();
    emit(Op::LoadFunc, r, libWrapper(se, LibValue::Func));
    return r;
}

// libMethodValue: wg.Done, mu.Unlock, t.Stop, d.String, err.Error, a.Add as a
// func value; the receiver is evaluated (and a pointer receiver's address
// taken) now. As in Go, the method value of a nil error interface panics when
// it is made, not when it is called.
int32_t Codegen::libMethodValue(SelectorExpr *se)
{
    int32_t rv = libReceiver(se);
    if (se->sel->obj->lib == LibFunc::ErrorError) {
        int32_t isNil = reg();
        emit(Op::IfaceNil, isNil, rv);
        int32_t ok = emit(Op::JmpIfNot, 0, isNil);
        int32_t nilp = reg();
        emit(Op::LoadImm, nilp, 0);
        emit(Op::Load, nilp, nilp, 0, 0);   // nil dereference panic
        patch(ok, pc());
    }
    int32_t w = libWrapper(se, LibValue::MethodValue);
    int32_t base = reg();
    emit(Op::Move, base, rv);
    int32_t dst = reg();
    emit(Op::MakeClosure, dst, w, base, 1);
    return dst;
}

// methodExpr: T.M / (*T).M. A user method with a matching receiver is its own
// function (the receiver is already its first parameter; callers copy value
// arguments); a value method through *T gets a wrapper that loads *p first
// (simplification: a nil *T panics with a nil dereference, where Go's wrapper
// says "value method main.T.M called using nil *T pointer").
int32_t Codegen::methodExpr(SelectorExpr *se)
{
    const Object *m = se->sel->obj;
    int32_t r = reg();
    if (m->lib != LibFunc::None) {
        emit(Op::LoadFunc, r, libWrapper(se, LibValue::MethodExpr));
        return r;
    }
    auto it = m_funcIndex.find(m);
    if (it == m_funcIndex.end()) throw CodegenError(se->pos, "method expression " + exprString(se));
    const Type *rt = se->x->type;
    if (rt->kind != TypeKind::Pointer || m->ptrRecv) {
        emit(Op::LoadFunc, r, it->second);
        return r;
    }
    emit(Op::LoadFunc, r, derefWrapper(m, rt));
    return r;
}

// derefWrapper compiles (once per method) main.(*T).M for a value method M:
// parameters (p *T, params...), calls M(*p, params...).
int32_t Codegen::derefWrapper(const Object *m, const Type *ptrType)
{
    auto found = m_derefWrappers.find(m);
    if (found != m_derefWrappers.end()) return found->second;
    const int32_t callee = m_funcIndex.at(m);
    const Type *sig = m->type->underlying();
    const int np = int(sig->params.size()), nr = int(sig->results.size());
    const int32_t idx = int32_t(m_prog->functions.size());
    m_prog->functions.emplace_back();
    m_derefWrappers[m] = idx;
    FuncState *outer = m_f;
    const int32_t savedLine = m_line;
    FuncState fs;
    fs.index = idx;
    fs.name = "main.(*" + ptrType->elem->str() + ")." + m->name;
    fs.topLevel = false;
    m_f = &fs;
    m_line = m->decl ? m->decl->pos.line : m_line;
    fn().name = fs.name;
    fn().line = m_line;
    fn().nparams = np + 1;
    fn().nresults = nr;
    reg(np + 1);
    Loc l;
    l.kind = Loc::Ptr;
    l.a = 0;
    l.name = varName("*" + ptrType->elem->str());
    l.type = typeId(ptrType->elem);
    int32_t v = load(l);
    int32_t base = reg(std::max({np + 1, nr, 1}));
    emit(Op::Move, base, v);
    for (int i = 0; i < np; ++i) emit(Op::Move, base + 1 + i, 1 + i);
    emit(Op::Call, callee, base, np + 1);
    fn().resultBase = base;
    const int32_t epi = pc();
    emit(Op::RunDefers);
    emit(Op::Ret, base, nr);
    fn().epilogue = epi;
    for (const Type *t : sig->results) fs.resultTypes.push_back(t);
    m_f = outer;
    m_line = savedLine;
    return idx;
}

} // namespace gsl::lang
