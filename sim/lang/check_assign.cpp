// check_assign.cpp — assignments, short variable declarations and local
// var/const declarations (split from check_stmt.cpp).
#include "sim/lang/check_internal.h"

namespace gsl::lang {

namespace {
Expr *unparen(Expr *e)
{
    while (auto *p = as<ParenExpr>(e)) e = p->x;
    return e;
}
bool isNilType(const Type *t) { return t && t->kind == TypeKind::Basic && t->basic == BasicKind::UntypedNil; }
} // namespace

std::vector<Expr *> Checker::rhsValues(const std::vector<Expr *> &rhs, size_t nlhs, Pos, std::vector<Type *> &types,
                                       bool &ok)
{
    ok = true;
    types.clear();
    if (rhs.size() == 1) {
        Expr *r = rhs[0];
        rawExpr(r, nullptr);
        if (r->mode == ExprMode::Invalid) { ok = false; return {}; }
        if (r->type->kind == TypeKind::Tuple && r->mode != ExprMode::NoValue) {
            if (r->type->elems.size() == nlhs) { types = r->type->elems; return {}; }
            auto *c = as<CallExpr>(unparen(r));
            error(r->pos, "assignment mismatch: " + std::to_string(nlhs) + " variable" + (nlhs > 1 ? "s" : "") + " but "
                              + (c ? exprString(c->fun) : exprString(r)) + " returns " + std::to_string(r->type->elems.size())
                              + " value" + (r->type->elems.size() == 1 ? "" : "s"));
            ok = false;
            return {};
        }
        if (nlhs == 2 && (r->mode == ExprMode::MapIndex || r->mode == ExprMode::CommaOk)) {
            types = {r->type, m_types.basic(BasicKind::Bool)};
            return {};
        }
        singleValue(r);   // reports no-value / type misuse
        if (r->mode == ExprMode::Invalid) { ok = false; return {}; }
        if (nlhs == 1) { types.push_back(r->type); return rhs; }
        error(r->pos, "assignment mismatch: " + std::to_string(nlhs) + " variables but 1 value");
        ok = false;
        return {};
    }
    for (Expr *r : rhs) expr(r);
    if (rhs.size() != nlhs) {
        if (!rhs.empty()) {
            auto *c = as<CallExpr>(unparen(rhs[0]));
            if (rhs.size() == 1 && c && c->type && c->type->kind == TypeKind::Tuple && c->mode != ExprMode::NoValue)
                error(rhs[0]->pos, "assignment mismatch: " + std::to_string(nlhs) + " variable" + (nlhs > 1 ? "s" : "")
                                       + " but " + exprString(c->fun) + " returns " + std::to_string(c->type->elems.size()) + " values");
            else
                error(rhs[0]->pos, "assignment mismatch: " + std::to_string(nlhs) + " variable" + (nlhs > 1 ? "s" : "") + " but "
                                       + std::to_string(rhs.size()) + " value" + (rhs.size() > 1 ? "s" : ""));
        }
        ok = false;
        return {};
    }
    for (Expr *r : rhs) {
        if (r->mode == ExprMode::Invalid) ok = false;
        types.push_back(r->type);
    }
    return rhs;
}

void Checker::defineVars(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs, Pos tokPos, bool loopVars)
{
    std::vector<Type *> types;
    bool ok;
    std::vector<Expr *> single = rhsValues(rhs, lhs.size(), tokPos, types, ok);
    bool anyNew = false;
    std::vector<std::pair<Ident *, Object *>> toDeclare;
    for (size_t i = 0; i < lhs.size(); ++i) {
        auto *id = as<Ident>(lhs[i]);
        if (!id) {
            error(lhs[i]->pos, "non-name " + exprString(lhs[i]) + " on left side of :=");
            continue;
        }
        for (size_t j = 0; j < i; ++j)
            if (auto *o = as<Ident>(lhs[j]); o && o->name == id->name && id->name != "_")
                error(id->pos, id->name + " repeated on left side of :=");
        Expr *r = ok && !single.empty() ? single[i] : nullptr;
        Type *t = ok && i < types.size() ? types[i] : m_types.invalid();
        Object *existing = id->name == "_" ? nullptr : m_scope->lookupLocal(id->name);
        if (existing && existing->kind == ObjKind::Var) {
            // Redeclaration in the same scope: plain assignment to the old variable.
            id->obj = existing;
            id->type = existing->type;
            id->mode = ExprMode::Variable;
            if (r) assignment(r, existing->type, "assignment");
            continue;
        }
        if (id->name != "_") anyNew = true;
        if (r) {
            if (isNilType(r->type)) { error(r->pos, "use of untyped nil in assignment"); t = m_types.invalid(); }
            else { defaultType(r); t = r->type; }
        } else if (isUntyped(t)) {
            t = m_types.basic(BasicKind::Bool);
        }
        Object *v = newVar(id, t);
        v->isLoopVar = loopVars;
        toDeclare.emplace_back(id, v);
    }
    for (auto &[id, v] : toDeclare) {
        declare(m_scope, id, v);
        id->type = v->type;
        id->mode = ExprMode::Variable;
    }
    if (!anyNew && !lhs.empty()) error(tokPos, "no new variables on left side of :=");
}

Type *Checker::assignLhs(Expr *lhs)
{
    if (auto *id = as<Ident>(unparen(lhs)); id && id->name == "_") {
        id->mode = ExprMode::Variable;
        return nullptr;
    }
    if (auto *id = as<Ident>(lhs)) ident(id, true);
    else expr(lhs);
    if (lhs->mode == ExprMode::Invalid) return m_types.invalid();
    if (lhs->mode != ExprMode::Variable && lhs->mode != ExprMode::MapIndex) {
        auto *s = as<SelectorExpr>(unparen(lhs));
        if (s && s->selKind == SelKind::Field && as<IndexExpr>(unparen(s->x)) && unparen(s->x)->mode == ExprMode::MapIndex)
            error(lhs->pos, "cannot assign to struct field " + exprString(lhs) + " in map");
        else
            error(lhs->pos, "cannot assign to " + operandStr(lhs));
        return m_types.invalid();
    }
    return lhs->type;
}

void Checker::assignVars(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs, Pos tokPos)
{
    std::vector<Type *> ltypes;
    for (Expr *l : lhs) ltypes.push_back(assignLhs(l));
    std::vector<Type *> types;
    bool ok;
    std::vector<Expr *> single = rhsValues(rhs, lhs.size(), tokPos, types, ok);
    if (!ok) return;
    for (size_t i = 0; i < lhs.size(); ++i) {
        Type *lt = ltypes[i];
        if (lt == m_types.invalid()) continue;
        if (!single.empty()) {
            Expr *r = single[i];
            if (!lt) {   // blank
                if (isNilType(r->type)) error(r->pos, "use of untyped nil in assignment");
                else defaultType(r);
                continue;
            }
            assignment(r, lt, "assignment");
        } else if (lt && !identical(types[i], lt) && !(lt->underlying()->kind == TypeKind::Interface && lt->underlying()->isEmptyInterface)) {
            if (types[i]->kind == TypeKind::Basic && types[i]->basic == BasicKind::Bool && isBoolean(lt)) continue;
            error(rhs[0]->pos, "cannot use " + exprString(rhs[0]) + " (value of type " + types[i]->str() + ") as " + lt->str()
                                   + " value in assignment");
        }
    }
}

void Checker::assignStmt(AssignStmt *s)
{
    if (s->tok == Tok::Define) { defineVars(s->lhs, s->rhs, s->tokPos, false); return; }
    if (s->tok == Tok::Assign) { assignVars(s->lhs, s->rhs, s->tokPos); return; }
    // op-assignment: x op= y behaves as x = x op y with x evaluated once.
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
        error(s->tokPos, "assignment operation " + std::string(tokString(s->tok)) + " requires single-valued expressions");
        return;
    }
    Expr *x = s->lhs[0], *y = s->rhs[0];
    expr(x);
    expr(y);
    if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) return;
    if (x->mode != ExprMode::Variable && x->mode != ExprMode::MapIndex) {
        error(x->pos, "cannot assign to " + operandStr(x));
        return;
    }
    Tok op = assignOpBase(s->tok);
    std::string es = exprString(x) + " " + std::string(tokString(s->tok)) + " " + exprString(y);
    if (op == Tok::Shl || op == Tok::Shr) {
        if (!isInteger(y->type)) { error(y->pos, "invalid operation: shift count " + operandStr(y) + " must be integer"); return; }
        if (y->mode == ExprMode::Constant && y->cv.i < 0) { error(y->pos, "invalid operation: negative shift count " + operandStr(y)); return; }
        if (isUntyped(y->type)) setType(y, m_types.basic(BasicKind::Int));
        if (!isInteger(x->type)) error(x->pos, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
        return;
    }
    if (isUntyped(y->type)) {
        Conv c = convertUntyped(y, x->type);
        if (c == ConvOverflow) { error(y->pos, operandStr(y) + " overflows " + x->type->str()); return; }
        if (c == ConvMismatch) {
            error(x->pos, "invalid operation: " + es + " (mismatched types " + x->type->str() + " and " + y->type->str() + ")");
            return;
        }
    } else if (!identical(x->type, y->type)) {
        error(x->pos, "invalid operation: " + es + " (mismatched types " + x->type->str() + " and " + y->type->str() + ")");
        return;
    }
    bool okOp = op == Tok::Add ? isInteger(x->type) || isString(x->type) : isInteger(x->type);
    if (!okOp) {
        error(x->pos, "invalid operation: operator " + std::string(tokString(op)) + " not defined on " + operandStr(x));
        return;
    }
    if ((op == Tok::Quo || op == Tok::Rem) && y->mode == ExprMode::Constant && y->cv.kind == ConstValue::Int && y->cv.i == 0)
        error(y->pos, "invalid operation: division by zero");
}

