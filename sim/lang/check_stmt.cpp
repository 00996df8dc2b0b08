// check_stmt.cpp — statements: the dispatch, go/defer and the control-flow
// statements (for, range, switch, select). Assignments and declarations are in
// check_assign.cpp, branches, returns and terminating analysis in check_branch.cpp.
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

} // namespace gsl::lang
