// check.cpp — the type checker's driver: package-level collection, lazy
// resolution of package-level objects, function bodies, unused variables,
// imports and labels.
#include "sim/lang/check_internal.h"

#include <algorithm>

namespace gsl::lang {

int FieldList::numFields() const
{
    int n = 0;
    for (auto *f : list) n += f->names.empty() ? 1 : int(f->names.size());
    return n;
}

Checker::Checker(File &file, GoVersion go) : m_file(file), m_types(file.types), m_go(go) {}

void Checker::error(Pos p, std::string msg)
{
    if (m_diags.size() > 200) return;   // bound the work on hostile input
    m_diags.push_back({m_file.fileName, p.line, p.col, std::move(msg), Diagnostic::Type});
}

void Checker::unsupported(Pos p, const std::string &what)
{
    if (m_diags.size() > 200) return;
    m_diags.push_back({m_file.fileName, p.line, p.col, "unsupported: " + what + " (scenario language v1)",
                       Diagnostic::Unsupported});
}

Scope *Checker::openScope()
{
    m_scopes.push_back(std::make_unique<Scope>());
    Scope *s = m_scopes.back().get();
    s->parent = m_scope;
    m_scope = s;
    return s;
}

void Checker::closeScope()
{
    m_scope = m_scope->parent;
}

void Checker::declare(Scope *s, Ident *id, Object *obj)
{
    id->obj = obj;
    id->isDef = true;
    if (id->name == "_") return;
    if (s->lookupLocal(id->name)) {
        error(id->pos, id->name + " redeclared in this block");
        return;
    }
    s->names.emplace_back(id->name, obj);
}

Object *Checker::lookup(std::string_view name)
{
    for (Scope *s = m_scope; s; s = s->parent)
        if (Object *o = s->lookupLocal(name)) return o;
    return m_types.lookupUniverse(name);
}

Object *Checker::newVar(Ident *id, Type *t)
{
    Object *v = m_types.newObject(ObjKind::Var, id->name, id->pos, t);
    if (!m_funcs.empty()) {
        v->declFunc = m_funcs.back().node;
        m_funcs.back().vars->push_back(v);
    } else {
        v->isGlobal = true;
    }
    return v;
}

void Checker::collectPackage()
{
    m_pkg = openScope();
    if (m_file.packageName && m_file.packageName->name != "main")
        unsupported(m_file.packageName->pos, "package " + m_file.packageName->name + " (only package main)");
    for (ImportSpec *imp : m_file.imports) {
        Package pkg = packageForPath(imp->pathValue);
        Pos p = imp->path ? imp->path->pos : imp->pos;
        if (pkg == Package::None) {
            unsupported(p, "import \"" + imp->pathValue + "\"");
            continue;
        }
        std::string name(packageName(pkg));
        if (imp->name) {
            if (imp->name->name == "_" || imp->name->name == ".") {
                unsupported(imp->name->pos, std::string(imp->name->name == "_" ? "blank" : "dot") + " import");
                continue;
            }
            name = imp->name->name;
        }
        Object *o = m_types.newObject(ObjKind::PkgName, name, p, nullptr);
        o->pkg = pkg;
        imp->obj = o;
        if (m_pkg->lookupLocal(name)) { error(p, name + " redeclared in this block"); continue; }
        m_pkg->names.emplace_back(o->name, o);
        m_imports.emplace_back(o, imp);
    }
    for (Node *d : m_file.decls) {
        if (auto *gd = as<GenDecl>(d)) {
            if (gd->tok == Tok::Import) continue;
            for (Node *spec : gd->specs) {
                if (auto *vs = as<ValueSpec>(spec)) {
                    for (size_t i = 0; i < vs->names.size(); ++i) {
                        Ident *id = vs->names[i];
                        Object *o = m_types.newObject(gd->tok == Tok::Const ? ObjKind::Const : ObjKind::Var, id->name,
                                                      id->pos, nullptr);
                        o->isGlobal = gd->tok == Tok::Var;
                        m_decls[o->id] = {vs, int(i), 0};
                        if (id->name == "init" || id->name == "main")
                            error(id->pos, "cannot declare " + id->name + " - must be func");
                        declare(m_pkg, id, o);
                    }
                } else if (auto *ts = as<TypeSpec>(spec)) {
                    Object *o = m_types.newObject(ObjKind::TypeName, ts->name->name, ts->name->pos, nullptr);
                    if (!ts->alias) o->type = m_types.newNamed(ts->name->name, o);
                    m_decls[o->id] = {ts, 0, 0};
                    declare(m_pkg, ts->name, o);
                }
            }
        } else if (auto *fd = as<FuncDecl>(d)) {
            m_funcDecls.push_back(fd);
            if (!fd->body) unsupported(fd->pos, "function declaration without body");
            if (fd->recv) continue;   // methods: collectMethod
            Object *o = m_types.newObject(ObjKind::Func, fd->name->name, fd->name->pos, nullptr);
            o->decl = fd;
            m_decls[o->id] = {fd, 0, 0};
            if (fd->name->name == "init") {
                unsupported(fd->name->pos, "func init");
                fd->name->obj = o;
                continue;
            }
            if (fd->name->name == "main" && (fd->type->params->numFields() || (fd->type->results && fd->type->results->numFields())))
                error(fd->name->pos, "func main must have no arguments and no return values");
            declare(m_pkg, fd->name, o);
        }
    }
}

void Checker::objDecl(Object *obj)
{
    auto it = m_decls.find(obj->id);
    if (it == m_decls.end() || it->second.state == 2) return;
    DeclInfo &info = it->second;
    if (info.state == 1) {
        if (obj->kind == ObjKind::TypeName) {
            if (!obj->type) { error(obj->pos, "invalid recursive type " + obj->name); obj->type = m_types.invalid(); }
        } else if (!obj->type) {
            error(obj->pos, "initialization cycle or invalid recursive reference to " + obj->name);
            obj->type = m_types.invalid();
        }
        return;
    }
    info.state = 1;
    // Package-level declarations are checked in the package scope, outside
    // any function, whatever triggered them.
    Scope *savedScope = m_scope;
    auto savedFuncs = std::move(m_funcs);
    auto savedBranches = std::move(m_branches);
    int savedIota = m_iota;
    m_funcs.clear();
    m_branches.clear();
    m_scope = m_pkg;
    m_iota = -1;
    switch (obj->kind) {
    case ObjKind::Const: constSpec(static_cast<ValueSpec *>(info.spec), obj); break;
    case ObjKind::Var: varSpec(static_cast<ValueSpec *>(info.spec), true); break;
    case ObjKind::TypeName: typeDecl(obj, static_cast<TypeSpec *>(info.spec)); break;
    case ObjKind::Func: {
        auto *fd = static_cast<FuncDecl *>(info.spec);
        obj->type = funcSignature(fd->type, nullptr, nullptr, nullptr, nullptr, nullptr);
        break;
    }
    default: break;
    }
    m_scope = savedScope;
    m_funcs = std::move(savedFuncs);
    m_branches = std::move(savedBranches);
    m_iota = savedIota;
    m_decls[obj->id].state = 2;
}

void Checker::checkFuncBody(Node *fn, FuncType *ftype, BlockStmt *body, Type *sig, FieldList *recv)
{
    if (!body) return;
    FuncCtx ctx;
    ctx.node = fn;
    ctx.sig = sig;
    if (auto *fd = as<FuncDecl>(fn)) ctx.vars = &fd->vars;
    if (auto *fl = as<FuncLit>(fn)) { ctx.vars = &fl->vars; ctx.captures = &fl->captures; }
    m_funcs.push_back(ctx);
    auto savedBranches = std::move(m_branches);
    auto savedLabels = std::move(m_labels);
    m_branches.clear();
    m_labels.clear();
    Scope *s = openScope();
    std::vector<Object *> params, results;
    bool named = false;
    funcSignature(ftype, recv, s, &params, &results, &named);
    m_funcs.back().results = results;
    m_funcs.back().hasNamedResults = named;
    stmtList(body->list);
    closeScope();
    if (!sig->results.empty() && !isTerminatingList(body->list)) error(body->rbrace, "missing return");
    for (LabeledStmt *l : m_labels)
        for (const auto &g : m_gotoLabels)
            if (g == l->label->name && l->label->obj) l->label->obj->used = true;
    m_gotoLabels.clear();
    for (LabeledStmt *l : m_labels) {
        if (l->label->obj && !l->label->obj->used) error(l->label->pos, "label " + l->label->name + " defined and not used");
        else if (l->stmt->kind != NodeKind::ForStmt && l->stmt->kind != NodeKind::RangeStmt)
            unsupported(l->label->pos, "label on non-loop statement");
    }
    // Unused variables of this function (params and results are exempt).
    std::vector<Object *> &vars = *m_funcs.back().vars;
    reportUnused(vars);
    m_labels = std::move(savedLabels);
    m_branches = std::move(savedBranches);
    m_funcs.pop_back();
}

void Checker::reportUnused(const std::vector<Object *> &vars)
{
    for (Object *v : vars)
        if (!v->used && !v->isParam && !v->isResult && v->name != "_")
            m_soft.push_back({m_file.fileName, v->pos.line, v->pos.col, v->name + " declared but not used", Diagnostic::Type});
}

std::vector<Diagnostic> Checker::run()
{
    collectPackage();
    // Types first (methods need their receivers), then methods, then the rest.
    for (const auto &[id, info] : m_decls) {
        (void)info;
        Object *o = m_types.objects()[size_t(id)].get();
        if (o->kind == ObjKind::TypeName) objDecl(o);
    }
    for (FuncDecl *fd : m_funcDecls)
        if (fd->recv) collectMethod(fd);
    for (Node *d : m_file.decls) {
        if (auto *gd = as<GenDecl>(d)) {
            for (Node *spec : gd->specs)
                if (auto *vs = as<ValueSpec>(spec))
                    for (Ident *id : vs->names)
                        if (id->obj) objDecl(id->obj);
        } else if (auto *fd = as<FuncDecl>(d)) {
            if (fd->name->obj && !fd->recv) objDecl(fd->name->obj);
        }
    }
    for (FuncDecl *fd : m_funcDecls) {
        Object *o = fd->name->obj;
        if (!o || !o->type || !fd->body) continue;
        m_scope = m_pkg;
        checkFuncBody(fd, fd->type, fd->body, o->type, fd->recv);
    }
    Object *mainObj = m_pkg->lookupLocal("main");
    if (!mainObj || mainObj->kind != ObjKind::Func)
        if (m_diags.empty()) error(Pos{}, "function main is undeclared in the main package");
    for (const auto &[o, imp] : m_imports)
        if (!o->used) {
            std::string path = "\"" + imp->pathValue + "\"";
            Pos p = imp->path ? imp->path->pos : imp->pos;
            m_soft.push_back({m_file.fileName, p.line, p.col,
                              imp->name ? "imported and not used: " + path + " as " + imp->name->name : "imported and not used: " + path,
                              Diagnostic::Type});
        }
    // As gc does, "declared but not used" and unused imports are soft errors:
    // shown only when there is nothing more serious to report.
    if (m_diags.empty()) m_diags = std::move(m_soft);
    m_file.checked = true;
    finishDiagnostics(m_diags);
    return std::move(m_diags);
}

CheckResult check(File &file, GoVersion go)
{
    CheckResult r;
    if (file.checked) throw std::logic_error("check: file already checked");
    Checker c(file, go);
    r.diagnostics = c.run();
    return r;
}

} // namespace gsl::lang