void Checker::localDecl(GenDecl *d)
{
    for (Node *spec : d->specs) {
        if (auto *vs = as<ValueSpec>(spec)) {
            if (d->tok == Tok::Var) varSpec(vs, false);
            else constSpec(vs, nullptr);
        } else if (auto *ts = as<TypeSpec>(spec)) {
            Object *o = m_types.newObject(ObjKind::TypeName, ts->name->name, ts->name->pos, nullptr);
            if (!ts->alias) o->type = m_types.newNamed(ts->name->name, o);
            declare(m_scope, ts->name, o);
            typeDecl(o, ts);
        }
    }
}

void Checker::varSpec(ValueSpec *spec, bool global)
{
    if (global)
        for (Ident *id : spec->names)
            if (id->obj) m_decls[id->obj->id].state = 1;
    Type *t = spec->type ? typeExpr(spec->type) : nullptr;
    std::vector<Type *> types(spec->names.size(), t ? t : m_types.invalid());
    const char *ctx = "variable declaration";
    if (!spec->values.empty()) {
        std::vector<Type *> vt;
        bool ok;
        std::vector<Expr *> single = rhsValues(spec->values, spec->names.size(), spec->pos, vt, ok);
        for (size_t i = 0; ok && i < spec->names.size(); ++i) {
            if (!single.empty()) {
                Expr *r = single[i];
                if (t) assignment(r, t, ctx);
                else if (isNilType(r->type)) { error(r->pos, std::string("use of untyped nil in ") + ctx); types[i] = m_types.invalid(); continue; }
                else { defaultType(r); types[i] = r->type; }
            } else if (!t) {
                types[i] = vt[i];
            } else if (!identical(vt[i], t) && !(t->underlying()->kind == TypeKind::Interface && t->underlying()->isEmptyInterface)) {
                error(spec->values[0]->pos, "cannot use " + exprString(spec->values[0]) + " (value of type " + vt[i]->str()
                                                + ") as " + t->str() + " value in " + ctx);
            }
        }
    }
    for (size_t i = 0; i < spec->names.size(); ++i) {
        Ident *id = spec->names[i];
        if (global) {
            if (id->obj) { id->obj->type = types[i]; m_decls[id->obj->id].state = 2; }
            id->type = types[i];
            id->mode = ExprMode::Variable;
            continue;
        }
        Object *v = newVar(id, types[i]);
        declare(m_scope, id, v);
        id->type = types[i];
        id->mode = ExprMode::Variable;
    }
}

