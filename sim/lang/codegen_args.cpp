// codegen_args.cpp — argument helpers shared by calls, go and defer: fmt's
// variadic operands, multi-value calls used as arguments (f(g())).
#include "sim/lang/codegen.h"

namespace gsl::lang {

using namespace gsl::program;

bool isFmtVariadic(LibFunc f)
{
    switch (f) {
    case LibFunc::FmtPrint: case LibFunc::FmtPrintln: case LibFunc::FmtPrintf: case LibFunc::FmtSprint:
    case LibFunc::FmtSprintf: case LibFunc::FmtSprintln: case LibFunc::FmtErrorf: return true;
    default: return false;
    }
}

namespace {
bool hasFormat(LibFunc f)
{
    return f == LibFunc::FmtPrintf || f == LibFunc::FmtSprintf || f == LibFunc::FmtErrorf;
}
} // namespace

Expr *Codegen::unparen(Expr *e)
{
    while (auto *p = as<ParenExpr>(e)) e = p->x;
    return e;
}

// tupleArg: the type of a single multi-value call argument at position skip
// (f(g()) where g returns several results), else null.
const Type *Codegen::tupleArg(CallExpr *e, size_t skip)
{
    if (e->args.size() != skip + 1) return nullptr;
    Expr *a = unparen(e->args[skip]);
    if (a->kind != NodeKind::CallExpr || !a->type || a->type->kind != TypeKind::Tuple) return nullptr;
    return a->type;
}

// convertTo converts the value in register r from static type `from` to
// `to`: only the boxing of a concrete value into an interface needs code.
int32_t Codegen::convertTo(int32_t r, const Type *from, const Type *to)
{
    if (!to || !isInterface(to) || (from && isInterface(from))) return r;
    int32_t o = reg();
    emit(Op::MakeIface, o, r, 0, uint16_t(typeId(from)));
    return o;
}

// fmtArgs evaluates the arguments of fmt's variadic functions: the format
// string (Printf family), then every operand as an interface value. With
// f(xs...) the last value is the []any itself (CallLib expands it); with
// f(g()) g's results are the operands.
std::vector<int32_t> Codegen::fmtArgs(CallExpr *e)
{
    std::vector<int32_t> out;
    size_t first = 0;
    if (hasFormat(e->libFunc) && !e->args.empty()) { out.push_back(expr(e->args[0])); first = 1; }
    const Type *any = m_file.types.anyType();
    if (const Type *tup = tupleArg(e, first)) {
        int32_t base = call(cast<CallExpr>(unparen(e->args[first])), int(tup->elems.size()));
        for (size_t k = 0; k < tup->elems.size(); ++k) out.push_back(convertTo(base + int32_t(k), tup->elems[k], any));
        return out;
    }
    for (size_t i = first; i < e->args.size(); ++i) {
        if (e->hasEllipsis && i + 1 == e->args.size()) out.push_back(expr(e->args[i]));
        else out.push_back(exprTo(e->args[i], any));
    }
    return out;
}

} // namespace gsl::lang
