// check_stmt.cpp — statements: assignments and declarations, control flow,
// branch targets and terminating-statement analysis ("missing return").
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

void Checker::stmtList(const std::vector<Stmt *> &list)
{
    for (Stmt *s : list) stmt(s);
}

void Checker::block(BlockStmt *b)
{
    if (!b) return;
    openScope();
    stmtList(b->list);
    closeScope();
}

void Checker::stmt(Stmt *s)
{
    if (!s) return;
    if (s->kind != NodeKind::SwitchStmt && s->kind != NodeKind::SelectStmt) m_nextLabel = nullptr;
    switch (s->kind) {
    case NodeKind::BadStmt: case NodeKind::EmptyStmt: return;
    case NodeKind::DeclStmt: localDecl(static_cast<DeclStmt *>(s)->decl); return;
    case NodeKind::LabeledStmt: {
        auto *ls = static_cast<LabeledStmt *>(s);
        bool dup = false;
        for (LabeledStmt *l : m_labels) dup = dup || l->label->name == ls->label->name;
        if (dup) error(ls->label->pos, "label " + ls->label->name + " already defined");
        Object *o = m_types.newObject(ObjKind::Label, ls->label->name, ls->label->pos, nullptr);
        ls->label->obj = o;
        ls->label->isDef = true;
        m_labels.push_back(ls);
        m_nextLabel = ls->label;
        stmt(ls->stmt);
        m_nextLabel = nullptr;
        return;
    }
    case NodeKind::ExprStmt: {
        Expr *x = static_cast<ExprStmt *>(s)->x;
        rawExpr(x, nullptr);
        if (x->mode == ExprMode::Invalid) return;
        Expr *u = unparen(x);
        if (auto *c = as<CallExpr>(u)) {
            if (c->callKind == CallKind::Conversion) { error(x->pos, operandStr(x) + " is not used"); return; }
            if (c->callKind == CallKind::Builtin) {
                switch (c->builtin) {
                case Builtin::Append: case Builtin::Cap: case Builtin::Len: case Builtin::Make: case Builtin::New:
                    error(x->pos, operandStr(x) + " is not used");
                    return;
                default: return;
                }
            }
            return;
        }
        if (auto *un = as<UnaryExpr>(u); un && un->op == Tok::Arrow) return;
        if (x->mode == ExprMode::TypeExpr) { error(x->pos, exprString(x) + " (type) is not an expression"); return; }
        if (x->mode == ExprMode::Builtin) { error(x->pos, exprString(x) + " (built-in) must be called"); return; }
        error(x->pos, operandStr(x) + " is not used");
        return;
    }
    case NodeKind::SendStmt: {
        auto *ss = static_cast<SendStmt *>(s);
        expr(ss->chan);
        expr(ss->value);
        if (ss->chan->mode == ExprMode::Invalid || ss->value->mode == ExprMode::Invalid) return;
        Type *u = ss->chan->type->underlying();
        if (u->kind != TypeKind::Chan) {
            error(ss->pos, "invalid operation: cannot send to non-channel " + operandStr(ss->chan));
            return;
        }
        if (u->dir == ChanDir::Recv) {
            error(ss->pos, "invalid operation: cannot send to receive-only channel " + operandStr(ss->chan));
            return;
        }
        assignment(ss->value, u->elem, "send");
        return;
    }
    case NodeKind::IncDecStmt: {
        auto *ids = static_cast<IncDecStmt *>(s);
        expr(ids->x);
        if (ids->x->mode == ExprMode::Invalid) return;
        if (!isInteger(ids->x->type)) {
            error(ids->x->pos, "invalid operation: " + exprString(ids->x) + std::string(tokString(ids->tok))
                                   + " (non-numeric type " + ids->x->type->str() + ")");
            return;
        }
        if (ids->x->mode != ExprMode::Variable && ids->x->mode != ExprMode::MapIndex)
            error(ids->x->pos, "cannot assign to " + operandStr(ids->x));
        return;
    }
    case NodeKind::AssignStmt: assignStmt(static_cast<AssignStmt *>(s)); return;
    case NodeKind::GoStmt: goDefer(static_cast<GoStmt *>(s)->call, "go"); return;
    case NodeKind::DeferStmt: goDefer(static_cast<DeferStmt *>(s)->call, "defer"); return;
    case NodeKind::ReturnStmt: returnStmt(static_cast<ReturnStmt *>(s)); return;
    case NodeKind::BranchStmt: branchStmt(static_cast<BranchStmt *>(s)); return;
    case NodeKind::BlockStmt: block(static_cast<BlockStmt *>(s)); return;
    case NodeKind::IfStmt: {
        auto *is = static_cast<IfStmt *>(s);
        openScope();
        stmt(is->init);
        expr(is->cond);
        if (is->cond->mode != ExprMode::Invalid && !isBoolean(is->cond->type))
            error(is->cond->pos, "non-boolean condition in if statement");
        else if (is->cond->mode != ExprMode::Invalid)
            defaultType(is->cond);
        block(is->body);
        stmt(is->els);
        closeScope();
        return;
    }
    case NodeKind::SwitchStmt: switchStmt(static_cast<SwitchStmt *>(s)); return;
    case NodeKind::TypeSwitchStmt: unsupported(s->pos, "type switch"); return;
    case NodeKind::SelectStmt: selectStmt(static_cast<SelectStmt *>(s)); return;
    case NodeKind::ForStmt: forStmt(static_cast<ForStmt *>(s)); return;
    case NodeKind::RangeStmt: rangeStmt(static_cast<RangeStmt *>(s)); return;
    default: return;
    }
}