void Checker::constSpec(ValueSpec *spec, Object *)
{
    bool global = m_scope == m_pkg;
    if (global)
        for (Ident *id : spec->names)
            if (id->obj) m_decls[id->obj->id].state = 1;
    int savedIota = m_iota;
    m_iota = spec->iota;
    Type *t = spec->type ? typeExpr(spec->type) : nullptr;
    if (t && t != m_types.invalid()) {
        Type *u = t->underlying();
        if (u->kind != TypeKind::Basic) { error(spec->type->pos, "invalid constant type " + t->str()); t = m_types.invalid(); }
    }
    std::vector<std::pair<Type *, ConstValue>> vals;
    for (size_t i = 0; i < spec->names.size(); ++i) {
        if (i >= spec->values.size()) {
            error(spec->names[i]->pos, "missing init expr for const declaration");
            vals.emplace_back(m_types.invalid(), ConstValue{});
            continue;
        }
        Expr *v = spec->values[i];
        expr(v);
        if (v->mode == ExprMode::Invalid) { vals.emplace_back(m_types.invalid(), ConstValue{}); continue; }
        if (v->mode != ExprMode::Constant) {
            error(v->pos, operandStr(v) + " is not constant");
            vals.emplace_back(m_types.invalid(), ConstValue{});
            continue;
        }
        Type *vt = v->type;
        if (t && t != m_types.invalid()) {
            if (!assignment(v, t, "constant declaration")) { vals.emplace_back(m_types.invalid(), ConstValue{}); continue; }
            vt = t;
        }
        vals.emplace_back(vt, v->cv);
    }
    if (spec->values.size() > spec->names.size() && !spec->inherited)
        error(spec->values[spec->names.size()]->pos, "extra init expr");
    m_iota = savedIota;
    for (size_t i = 0; i < spec->names.size(); ++i) {
        Ident *id = spec->names[i];
        Object *o = global ? id->obj : m_types.newObject(ObjKind::Const, id->name, id->pos, nullptr);
        if (!o) continue;
        o->type = vals[i].first;
        o->val = vals[i].second;
        id->type = o->type;
        id->cv = o->val;
        id->mode = o->type == m_types.invalid() ? ExprMode::Invalid : ExprMode::Constant;
        if (global) m_decls[o->id].state = 2;
        else declare(m_scope, id, o);
    }
}

} // namespace gsl::lang
