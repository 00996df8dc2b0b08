// check_call.cpp — calls, conversions and selectors (fields, methods with
// automatic & and *, method values, method expressions, package members). Builtins: check_builtin.cpp.
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
        methodExpr(e);
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
            // Method values (x.M not called) bind the receiver when evaluated:
            // codegen_method.cpp (user methods) and codegen_libvalue.cpp (library).
            (void)callee;
            return;
        }
    }
    std::string what = "field or method";
    error(e->sel->pos, exprString(e) + " undefined (type " + t->str() + " has no " + what + " " + name + ")");
}

// methodExpr checks T.M / (*T).M (spec "Method expressions"): a function
// whose first parameter is the receiver. T's method set has the value-receiver
// methods; *T's has all of them.
void Checker::methodExpr(SelectorExpr *e)
{
    Type *t = e->x->type;
    const std::string &name = e->sel->name;
    Type *base = t;
    bool ptr = false;
    if (t->kind == TypeKind::Pointer) { base = t->elem; ptr = true; }
    Object *m = nullptr;
    if (base->kind == TypeKind::Named && !(ptr && isInterface(base)))
        for (Object *o : base->methods)
            if (o->name == name) { m = o; break; }
    if (!m) {
        error(e->sel->pos, exprString(e) + " undefined (type " + t->str() + " has no field or method " + name + ")");
        return;
    }
    if (m->ptrRecv && !ptr) {
        error(e->sel->pos, "cannot call pointer method " + name + " on " + t->str());   // go1.19's wording
        return;
    }
    const Type *ms = m->type->underlying();
    Type *sig = m_types.newType(TypeKind::Signature);
    sig->params.push_back(t);
    for (Type *p : ms->params) sig->params.push_back(p);
    sig->results = ms->results;
    sig->variadic = ms->variadic;
    e->selKind = SelKind::MethodExpr;
    e->sel->obj = m;
    e->type = sig;
    e->sel->type = sig;
    e->mode = ExprMode::Value;
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
        if (sel->selKind == SelKind::MethodExpr) e->callKind = CallKind::Func;   // T.M(x, args): through the func value
        else if (m && m->lib != LibFunc::None) { e->callKind = CallKind::Lib; e->libFunc = m->lib; }
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

} // namespace gsl::lang