void Checker::goDefer(CallExpr *c, const char *what)
{
    if (!c || !c->fun) return;
    rawExpr(c, nullptr);
    if (c->callKind == CallKind::Conversion) {
        error(c->pos, std::string(what) + " requires function call, not conversion");
    } else if (c->callKind == CallKind::Builtin) {
        switch (c->builtin) {
        case Builtin::Append: case Builtin::Cap: case Builtin::Len: case Builtin::Make: case Builtin::New:
            error(c->pos, std::string(what) + " discards result of " + exprString(c));
            break;
        default: break;
        }
    }
}

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

void Checker::rangeStmt(RangeStmt *s)
{
    openScope();
    expr(s->x);
    Type *keyT = nullptr, *valT = nullptr;
    bool oneVarOnly = false;
    if (s->x->mode != ExprMode::Invalid) {
        Type *t = s->x->type;
        Type *u = t->underlying();
        if (isString(u)) {
            if (isUntyped(t)) setType(s->x, m_types.basic(BasicKind::String));
            s->rangeKind = RangeKind::String;
            keyT = m_types.basic(BasicKind::Int);
            valT = m_types.runeType();
        } else if (isInteger(u)) {
            if (m_go < GoVersion{1, 22}) {
                error(s->x->pos, "cannot range over " + operandStr(s->x));
            } else {
                if (isUntyped(t)) setType(s->x, m_types.basic(BasicKind::Int));
                s->rangeKind = RangeKind::Int;
                keyT = s->x->type;
                oneVarOnly = true;
            }
        } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Array) {
            s->rangeKind = u->kind == TypeKind::Slice ? RangeKind::Slice : RangeKind::Array;
            keyT = m_types.basic(BasicKind::Int);
            valT = u->elem;
        } else if (u->kind == TypeKind::Pointer && u->elem->underlying()->kind == TypeKind::Array) {
            s->rangeKind = RangeKind::PtrArray;
            keyT = m_types.basic(BasicKind::Int);
            valT = u->elem->underlying()->elem;
        } else if (u->kind == TypeKind::Map) {
            s->rangeKind = RangeKind::Map;
            keyT = u->key;
            valT = u->elem;
        } else if (u->kind == TypeKind::Chan) {
            if (u->dir == ChanDir::Send) error(s->x->pos, "invalid operation: range " + exprString(s->x) + " receive from send-only channel");
            else {
                s->rangeKind = RangeKind::Chan;
                keyT = u->elem;
                oneVarOnly = true;
            }
        } else if (u->kind == TypeKind::Signature) {
            unsupported(s->x->pos, "range over function");
        } else {
            error(s->x->pos, "cannot range over " + operandStr(s->x));
        }
    }
    if (keyT && oneVarOnly && s->value) {
        error(s->value->pos, "range over " + operandStr(s->x) + " permits only one iteration variable");
        keyT = nullptr;
    }
    Expr *vars[2] = {s->key, s->value};
    Type *vtypes[2] = {keyT ? keyT : m_types.invalid(), keyT && valT ? valT : m_types.invalid()};
    if (s->tok == Tok::Define) {
        std::vector<std::pair<Ident *, Object *>> decl;
        for (int i = 0; i < 2; ++i) {
            if (!vars[i]) continue;
            auto *id = as<Ident>(vars[i]);
            if (!id) { error(vars[i]->pos, "non-name " + exprString(vars[i]) + " on left side of :="); continue; }
            Object *v = newVar(id, vtypes[i]);
            v->isLoopVar = true;
            decl.emplace_back(id, v);
        }
        for (auto &[id, v] : decl) {
            declare(m_scope, id, v);
            id->type = v->type;
            id->mode = ExprMode::Variable;
        }
    } else if (s->tok == Tok::Assign) {
        for (int i = 0; i < 2; ++i) {
            if (!vars[i]) continue;
            Type *lt = assignLhs(vars[i]);
            if (lt && lt != m_types.invalid() && vtypes[i] != m_types.invalid() && !identical(lt, vtypes[i])
                && !(lt->underlying()->kind == TypeKind::Interface && lt->underlying()->isEmptyInterface))
                error(vars[i]->pos, "cannot use " + exprString(vars[i]) + " (value of type " + vtypes[i]->str() + ") as "
                                        + lt->str() + " value in range clause");
        }
    }
    m_branches.push_back({s, s->label, true});
    block(s->body);
    m_branches.pop_back();
    closeScope();
}

