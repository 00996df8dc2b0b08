// check_call.cpp — calls, conversions, builtins and selectors (fields,
// methods with automatic & and *, package members).
#include "sim/lang/check_internal.h"
#include "sim/lang/lexer.h"
#include "sim/lang/unsupported.h"

namespace gsl::lang {

namespace {
Expr *unparen(Expr *e)
{
    while (auto *p = as<ParenExpr>(e)) e = p->x;
    return e;
}

// haveType spells an argument's type as gc's "have (...)" lists do.
std::string haveType(const Expr *e)
{
    if (!e->type) return "invalid type";
    if (isUntyped(e->type)) {
        switch (e->type->basic) {
        case BasicKind::UntypedInt: case BasicKind::UntypedRune: return "number";
        case BasicKind::UntypedString: return "string";
        case BasicKind::UntypedBool: return "bool";
        default: return "nil";
        }
    }
    return e->type->str();
}

std::string typeList(const std::vector<Type *> &ts, bool variadic)
{
    std::string s = "(";
    for (size_t i = 0; i < ts.size(); ++i) {
        if (i) s += ", ";
        if (variadic && i + 1 == ts.size()) s += "..." + ts[i]->elem->str();
        else s += ts[i]->str();
    }
    return s + ")";
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

std::string Checker::callName(CallExpr *e)
{
    return exprString(e->fun);
}

void Checker::selector(SelectorExpr *e, bool callee)
{
    const std::string &name = e->sel->name;
    if (auto *pid = as<Ident>(e->x)) {
        Object *po = lookup(pid->name);
        if (po && po->kind == ObjKind::PkgName) {
            po->used = true;
            pid->obj = po;
            pid->mode = ExprMode::PkgName;
            std::string qual = std::string(packageName(po->pkg)) + "." + name;
            Object *m = m_types.member(po->pkg, name);
            if (!m) {
                if (isKnownLibraryName(po->pkg, name)) unsupported(e->sel->pos, qual);
                else error(e->sel->pos, "undefined: " + qual);
                return;
            }
            e->sel->obj = m;
            e->selKind = SelKind::Qualified;
            e->type = m->type;
            e->sel->type = m->type;
            switch (m->kind) {
            case ObjKind::Const: e->mode = ExprMode::Constant; e->cv = m->val; break;
            case ObjKind::TypeName: e->mode = ExprMode::TypeExpr; break;
            default: e->mode = ExprMode::Value; break;
            }
            e->sel->mode = e->mode;
            return;
        }
    }
    exprOrType(e->x);
    if (e->x->mode == ExprMode::Invalid) return;
    if (e->x->mode == ExprMode::TypeExpr) {
        unsupported(e->pos, "method expression " + exprString(e));
        return;
    }
    if (e->x->mode == ExprMode::Builtin || e->x->mode == ExprMode::NoValue) {
        error(e->sel->pos, exprString(e) + " undefined (" + operandStr(e->x) + ")");
        return;
    }
    if (e->x->type->kind == TypeKind::Tuple) {
        error(e->x->pos, "multiple-value " + exprString(e->x) + " (value of type " + e->x->type->str() + ") in single-value context");
        return;
    }
    Type *t = e->x->type;
    bool deref = false;
    Type *base = t;
    if (t->underlying()->kind == TypeKind::Pointer) {
        base = t->underlying()->elem;
        deref = true;
    }
    Type *bu = base->underlying();
    if (bu->kind == TypeKind::Struct) {
        for (size_t i = 0; i < bu->fields.size(); ++i) {
            if (bu->fields[i].name != name || name == "_") continue;
            e->selKind = SelKind::Field;
            e->fieldIndex = int(i);
            e->implicitDeref = deref;
            e->sel->obj = bu->fields[i].obj;
            e->type = bu->fields[i].type;
            e->sel->type = e->type;
            e->mode = deref || e->x->mode == ExprMode::Variable ? ExprMode::Variable : ExprMode::Value;
            return;
        }
    }
    // Methods are declared on named types; a pointer's methods are those of its element.
    if (base->kind == TypeKind::Named && !(deref && t->kind == TypeKind::Named)) {
        for (Object *m : base->methods) {
            if (m->name != name) continue;
            e->selKind = SelKind::Method;
            e->sel->obj = m;
            e->type = m->type;
            e->sel->type = m->type;
            e->mode = ExprMode::Value;
            if (m->ptrRecv && !deref) {
                if (e->x->mode != ExprMode::Variable) {
                    error(e->sel->pos, "cannot call pointer method " + name + " on " + t->str());
                    e->mode = ExprMode::Invalid;
                    return;
                }
                e->implicitAddr = true;
                markAddressTaken(e->x);
            } else if (!m->ptrRecv && deref) {
                e->implicitDeref = true;
            }
            if (!callee) unsupported(e->pos, "method value " + exprString(e) + " (call it instead)");
            return;
        }
    }
    std::string what = "field or method";
    error(e->sel->pos, exprString(e) + " undefined (type " + t->str() + " has no " + what + " " + name + ")");
}

void Checker::call(CallExpr *e)
{
    if (auto *sel = as<SelectorExpr>(unparen(e->fun))) {
        selector(sel, true);
        if (e->fun != sel) rawExpr(e->fun, nullptr);   // propagate through parens
    } else {
        exprOrType(e->fun);
    }
    Expr *fun = e->fun;
    switch (fun->mode) {
    case ExprMode::Invalid:
        for (Expr *a : e->args) exprOrType(a);
        return;
    case ExprMode::TypeExpr: conversion(e, fun->type); return;
    case ExprMode::Builtin: {
        auto *id = as<Ident>(unparen(fun));
        builtinCall(e, id && id->obj ? id->obj->builtin : Builtin::None);
        return;
    }
    case ExprMode::PkgName:
        error(fun->pos, "use of package " + exprString(fun) + " without selector");
        return;
    default: break;
    }
    Type *sig = fun->type->underlying();
    if (sig->kind != TypeKind::Signature) {
        error(fun->pos, "invalid operation: cannot call non-function " + operandStr(fun));
        for (Expr *a : e->args) exprOrType(a);
        return;
    }
    e->callKind = CallKind::Func;
    if (auto *sel = as<SelectorExpr>(unparen(fun))) {
        Object *m = sel->sel->obj;
        if (m && m->lib != LibFunc::None) { e->callKind = CallKind::Lib; e->libFunc = m->lib; }
        else if (sel->selKind == SelKind::Method) e->callKind = CallKind::Method;
    }
    arguments(e, sig, callName(e));
    if (sig->results.empty()) {
        e->mode = ExprMode::NoValue;
        e->type = m_types.tuple({});
    } else if (sig->results.size() == 1) {
        e->mode = ExprMode::Value;
        e->type = sig->results[0];
    } else {
        e->mode = ExprMode::Value;
        e->type = m_types.tuple(sig->results);
    }
}

void Checker::arguments(CallExpr *e, Type *sig, const std::string &fname)
{
    std::vector<Type *> argTypes;
    std::vector<Expr *> args = e->args;
    bool tupleArg = false;
    if (args.size() == 1 && as<CallExpr>(unparen(args[0])) && !e->hasEllipsis) {
        rawExpr(args[0], nullptr);
        Type *t = args[0]->type;
        if (t && t->kind == TypeKind::Tuple && t->elems.size() != 1 && args[0]->mode != ExprMode::Invalid
            && args[0]->mode != ExprMode::NoValue) {
            tupleArg = true;
            argTypes = t->elems;
        } else if (args[0]->mode == ExprMode::NoValue) {
            error(args[0]->pos, exprString(args[0]) + " (no value) used as value");
            return;
        } else {
            singleValue(args[0]);
        }
    } else {
        for (Expr *a : args) {
            Type *hint = nullptr;
            expr(a, hint);
        }
    }
    for (Expr *a : args)
        if (a->mode == ExprMode::Invalid && !tupleArg) return;
    size_t nargs = tupleArg ? argTypes.size() : args.size();
    size_t nparams = sig->params.size();
    bool variadic = sig->variadic;
    if (e->hasEllipsis && !variadic) {
        error(args.empty() ? e->pos : args.back()->pos, "have (...) but function is not variadic: cannot use ... in call to non-variadic " + fname);
        return;
    }
    auto haveList = [&]() {
        std::string s = "(";
        for (size_t i = 0; i < nargs; ++i) {
            if (i) s += ", ";
            s += tupleArg ? argTypes[i]->str() : haveType(args[i]);
        }
        return s + ")";
    };
    bool tooFew = variadic && !e->hasEllipsis ? nargs + 1 < nparams : nargs < nparams;
    bool tooMany = !(variadic && !e->hasEllipsis) && nargs > nparams;
    if (tooFew || tooMany) {
        Pos p = tooMany ? (tupleArg ? args[0]->pos : args[nparams]->pos) : (args.empty() ? e->pos : args.back()->pos);
        error(p, std::string(tooFew ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + haveList()
                     + "\n\twant " + typeList(sig->params, variadic));
        return;
    }
    std::string ctx = "argument to " + fname;
    for (size_t i = 0; i < nargs; ++i) {
        Type *pt;
        if (variadic && i + 1 >= nparams) pt = e->hasEllipsis ? sig->params.back() : sig->params.back()->elem;
        else pt = sig->params[i];
        if (tupleArg) {
            if (!identical(argTypes[i], pt) && !(pt->underlying()->kind == TypeKind::Interface && pt->underlying()->isEmptyInterface)) {
                error(args[0]->pos, "cannot use " + exprString(args[0]) + " (value of type " + argTypes[i]->str() + ") as "
                                        + pt->str() + " value in " + ctx);
                return;
            }
            continue;
        }
        assignment(args[i], pt, ctx);
    }
}

void Checker::conversion(CallExpr *e, Type *t)
{
    e->callKind = CallKind::Conversion;
    if (e->args.size() != 1 || e->hasEllipsis) {
        for (Expr *a : e->args) expr(a);
        error(e->args.empty() ? e->rparen : e->args[1 % e->args.size()]->pos,
              std::string(e->args.empty() ? "missing argument" : "too many arguments") + " in conversion to " + t->str());
        return;
    }
    Expr *x = e->args[0];
    expr(x);
    if (x->mode == ExprMode::Invalid) return;
    Type *tu = t->underlying();
    Type *xu = x->type->underlying();
    auto fail = [&]() {
        error(x->pos, "cannot convert " + operandStr(x) + " to type " + t->str());
    };
    if (x->mode == ExprMode::Constant && tu->kind == TypeKind::Basic) {
        ConstValue v = x->cv;
        if (isInteger(tu) && v.kind == ConstValue::Int) {
            if (!representable(v, t)) { fail(); return; }
        } else if (isString(tu) && v.kind == ConstValue::Int && isInteger(x->type)) {
            std::string s;
            bool valid = v.i >= 0 && v.i <= 0x10FFFF && !(v.i >= 0xD800 && v.i <= 0xDFFF);
            appendUtf8(s, valid ? uint32_t(v.i) : 0xFFFD);
            v = ConstValue::ofString(s);
        } else if (!((isString(tu) && v.kind == ConstValue::String) || (isBoolean(tu) && v.kind == ConstValue::Bool))) {
            fail();
            return;
        }
        if (isUntyped(x->type)) {
            if (isInteger(tu) || (isString(tu) && x->cv.kind == ConstValue::String) || isBoolean(tu)) setType(x, t);
            else defaultType(x);
        }
        e->cv = v;
        e->type = t;
        e->mode = ExprMode::Constant;
        return;
    }
    bool ok = false;
    if (isUntyped(x->type)) {
        Conv c = convertUntyped(x, t);
        ok = c == ConvOk;
        if (!ok && x->type->basic != BasicKind::UntypedNil) { defaultType(x); ok = isInteger(x->type) && isInteger(tu); }
    }
    if (!ok) {
        std::string reason;
        ok = assignableTo(x, t, nullptr) || identical(xu, tu) || (isInteger(xu) && isInteger(tu))
             || (xu->kind == TypeKind::Pointer && tu->kind == TypeKind::Pointer && identical(xu->elem->underlying(), tu->elem->underlying()))
             || (isInteger(xu) && isString(tu));
        if (!ok && isString(xu) && tu->kind == TypeKind::Slice) {
            Type *el = tu->elem->underlying();
            ok = el->kind == TypeKind::Basic && (el->basic == BasicKind::Uint8 || el->basic == BasicKind::Int32);
        }
        if (!ok && isString(tu) && xu->kind == TypeKind::Slice) {
            Type *el = xu->elem->underlying();
            ok = el->kind == TypeKind::Basic && (el->basic == BasicKind::Uint8 || el->basic == BasicKind::Int32);
        }
    }
    if (!ok) { fail(); return; }
    e->type = t;
    e->mode = ExprMode::Value;
}

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
