// check_branch.cpp — branch targets (break/continue/goto labels), return
// statements and terminating-statement analysis ("missing return"); split
// from check_stmt.cpp.
#include "sim/lang/check_internal.h"

namespace gsl::lang {

namespace {
Expr *unparen(Expr *e)
{
    while (auto *p = as<ParenExpr>(e)) e = p->x;
    return e;
}
} // namespace

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
