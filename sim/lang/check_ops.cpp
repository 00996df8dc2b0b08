// check_ops.cpp — operators, untyped-constant conversion and assignability.
#include "sim/lang/check_internal.h"

namespace gsl::lang {

namespace {
bool isNil(const Expr *e)
{
    return e->type && e->type->kind == TypeKind::Basic && e->type->basic == BasicKind::UntypedNil;
}
} // namespace

void Checker::setType(Expr *e, Type *t)
{
    for (int guard = 0; e && guard < 1000; ++guard) {
        if (!isUntyped(e->type) && e->type != nullptr) { if (e->kind != NodeKind::ParenExpr) return; }
        e->type = t;
        if (auto *p = as<ParenExpr>(e)) { e = p->x; continue; }
        if (auto *u = as<UnaryExpr>(e)) { e = u->x; continue; }
        if (auto *b = as<BinaryExpr>(e)) {
            if (b->op == Tok::Shl || b->op == Tok::Shr) { e = b->x; continue; }
            if (precedence(b->op) == 3) return;   // comparison: operands keep their own types
            setType(b->x, t);
            e = b->y;
            continue;
        }
        return;
    }
}

void Checker::defaultType(Expr *e)
{
    if (!isUntyped(e->type)) return;
    switch (e->type->basic) {
    case BasicKind::UntypedBool: setType(e, m_types.basic(BasicKind::Bool)); break;
    case BasicKind::UntypedInt: setType(e, m_types.basic(BasicKind::Int)); break;
    case BasicKind::UntypedRune: setType(e, m_types.runeType()); break;
    case BasicKind::UntypedString: setType(e, m_types.basic(BasicKind::String)); break;
    default: break;
    }
}

Checker::Conv Checker::convertUntyped(Expr *e, Type *target)
{
    if (!isUntyped(e->type) || target == m_types.invalid()) return ConvOk;
    Type *u = target->underlying();
    BasicKind k = e->type->basic;
    if (k == BasicKind::UntypedNil) {
        if (!hasNil(target)) return ConvMismatch;
        setType(e, target);
        return ConvOk;
    }
    if (u->kind == TypeKind::Interface) {
        if (!u->isEmptyInterface) return ConvMismatch;   // error: only error values
        defaultType(e);   // values stored in interfaces carry their default type
        return ConvOk;
    }
    bool ok = false;
    if (k == BasicKind::UntypedBool) ok = isBoolean(u);
    else if (k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) ok = isInteger(u);
    else if (k == BasicKind::UntypedString) ok = isString(u);
    if (!ok) return ConvMismatch;
    if (e->mode == ExprMode::Constant && !representable(e->cv, target)) return ConvOverflow;
    setType(e, target);
    return ConvOk;
}

bool Checker::assignableTo(Expr *e, Type *t, std::string *reason)
{
    Type *v = e->type;
    if (identical(v, t)) return true;
    Type *vu = v->underlying(), *tu = t->underlying();
    if (tu->kind == TypeKind::Interface) {
        if (tu->isEmptyInterface) return true;
        // error: a user type implements it with Error() string in its method set
        // (T: value receivers; *T: all methods of T).
        const Type *named = v;
        bool ptr = false;
        if (v->kind == TypeKind::Pointer && v->elem && v->elem->kind == TypeKind::Named) { named = v->elem; ptr = true; }
        if (named->kind == TypeKind::Named && named->lib == LibType::None) {
            for (const Object *m : named->methods) {
                if (m->name != "Error") continue;
                const Type *s = m->type ? m->type->underlying() : nullptr;
                bool shape = s && s->kind == TypeKind::Signature && s->params.empty() && s->results.size() == 1 &&
                             s->results[0]->kind == TypeKind::Basic && s->results[0]->basic == BasicKind::String;
                if (shape && (ptr || !m->ptrRecv)) return true;
                if (reason) {
                    if (!shape)
                        *reason = ":\n\t" + v->str() + " does not implement error (wrong type for Error method)\n\t\thave Error" +
                                  (m->type ? m->type->str().substr(4) : std::string("()")) + "\n\t\twant Error() string";
                    else
                        *reason = ":\n\t" + v->str() + " does not implement error (Error method has pointer receiver)";
                }
                return false;
            }
        }
        if (reason) *reason = ":\n\t" + v->str() + " does not implement error (missing Error method)";
        return false;
    }
    if (identical(vu, tu) && (v->kind != TypeKind::Named || t->kind != TypeKind::Named) && vu->kind != TypeKind::Basic)
        return true;
    if (vu->kind == TypeKind::Chan && tu->kind == TypeKind::Chan && vu->dir == ChanDir::Both && identical(vu->elem, tu->elem)
        && (v->kind != TypeKind::Named || t->kind != TypeKind::Named))
        return true;
    if (isNil(e) && hasNil(t)) return true;
    return false;
}

bool Checker::assignment(Expr *e, Type *target, const std::string &context)
{
    if (e->mode == ExprMode::Invalid || !target || target == m_types.invalid() || e->type == m_types.invalid()) return false;
    if (isUntyped(e->type)) {
        bool nil = isNil(e);
        Conv c = convertUntyped(e, target);
        if (c == ConvOverflow) {
            error(e->pos, "cannot use " + operandStr(e) + " as " + target->str() + " value in " + context + " (overflows)");
            return false;
        }
        if (c == ConvMismatch) {
            if (nil) error(e->pos, "cannot use nil as " + target->str() + " value in " + context);
            else error(e->pos, "cannot use " + operandStr(e) + " as " + target->str() + " value in " + context);
            return false;
        }
        return true;
    }
    std::string reason;
    if (!assignableTo(e, target, &reason)) {
        // go1.19 types2 wording for a typed operand: "as type T in" (untyped ones: "as T value in")
        error(e->pos, "cannot use " + operandStr(e) + " as type " + target->str() + " in " + context + reason);
        return false;
    }
    return true;
}

bool Checker::matchTypes(BinaryExpr *e)
{
    Expr *x = e->x, *y = e->y;
    // types2 reports a mismatch in a comparison at the right operand.
    Pos errPos = precedence(e->op) == 3 ? y->pos : x->pos;
    auto mismatch = [&]() {
        error(errPos, "invalid operation: " + exprString(e) + " (mismatched types " + x->type->str() + " and " + y->type->str() + ")");
        e->mode = ExprMode::Invalid;
        return false;
    };
    bool ux = isUntyped(x->type), uy = isUntyped(y->type);
    if (ux && uy) {
        if (isNil(x) || isNil(y)) return isNil(x) && isNil(y) ? true : mismatch();
        bool ix = isInteger(x->type), iy = isInteger(y->type);
        if (ix && iy) {
            // rune wins over int, as in Go (the "larger" untyped kind)
            if (x->type != y->type) {
                Type *r = m_types.basic(BasicKind::UntypedRune);
                x->type = y->type = r;
            }
            return true;
        }
        if (x->type->basic == y->type->basic) return true;
        return mismatch();
    }
    auto convertOne = [&](Expr *u, Expr *other) {
        Conv c = convertUntyped(u, other->type);
        if (c == ConvOverflow) {
            error(u->pos, operandStr(u) + " overflows " + other->type->str());
            e->mode = ExprMode::Invalid;
            return false;
        }
        if (c == ConvMismatch) {
            if (isNil(u)) {
                error(u->pos, "invalid operation: " + exprString(e) + " (mismatched types " + x->type->str() + " and untyped nil)");
                e->mode = ExprMode::Invalid;
                return false;
            }
            return mismatch();
        }
        return true;
    };
    if (ux) return convertOne(x, y);
    if (uy) return convertOne(y, x);
    if (!identical(x->type, y->type)) return mismatch();
    return true;
}

void Checker::binary(BinaryExpr *e)
{
    if (e->op == Tok::Shl || e->op == Tok::Shr) { shift(e); return; }
    if (precedence(e->op) == 3) { comparison(e); return; }
    expr(e->x);
    expr(e->y);
    if (e->x->mode == ExprMode::Invalid || e->y->mode == ExprMode::Invalid) return;
    if (!matchTypes(e)) return;
    Type *t = e->x->type;
    bool ok;
    switch (e->op) {
    case Tok::LAnd: case Tok::LOr: ok = isBoolean(t); break;
    case Tok::Add: ok = isInteger(t) || isString(t); break;
    default: ok = isInteger(t); break;
    }
    if (!ok) {
        if (e->op != Tok::LAnd && e->op != Tok::LOr && t->underlying()->kind == TypeKind::Basic && !isBoolean(t)
            && !isString(t) && !isInteger(t)) {
            // e.g. untyped nil
        }
        error(e->x->pos, "invalid operation: operator " + std::string(tokString(e->op)) + " not defined on " + operandStr(e->x));
        return;
    }
    if ((e->op == Tok::Quo || e->op == Tok::Rem) && e->y->mode == ExprMode::Constant && e->y->cv.kind == ConstValue::Int
        && e->y->cv.i == 0) {
        error(e->y->pos, "invalid operation: division by zero");
        return;
    }
    e->type = t;
    if (e->x->mode == ExprMode::Constant && e->y->mode == ExprMode::Constant) {
        constBinary(e, t);
        return;
    }
    e->mode = ExprMode::Value;
}

void Checker::shift(BinaryExpr *e)
{
    expr(e->x);
    expr(e->y);
    if (e->x->mode == ExprMode::Invalid || e->y->mode == ExprMode::Invalid) return;
    Expr *x = e->x, *y = e->y;
    if (!isInteger(y->type)) {
        error(y->pos, "invalid operation: shift count " + operandStr(y) + " must be integer");
        return;
    }
    if (y->mode == ExprMode::Constant && y->cv.i < 0) {
        error(y->pos, "invalid operation: negative shift count " + operandStr(y));
        return;
    }
    if (isUntyped(y->type)) setType(y, m_types.basic(BasicKind::Int));
    if (!isInteger(x->type)) {
        error(x->pos, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
        return;
    }
    if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
        e->type = x->type;
        constBinary(e, x->type);
        return;
    }
    // Simplification: an untyped constant shifted by a variable amount takes
    // type int instead of the type its context would give it.
    if (isUntyped(x->type)) {
        if (x->mode == ExprMode::Constant && !representable(x->cv, m_types.basic(BasicKind::Int))) {
            error(x->pos, operandStr(x) + " overflows int");
            return;
        }
        setType(x, m_types.basic(BasicKind::Int));
    }
    e->type = x->type;
    e->mode = ExprMode::Value;
}

void Checker::comparison(BinaryExpr *e)
{
    expr(e->x);
    expr(e->y);
    if (e->x->mode == ExprMode::Invalid || e->y->mode == ExprMode::Invalid) return;
    Expr *x = e->x, *y = e->y;
    bool eq = e->op == Tok::Eql || e->op == Tok::Neq;
    if (isNil(x) && !isNil(y) && hasNil(y->type)) setType(x, y->type);
    else if (isNil(y) && !isNil(x) && hasNil(x->type)) setType(y, x->type);
    else if (!matchTypes(e)) return;
    Type *t = x->type;
    Type *u = t->underlying();
    std::string why;
    if (eq) {
        bool nilCmp = isNil(e->x) || isNil(e->y) || (x->type == y->type && (e->x->kind == NodeKind::Ident && static_cast<Ident *>(e->x)->name == "nil"));
        bool xnil = as<Ident>(x) && static_cast<Ident *>(x)->obj && static_cast<Ident *>(x)->obj->kind == ObjKind::Nil;
        bool ynil = as<Ident>(y) && static_cast<Ident *>(y)->obj && static_cast<Ident *>(y)->obj->kind == ObjKind::Nil;
        nilCmp = nilCmp || xnil || ynil;
        if (!isComparable(t) && !nilCmp) {
            const char *what = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map"
                               : u->kind == TypeKind::Signature ? "func" : nullptr;
            why = what ? std::string(what) + " can only be compared to nil" : "operator == not defined on " + operandStr(x);
        }
    } else if (!isInteger(t) && !isString(t)) {
        why = "operator " + std::string(tokString(e->op)) + " not defined on " + operandStr(x);
    }
    if (!why.empty()) {
        error(x->pos, "invalid operation: " + exprString(e) + " (" + why + ")");
        return;
    }
    if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
        e->type = m_types.basic(BasicKind::UntypedBool);
        constBinary(e, nullptr);
        return;
    }
    // Simplification: a non-constant comparison is typed bool at once (Go
    // keeps it untyped bool until the context decides).
    if (isUntyped(x->type)) defaultType(x);
    if (isUntyped(y->type)) defaultType(y);
    e->type = m_types.basic(BasicKind::Bool);
    e->mode = ExprMode::Value;
}