void Checker::forStmt(ForStmt *s)
{
    openScope();
    if (auto *as_ = as<AssignStmt>(s->init); as_ && as_->tok == Tok::Define)
        defineVars(as_->lhs, as_->rhs, as_->tokPos, true);
    else
        stmt(s->init);
    if (s->cond) {
        expr(s->cond);
        if (s->cond->mode != ExprMode::Invalid && !isBoolean(s->cond->type))
            error(s->cond->pos, "non-boolean condition in for statement");
        else if (s->cond->mode != ExprMode::Invalid)
            defaultType(s->cond);
    }
    stmt(s->post);
    m_branches.push_back({s, s->label, true});
    block(s->body);
    m_branches.pop_back();
    closeScope();
}

void Checker::switchStmt(SwitchStmt *s)
{
    openScope();
    stmt(s->init);
    Type *tagT = m_types.basic(BasicKind::Bool);
    bool tagOk = true;
    if (s->tag) {
        expr(s->tag);
        if (s->tag->mode == ExprMode::Invalid) tagOk = false;
        else {
            if (isNilType(s->tag->type)) { error(s->tag->pos, "use of untyped nil in switch expression"); tagOk = false; }
            defaultType(s->tag);
            tagT = s->tag->type;
            if (tagOk && !isComparable(tagT)) {
                error(s->tag->pos, "cannot switch on " + operandStr(s->tag));
                tagOk = false;
            }
        }
    }
    m_branches.push_back({s, m_nextLabel && m_nextLabel->obj ? m_nextLabel : nullptr, false});
    m_nextLabel = nullptr;
    bool seenDefault = false;
    for (Stmt *cs : s->body->list) {
        auto *cc = as<CaseClause>(cs);
        if (!cc) continue;
        if (cc->isDefault) {
            if (seenDefault) error(cc->pos, "multiple defaults in switch");
            seenDefault = true;
        }
        for (Expr *v : cc->list) {
            expr(v);
            if (v->mode == ExprMode::Invalid || !tagOk) continue;
            if (isUntyped(v->type)) {
                Conv c = convertUntyped(v, tagT);
                if (c != ConvOk) {
                    if (s->tag) error(v->pos, "cannot convert " + operandStr(v) + " to " + tagT->str());
                    else error(v->pos, "invalid case " + exprString(v) + " in switch (mismatched types " + v->type->str() + " and bool)");
                    continue;
                }
            } else if (!identical(v->type, tagT) && !(s->tag && isNilType(s->tag->type))) {
                if (s->tag)
                    error(v->pos, "invalid case " + exprString(v) + " in switch on " + exprString(s->tag) + " (mismatched types "
                                      + v->type->str() + " and " + tagT->str() + ")");
                else
                    error(v->pos, "invalid case " + exprString(v) + " in switch (mismatched types " + v->type->str() + " and bool)");
            }
        }
        openScope();
        stmtList(cc->body);
        closeScope();
    }
    m_branches.pop_back();
    closeScope();
}

