// check_builtin.cpp — calls of the predeclared functions (len, cap, append,
// copy, delete, make, new, panic, recover, close, print, println); split from
// check_call.cpp.
#include "sim/lang/check_internal.h"
#include "sim/lang/unsupported.h"

namespace gsl::lang {

namespace {
Expr *unparen(Expr *e)
{
    while (auto *p = as<ParenExpr>(e)) e = p->x;
    return e;
}

bool hasCallOrRecv(const Expr *e)
{
    e = unparen(const_cast<Expr *>(e));
    if (!e) return false;
    if (e->kind == NodeKind::CallExpr) return true;
    if (auto *u = as<UnaryExpr>(e)) return u->op == Tok::Arrow || hasCallOrRecv(u->x);
    if (auto *s = as<SelectorExpr>(e)) return hasCallOrRecv(s->x);
    if (auto *ix = as<IndexExpr>(e)) return hasCallOrRecv(ix->x) || hasCallOrRecv(ix->index);
    if (auto *st = as<StarExpr>(e)) return hasCallOrRecv(st->x);
    return false;
}
} // namespace

void Checker::builtinCall(CallExpr *e, Builtin b)
{
    e->callKind = CallKind::Builtin;
    e->builtin = b;
    std::string name(builtinName(b));
    auto& args = e->args;
    auto argc = [&](size_t min, size_t max) {
        if (args.size() < min) {
            error(args.empty() ? e->rparen : args.back()->pos,
                  "not enough arguments for " + exprString(e) + " (expected " + std::to_string(min) + ", found " + std::to_string(args.size()) + ")");
            return false;
        }
        if (args.size() > max) {
            error(args[max]->pos, "too many arguments for " + exprString(e) + " (expected " + std::to_string(max) + ", found " + std::to_string(args.size()) + ")");
            return false;
        }
        return true;
    };
    Type *intT = m_types.basic(BasicKind::Int);
    if (e->hasEllipsis && b != Builtin::Append) {
        error(e->pos, "invalid operation: invalid use of ... with built-in " + name);
        for (Expr *a : args) exprOrType(a);
        return;
    }
    switch (b) {
    case Builtin::Len: case Builtin::Cap: {
        for (Expr *a : args) expr(a);
        if (!argc(1, 1) || args[0]->mode == ExprMode::Invalid) return;
        Expr *x = args[0];
        Type *u = x->type->underlying();
        if (u->kind == TypeKind::Pointer && u->elem->underlying()->kind == TypeKind::Array) u = u->elem->underlying();
        bool ok = u->kind == TypeKind::Slice || u->kind == TypeKind::Array || u->kind == TypeKind::Chan
                  || (b == Builtin::Len && (isString(u) || u->kind == TypeKind::Map));
        if (!ok) { error(x->pos, "invalid argument: " + operandStr(x) + " for " + name); return; }
        e->type = intT;
        e->mode = ExprMode::Value;
        if (b == Builtin::Len && x->mode == ExprMode::Constant && x->cv.kind == ConstValue::String) {
            e->cv = ConstValue::ofInt(Int128(x->cv.s.size()));
            e->mode = ExprMode::Constant;
            defaultType(x);
        } else if (u->kind == TypeKind::Array && !hasCallOrRecv(x)) {
            e->cv = ConstValue::ofInt(u->len);
            e->mode = ExprMode::Constant;
        }
        return;
    }
    case Builtin::Append: {
        for (Expr *a : args) expr(a);
        if (args.empty()) { argc(1, 1); return; }
        Expr *s = args[0];
        if (s->mode == ExprMode::Invalid) return;
        if (isUntyped(s->type) && s->type->basic == BasicKind::UntypedNil) {
            error(s->pos, "first argument to append must be a typed slice; have untyped nil");
            return;
        }
        Type *su = s->type->underlying();
        if (su->kind != TypeKind::Slice) {
            error(s->pos, "invalid argument: " + operandStr(s) + " (expected slice)");
            return;
        }
        if (e->hasEllipsis) {
            if (args.size() != 2) { argc(2, 2); return; }
            Type *el = su->elem->underlying();
            if (isString(args[1]->type) && el->kind == TypeKind::Basic && el->basic == BasicKind::Uint8) {
                defaultType(args[1]);
            } else {
                assignment(args[1], m_types.slice(su->elem), "argument to append");
            }
        } else {
            for (size_t i = 1; i < args.size(); ++i) assignment(args[i], su->elem, "argument to append");
        }
        e->type = s->type;
        e->mode = ExprMode::Value;
        return;
    }
    case Builtin::Copy: {
        for (Expr *a : args) expr(a);
        if (!argc(2, 2) || args[0]->mode == ExprMode::Invalid || args[1]->mode == ExprMode::Invalid) return;
        Type *d = args[0]->type->underlying(), *s = args[1]->type->underlying();
        bool ok = d->kind == TypeKind::Slice
                  && ((s->kind == TypeKind::Slice && identical(d->elem, s->elem))
                      || (isString(s) && d->elem->underlying()->kind == TypeKind::Basic && d->elem->underlying()->basic == BasicKind::Uint8));
        if (!ok) {
            error(e->pos, "invalid argument: copy expects slice arguments; found " + operandStr(args[0]) + " and " + operandStr(args[1]));
            return;
        }
        defaultType(args[1]);
        e->type = intT;
        e->mode = ExprMode::Value;
        return;
    }
    case Builtin::Delete: {
        for (Expr *a : args) expr(a);
        if (!argc(2, 2) || args[0]->mode == ExprMode::Invalid) return;
        Type *m = args[0]->type->underlying();
        if (m->kind != TypeKind::Map) { error(args[0]->pos, "invalid argument: " + operandStr(args[0]) + " is not a map"); return; }
        assignment(args[1], m->key, "argument to delete");
        e->mode = ExprMode::NoValue;
        e->type = m_types.tuple({});
        return;
    }
    case Builtin::Make: case Builtin::New: {
        if (args.empty()) { argc(1, 1); return; }
        Type *t = typeExpr(args[0]);
        for (size_t i = 1; i < args.size(); ++i) expr(args[i]);
        if (t == m_types.invalid()) return;
        if (b == Builtin::New) {
            if (!argc(1, 1)) return;
            e->type = m_types.pointer(t);
            e->mode = ExprMode::Value;
            return;
        }
        Type *u = t->underlying();
        size_t max = 0;
        if (u->kind == TypeKind::Slice) max = 3;
        else if (u->kind == TypeKind::Map || u->kind == TypeKind::Chan) max = 2;
        else {
            error(args[0]->pos, "invalid argument: cannot make " + exprString(args[0]) + "; type must be slice, map, or channel");
            return;
        }
        if (u->kind == TypeKind::Slice && args.size() < 2) {
            error(e->pos, "invalid operation: " + exprString(e) + " expects 2 or 3 arguments; found " + std::to_string(args.size()));
            return;
        }
        if (args.size() > max) {
            error(e->pos, "invalid operation: " + exprString(e) + " expects " + std::to_string(max - 1) + " or " + std::to_string(max)
                              + " arguments; found " + std::to_string(args.size()));
            return;
        }
        int64_t sizes[2] = {-1, -1};
        for (size_t i = 1; i < args.size(); ++i) {
            if (args[i]->mode == ExprMode::Invalid) return;
            if (!isInteger(args[i]->type)) {
                error(args[i]->pos, "cannot convert " + operandStr(args[i]) + " to type int");
                return;
            }
            sizes[i - 1] = constIndex(args[i], -1, true);
        }
        if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
            error(args[1]->pos, "invalid argument: length and capacity swapped");
            return;
        }
        e->type = t;
        e->mode = ExprMode::Value;
        return;
    }
    case Builtin::Panic: {
        for (Expr *a : args) expr(a);
        if (!argc(1, 1) || args[0]->mode == ExprMode::Invalid) return;
        assignment(args[0], m_types.anyType(), "argument to panic");
        e->mode = ExprMode::NoValue;
        e->type = m_types.tuple({});
        return;
    }
    case Builtin::Print: case Builtin::Println: {
        for (Expr *a : args) {
            expr(a);
            if (a->mode != ExprMode::Invalid && isUntyped(a->type) && a->type->basic == BasicKind::UntypedNil)
                error(a->pos, "use of untyped nil in argument to built-in " + name);
            else defaultType(a);
        }
        e->mode = ExprMode::NoValue;
        e->type = m_types.tuple({});
        return;
    }
    case Builtin::Recover:
        for (Expr *a : args) expr(a);
        if (!argc(0, 0)) return;
        e->type = m_types.anyType();
        e->mode = ExprMode::Value;
        return;
    case Builtin::Close: {
        for (Expr *a : args) expr(a);
        if (!argc(1, 1) || args[0]->mode == ExprMode::Invalid) return;
        Type *u = args[0]->type->underlying();
        if (u->kind != TypeKind::Chan) { error(args[0]->pos, "invalid operation: cannot close non-channel " + operandStr(args[0])); return; }
        if (u->dir == ChanDir::Recv) { error(args[0]->pos, "invalid operation: cannot close receive-only channel " + operandStr(args[0])); return; }
        e->mode = ExprMode::NoValue;
        e->type = m_types.tuple({});
        return;
    }
    default:
        error(e->pos, "unknown builtin");
        return;
    }
}
} // namespace gsl::lang