void Checker::unary(UnaryExpr *e)
{
    if (e->op == Tok::And) {
        Expr *x = e->x;
        while (auto *p = as<ParenExpr>(x)) x = p->x;
        if (auto *cl = as<CompositeLit>(x)) {
            rawExpr(e->x, nullptr);
            if (cl->mode == ExprMode::Invalid) return;
            e->type = m_types.pointer(cl->type);
            e->mode = ExprMode::Value;
            return;
        }
        expr(e->x);
        if (e->x->mode == ExprMode::Invalid) return;
        if (e->x->mode != ExprMode::Variable) {
            error(e->x->pos, "invalid operation: cannot take address of " + operandStr(e->x));
            return;
        }
        markAddressTaken(e->x);
        e->type = m_types.pointer(e->x->type);
        e->mode = ExprMode::Value;
        return;
    }
    expr(e->x);
    if (e->x->mode == ExprMode::Invalid) return;
    Type *t = e->x->type;
    switch (e->op) {
    case Tok::Arrow: {
        Type *u = t->underlying();
        if (u->kind != TypeKind::Chan) {
            error(e->pos, "invalid operation: cannot receive from non-channel " + operandStr(e->x));
            return;
        }
        if (u->dir == ChanDir::Send) {
            error(e->pos, "invalid operation: cannot receive from send-only channel " + operandStr(e->x));
            return;
        }
        e->type = u->elem;
        e->mode = ExprMode::CommaOk;
        return;
    }
    case Tok::Not:
        if (!isBoolean(t)) { error(e->pos, "invalid operation: operator ! not defined on " + operandStr(e->x)); return; }
        break;
    case Tok::Add: case Tok::Sub: case Tok::Xor:
        if (!isInteger(t)) {
            error(e->pos, "invalid operation: operator " + std::string(tokString(e->op)) + " not defined on " + operandStr(e->x));
            return;
        }
        break;
    default:
        error(e->pos, "invalid operation: operator " + std::string(tokString(e->op)) + " not defined on " + operandStr(e->x));
        return;
    }
    e->type = t;
    if (e->x->mode == ExprMode::Constant) { constUnary(e); return; }
    e->mode = ExprMode::Value;
}

} // namespace gsl::lang
