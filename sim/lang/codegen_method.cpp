// codegen_method.cpp — method receivers, method values (x.M as a func value)
// and the method tables fmt / err.Error() / panic printing dispatch through.
#include "sim/lang/codegen.h"

#include <algorithm>

namespace gsl::lang {

using namespace gsl::program;

// receiver evaluates the receiver argument of a call or method value x.M:
// &x for a pointer method on an addressable x, a copy of *p for a value
// method through a pointer (one Load: the read of the struct), else x itself
// (aggregates copied, as a value receiver is a copy).
int32_t Codegen::receiver(SelectorExpr *se)
{
    const Object *m = se->sel->obj;
    if (m->ptrRecv) return se->implicitAddr ? addrOf(se->x) : expr(se->x);
    if (se->implicitDeref) {
        Loc l;
        l.kind = Loc::Ptr;
        l.a = expr(se->x);
        l.name = varName("*" + exprString(se->x));
        l.type = typeId(se->x->type->underlying()->elem);
        return load(l);
    }
    return valueCopy(se->x);
}

// methodValue: Go evaluates the receiver when the method value is made (a
// value receiver is copied then: later changes to x are not seen) and binds it
// in a closure of the wrapper main.(*T).M-fm.
int32_t Codegen::methodValue(SelectorExpr *se)
{
    const Object *m = se->sel->obj;
    if (!m_funcIndex.count(m)) throw CodegenError(se->pos, "method value " + exprString(se));
    int32_t rv = receiver(se);
    int32_t w = methodWrapper(m);
    int32_t base = reg();
    emit(Op::Move, base, rv);
    int32_t dst = reg();
    emit(Op::MakeClosure, dst, w, base, 1);
    return dst;
}

// methodWrapper compiles (once per method) the function a method value calls:
// its parameters are the method's, the receiver is capture slot 0; each call
// passes a fresh copy of a value receiver.
int32_t Codegen::methodWrapper(const Object *m)
{
    auto it = m_methodWrappers.find(m);
    if (it != m_methodWrappers.end()) return it->second;
    const int32_t callee = m_funcIndex.at(m);
    const Type *sig = m->type->underlying();
    const int np = int(sig->params.size()), nr = int(sig->results.size());
    int32_t idx = int32_t(m_prog->functions.size());
    m_prog->functions.emplace_back();
    m_methodWrappers[m] = idx;
    FuncState *outer = m_f;
    const int32_t savedLine = m_line;
    FuncState fs;
    fs.index = idx;
    fs.name = m_prog->functions[size_t(callee)].name + "-fm";
    fs.topLevel = false;
    m_f = &fs;
    m_line = m->decl ? m->decl->pos.line : m_line;
    fn().name = fs.name;
    fn().line = m_line;
    fn().nparams = np;
    fn().nresults = nr;
    reg(np);
    int32_t base = reg(std::max({np + 1, nr, 1}));
    emit(Op::Capture, base, 0);
    if (!m->ptrRecv) {
        TypeId rt = typeId(m->recv);
        if (isAggregate(m_prog->types[rt].kind)) emit(Op::CopyAgg, base, base, 0, uint16_t(rt));
    }
    for (int i = 0; i < np; ++i) emit(Op::Move, base + 1 + i, i);
    emit(Op::Call, callee, base, np + 1);
    fn().resultBase = base;
    int32_t epi = pc();
    emit(Op::RunDefers);
    emit(Op::Ret, base, nr);
    fn().epilogue = epi;
    for (const Type *t : sig->results) fs.resultTypes.push_back(t);
    m_f = outer;
    m_line = savedLine;
    return idx;
}

namespace {
// isStringMethod: M() string, the shape of Error and String.
bool isStringMethod(const Object *m, const char *name)
{
    if (m->name != name || !m->type) return false;
    const Type *s = m->type->underlying();
    return s->kind == TypeKind::Signature && s->params.empty() && s->results.size() == 1 &&
           s->results[0]->kind == TypeKind::Basic && s->results[0]->basic == BasicKind::String;
}
} // namespace

// methodTables records, for every user struct type T and *T the program uses,
// the Error() / String() methods of its method set (T: value receivers; *T:
// all, value ones through a dereference), for fmt's handleMethods, err.Error()
// and printpanicval.
void Codegen::methodTables()
{
    for (const auto &[t, id] : m_types) {
        if (!t || id == 0) continue;
        const Type *named = t;
        bool ptr = false;
        if (t->kind == TypeKind::Pointer && t->elem && t->elem->kind == TypeKind::Named) { named = t->elem; ptr = true; }
        if (named->kind != TypeKind::Named || named->lib != LibType::None) continue;
        TypeDesc &d = m_prog->types[id];
        for (const Object *m : named->methods) {
            if (m->ptrRecv && !ptr) continue;
            auto fi = m_funcIndex.find(m);
            if (fi == m_funcIndex.end()) continue;
            if (isStringMethod(m, "Error")) { d.errorMethod = fi->second; d.errorDeref = ptr && !m->ptrRecv; }
            if (isStringMethod(m, "String")) { d.stringMethod = fi->second; d.stringDeref = ptr && !m->ptrRecv; }
        }
    }
}

} // namespace gsl::lang
