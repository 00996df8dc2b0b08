// codegen_init.cpp — package initialisation order.
//
// Go initialises package-level variables by dependency, not in source order
// (spec "Package initialization"): repeatedly, the earliest variable in
// declaration order that is ready (its initializer refers to no variable
// still uninitialized) is initialised next. A reference counts when it is
// direct or through the body of a function or method the initializer calls
// or mentions, transitively.
#include "sim/lang/codegen.h"

#include <algorithm>
#include <set>

namespace gsl::lang {

namespace {

// RefCollector gathers the objects (variables and functions) an AST subtree
// refers to. Function bodies are followed through `bodies`.
struct RefCollector {
    const std::map<const Object *, FuncDecl *> &bodies;
    std::set<const Object *> seenFuncs;
    std::vector<const Object *> refs;

    void add(const Object *o)
    {
        if (!o) return;
        refs.push_back(o);
        auto it = bodies.find(o);
        if (it != bodies.end() && seenFuncs.insert(o).second) node(it->second->body);
    }
    void exprs(const std::vector<Expr *> &v) { for (Expr *e : v) node(e); }
    void stmts(const std::vector<Stmt *> &v) { for (Stmt *s : v) node(s); }

    void node(Node *n)
    {
        if (!n) return;
        switch (n->kind) {
        case NodeKind::Ident: add(static_cast<Ident *>(n)->obj); break;
        case NodeKind::CompositeLit: exprs(static_cast<CompositeLit *>(n)->elts); break;
        case NodeKind::FuncLit: node(static_cast<FuncLit *>(n)->body); break;
        case NodeKind::ParenExpr: node(static_cast<ParenExpr *>(n)->x); break;
        case NodeKind::SelectorExpr: {
            auto *s = static_cast<SelectorExpr *>(n);
            node(s->x);
            if (s->selKind == SelKind::Method || s->selKind == SelKind::MethodExpr) add(s->sel->obj);
            break;
        }
        case NodeKind::IndexExpr: node(static_cast<IndexExpr *>(n)->x); node(static_cast<IndexExpr *>(n)->index); break;
        case NodeKind::SliceExpr: {
            auto *s = static_cast<SliceExpr *>(n);
            node(s->x); node(s->lo); node(s->hi); node(s->max);
            break;
        }
        case NodeKind::CallExpr: node(static_cast<CallExpr *>(n)->fun); exprs(static_cast<CallExpr *>(n)->args); break;
        case NodeKind::StarExpr: node(static_cast<StarExpr *>(n)->x); break;
        case NodeKind::UnaryExpr: node(static_cast<UnaryExpr *>(n)->x); break;
        case NodeKind::BinaryExpr: node(static_cast<BinaryExpr *>(n)->x); node(static_cast<BinaryExpr *>(n)->y); break;
        case NodeKind::KeyValueExpr: node(static_cast<KeyValueExpr *>(n)->key); node(static_cast<KeyValueExpr *>(n)->value); break;
        case NodeKind::DeclStmt: {
            GenDecl *gd = static_cast<DeclStmt *>(n)->decl;
            if (gd && gd->tok == Tok::Var)
                for (Node *sp : gd->specs)
                    if (auto *vs = as<ValueSpec>(sp)) exprs(vs->values);
            break;
        }
        case NodeKind::LabeledStmt: node(static_cast<LabeledStmt *>(n)->stmt); break;
        case NodeKind::ExprStmt: node(static_cast<ExprStmt *>(n)->x); break;
        case NodeKind::SendStmt: node(static_cast<SendStmt *>(n)->chan); node(static_cast<SendStmt *>(n)->value); break;
        case NodeKind::IncDecStmt: node(static_cast<IncDecStmt *>(n)->x); break;
        case NodeKind::AssignStmt: exprs(static_cast<AssignStmt *>(n)->lhs); exprs(static_cast<AssignStmt *>(n)->rhs); break;
        case NodeKind::GoStmt: node(static_cast<GoStmt *>(n)->call); break;
        case NodeKind::DeferStmt: node(static_cast<DeferStmt *>(n)->call); break;
        case NodeKind::ReturnStmt: exprs(static_cast<ReturnStmt *>(n)->results); break;
        case NodeKind::BlockStmt: stmts(static_cast<BlockStmt *>(n)->list); break;
        case NodeKind::IfStmt: {
            auto *s = static_cast<IfStmt *>(n);
            node(s->init); node(s->cond); node(s->body); node(s->els);
            break;
        }
        case NodeKind::CaseClause: exprs(static_cast<CaseClause *>(n)->list); stmts(static_cast<CaseClause *>(n)->body); break;
        case NodeKind::SwitchStmt: {
            auto *s = static_cast<SwitchStmt *>(n);
            node(s->init); node(s->tag); node(s->body);
            break;
        }
        case NodeKind::CommClause: node(static_cast<CommClause *>(n)->comm); stmts(static_cast<CommClause *>(n)->body); break;
        case NodeKind::SelectStmt: node(static_cast<SelectStmt *>(n)->body); break;
        case NodeKind::ForStmt: {
            auto *s = static_cast<ForStmt *>(n);
            node(s->init); node(s->cond); node(s->post); node(s->body);
            break;
        }
        case NodeKind::RangeStmt: node(static_cast<RangeStmt *>(n)->x); node(static_cast<RangeStmt *>(n)->body); break;
        default: break;   // literals, type expressions
        }
    }
};

} // namespace

// initOrder returns the package-level var specs that have initializers, in
// Go's initialisation order (see the top of this file).
std::vector<ValueSpec *> Codegen::initOrder()
{
    std::map<const Object *, FuncDecl *> bodies;
    std::vector<ValueSpec *> specs;
    std::set<const Object *> pending;   // globals whose initializer has not run yet
    for (Node *d : m_file.decls) {
        if (auto *fd = as<FuncDecl>(d)) {
            if (fd->name && fd->name->obj && fd->body) bodies[fd->name->obj] = fd;
        } else if (auto *gd = as<GenDecl>(d); gd && gd->tok == Tok::Var) {
            for (Node *sp : gd->specs)
                if (auto *vs = as<ValueSpec>(sp); vs && !vs->values.empty()) {
                    specs.push_back(vs);
                    for (Ident *id : vs->names)
                        if (id->obj) pending.insert(id->obj);
                }
        }
    }
    std::vector<std::vector<const Object *>> deps(specs.size());
    for (size_t i = 0; i < specs.size(); ++i) {
        RefCollector rc{bodies, {}, {}};
        rc.exprs(specs[i]->values);
        for (const Object *o : rc.refs)
            if (pending.count(o)) deps[i].push_back(o);
    }
    std::vector<ValueSpec *> order;
    std::vector<bool> done(specs.size(), false);
    while (order.size() < specs.size()) {
        size_t pick = specs.size();
        for (size_t i = 0; i < specs.size() && pick == specs.size(); ++i) {
            if (done[i]) continue;
            bool ready = std::none_of(deps[i].begin(), deps[i].end(), [&](const Object *o) {
                // a spec may mention its own names (through a function): not a blocker
                for (Ident *id : specs[i]->names) if (id->obj == o) return false;
                return pending.count(o) > 0;
            });
            if (ready) pick = i;
        }
        // An initialization cycle is a type error the checker reports; if one
        // slips through, fall back to source order rather than loop forever.
        if (pick == specs.size())
            for (size_t i = 0; i < specs.size(); ++i) if (!done[i]) { pick = i; break; }
        done[pick] = true;
        order.push_back(specs[pick]);
        for (Ident *id : specs[pick]->names) pending.erase(id->obj);
    }
    return order;
}

} // namespace gsl::lang