void Checker::selectStmt(SelectStmt *s)
{
    m_branches.push_back({s, m_nextLabel && m_nextLabel->obj ? m_nextLabel : nullptr, false});
    m_nextLabel = nullptr;
    bool seenDefault = false;
    for (Stmt *st : s->body->list) {
        auto *cc = as<CommClause>(st);
        if (!cc) continue;
        openScope();
        if (!cc->comm) {
            if (seenDefault) error(cc->pos, "multiple defaults in select");
            seenDefault = true;
        } else {
            auto isRecv = [](Expr *e) {
                auto *u = as<UnaryExpr>(unparen(e));
                return u && u->op == Tok::Arrow;
            };
            bool valid = true;
            if (auto *es = as<ExprStmt>(cc->comm)) valid = isRecv(es->x);
            else if (auto *as_ = as<AssignStmt>(cc->comm)) valid = as_->rhs.size() == 1 && isRecv(as_->rhs[0]) && as_->lhs.size() <= 2;
            if (!valid) error(cc->comm->pos, "select case must be receive, send or assign recv");
            else stmt(cc->comm);
        }
        stmtList(cc->body);
        closeScope();
    }
    m_branches.pop_back();
}

void Checker::branchStmt(BranchStmt *s)
{
    if (s->tok == Tok::Goto) {
        unsupported(s->pos, "goto statement");
        if (s->label) m_gotoLabels.push_back(s->label->name);
        return;
    }
    if (s->tok == Tok::Fallthrough) { unsupported(s->pos, "fallthrough statement"); return; }
    bool isBreak = s->tok == Tok::Break;
    if (s->label) {
        const std::string &name = s->label->name;
        LabeledStmt *def = nullptr;
        for (LabeledStmt *l : m_labels)
            if (l->label->name == name) def = l;
        for (size_t i = m_branches.size(); i-- > 0;) {
            const BranchCtx &b = m_branches[i];
            if (b.label && b.label->name == name) {
                if (!isBreak && !b.isLoop) break;
                s->target = b.stmt;
                s->label->obj = b.label->obj;
                if (b.label->obj) b.label->obj->used = true;
                return;
            }
        }
        if (def) {
            def->label->obj->used = true;
            error(s->label->pos, std::string("invalid ") + (isBreak ? "break" : "continue") + " label " + name);
        } else {
            error(s->label->pos, std::string(isBreak ? "break" : "continue") + " label not defined: " + name);
        }
        return;
    }
    for (size_t i = m_branches.size(); i-- > 0;) {
        if (isBreak || m_branches[i].isLoop) {
            s->target = m_branches[i].stmt;
            return;
        }
    }
    error(s->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

void Checker::returnStmt(ReturnStmt *s)
{
    if (m_funcs.empty()) return;
    const FuncCtx &f = m_funcs.back();
    const std::vector<Type *> &want = f.sig->results;
    auto wantStr = [&]() {
        std::string w = "(";
        for (size_t i = 0; i < want.size(); ++i) w += (i ? ", " : "") + want[i]->str();
        return w + ")";
    };
    if (s->results.empty()) {
        if (!want.empty() && !f.hasNamedResults) error(s->pos, "not enough return values\n\thave ()\n\twant " + wantStr());
        return;
    }
    if (s->results.size() == 1 && want.size() != 1 && as<CallExpr>(unparen(s->results[0]))) {
        Expr *r = s->results[0];
        rawExpr(r, nullptr);
        if (r->mode == ExprMode::Invalid) return;
        std::vector<Type *> have = r->type->kind == TypeKind::Tuple ? r->type->elems : std::vector<Type *>{r->type};
        bool ok = have.size() == want.size();
        for (size_t i = 0; ok && i < have.size(); ++i)
            ok = identical(have[i], want[i]) || (want[i]->underlying()->kind == TypeKind::Interface && want[i]->underlying()->isEmptyInterface);
        if (!ok) {
            std::string h = "(";
            for (size_t i = 0; i < have.size(); ++i) h += (i ? ", " : "") + have[i]->str();
            h += ")";
            error(r->pos, std::string(have.size() < want.size() ? "not enough" : have.size() > want.size() ? "too many" : "wrong type of")
                              + " return values\n\thave " + h + "\n\twant " + wantStr());
        }
        return;
    }
    for (Expr *r : s->results) expr(r);
    if (s->results.size() != want.size()) {
        std::string h = "(";
        for (size_t i = 0; i < s->results.size(); ++i) {
            Expr *r = s->results[i];
            std::string ts = !r->type ? "invalid type"
                             : isUntyped(r->type) ? (isInteger(r->type) ? "number" : isString(r->type) ? "string" : isBoolean(r->type) ? "bool" : "nil")
                                                  : r->type->str();
            h += (i ? ", " : "") + ts;
        }
        h += ")";
        bool few = s->results.size() < want.size();
        Pos p = few ? s->results[0]->pos : s->results[want.size()]->pos;
        error(p, std::string(few ? "not enough" : "too many") + " return values\n\thave " + h + "\n\twant " + wantStr());
        return;
    }
    for (size_t i = 0; i < want.size(); ++i)
        if (s->results[i]->mode != ExprMode::Invalid) assignment(s->results[i], want[i], "return statement");
}

bool Checker::hasBreak(Stmt *s, Stmt *target, bool implicitTarget)
{
    if (!s) return false;
    switch (s->kind) {
    case NodeKind::BranchStmt: {
        auto *b = static_cast<BranchStmt *>(s);
        return b->tok == Tok::Break && b->target == target;
    }
    case NodeKind::BlockStmt:
        for (Stmt *x : static_cast<BlockStmt *>(s)->list)
            if (hasBreak(x, target, implicitTarget)) return true;
        return false;
    case NodeKind::LabeledStmt: return hasBreak(static_cast<LabeledStmt *>(s)->stmt, target, implicitTarget);
    case NodeKind::IfStmt: {
        auto *i = static_cast<IfStmt *>(s);
        return hasBreak(i->body, target, implicitTarget) || hasBreak(i->els, target, implicitTarget);
    }
    case NodeKind::CaseClause:
        for (Stmt *x : static_cast<CaseClause *>(s)->body)
            if (hasBreak(x, target, implicitTarget)) return true;
        return false;
    case NodeKind::CommClause:
        for (Stmt *x : static_cast<CommClause *>(s)->body)
            if (hasBreak(x, target, implicitTarget)) return true;
        return false;
    case NodeKind::SwitchStmt: return hasBreak(static_cast<SwitchStmt *>(s)->body, target, implicitTarget);
    case NodeKind::SelectStmt: return hasBreak(static_cast<SelectStmt *>(s)->body, target, implicitTarget);
    case NodeKind::ForStmt: return hasBreak(static_cast<ForStmt *>(s)->body, target, implicitTarget);
    case NodeKind::RangeStmt: return hasBreak(static_cast<RangeStmt *>(s)->body, target, implicitTarget);
    default: return false;
    }
}

bool Checker::isTerminatingList(const std::vector<Stmt *> &list)
{
    for (size_t i = list.size(); i-- > 0;) {
        if (list[i]->kind == NodeKind::EmptyStmt) continue;
        return isTerminating(list[i], nullptr);
    }
    return false;
}

bool Checker::isTerminating(Stmt *s, Ident *label)
{
    (void)label;
    switch (s->kind) {
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: return static_cast<BranchStmt *>(s)->tok == Tok::Goto;
    case NodeKind::ExprStmt: {
        auto *c = as<CallExpr>(unparen(static_cast<ExprStmt *>(s)->x));
        return c && c->callKind == CallKind::Builtin && c->builtin == Builtin::Panic;
    }
    case NodeKind::BlockStmt: return isTerminatingList(static_cast<BlockStmt *>(s)->list);
    case NodeKind::LabeledStmt: return isTerminating(static_cast<LabeledStmt *>(s)->stmt, static_cast<LabeledStmt *>(s)->label);
    case NodeKind::IfStmt: {
        auto *i = static_cast<IfStmt *>(s);
        return i->els && isTerminating(i->body, nullptr) && isTerminating(i->els, nullptr);
    }
    case NodeKind::ForStmt: {
        auto *f = static_cast<ForStmt *>(s);
        return !f->cond && !hasBreak(f->body, f, true);
    }
    case NodeKind::SwitchStmt: {
        auto *sw = static_cast<SwitchStmt *>(s);
        bool hasDefault = false;
        for (Stmt *x : sw->body->list) {
            auto *cc = static_cast<CaseClause *>(x);
            hasDefault = hasDefault || cc->isDefault;
            if (!isTerminatingList(cc->body) || hasBreak(cc, sw, true)) return false;
        }
        return hasDefault;
    }
    case NodeKind::SelectStmt: {
        auto *sel = static_cast<SelectStmt *>(s);
        for (Stmt *x : sel->body->list) {
            auto *cc = static_cast<CommClause *>(x);
            if (!isTerminatingList(cc->body) || hasBreak(cc, sel, true)) return false;
        }
        return true;
    }
    default: return false;
    }
}

} // namespace gsl::lang
