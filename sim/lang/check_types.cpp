// check_types.cpp — type expressions, signatures, struct and type
// declarations, method collection.
#include "sim/lang/check_internal.h"
#include "sim/lang/unsupported.h"

namespace gsl::lang {

Type *Checker::typeExpr(Expr *e)
{
    Type *t = m_types.invalid();
    switch (e->kind) {
    case NodeKind::Ident: {
        auto *id = static_cast<Ident *>(e);
        Object *o = lookup(id->name);
        if (!o) {
            if (isUnsupportedPredeclared(id->name) && !(isGo121Builtin(id->name) && m_go < GoVersion{1, 21}))
                unsupported(id->pos, id->name);
            else error(id->pos, "undefined: " + id->name);
            break;
        }
        id->obj = o;
        if (o->kind != ObjKind::TypeName) {
            if (o->kind == ObjKind::Var) o->used = true;
            error(id->pos, id->name + " is not a type");
            break;
        }
        objDecl(o);
        t = o->type ? o->type : m_types.invalid();
        break;
    }
    case NodeKind::SelectorExpr: {
        auto *sel = static_cast<SelectorExpr *>(e);
        auto *pkgId = as<Ident>(sel->x);
        Object *po = pkgId ? lookup(pkgId->name) : nullptr;
        if (!po || po->kind != ObjKind::PkgName) {
            error(e->pos, exprString(e) + " is not a type");
            break;
        }
        po->used = true;
        pkgId->obj = po;
        pkgId->mode = ExprMode::PkgName;
        Object *m = m_types.member(po->pkg, sel->sel->name);
        std::string qual = std::string(packageName(po->pkg)) + "." + sel->sel->name;
        if (!m) {
            if (isKnownLibraryName(po->pkg, sel->sel->name)) unsupported(sel->sel->pos, qual);
            else error(sel->sel->pos, "undefined: " + qual);
            break;
        }
        sel->sel->obj = m;
        sel->selKind = SelKind::Qualified;
        if (m->kind != ObjKind::TypeName) { error(e->pos, qual + " is not a type"); break; }
        t = m->type;
        break;
    }
    case NodeKind::ParenExpr: t = typeExpr(static_cast<ParenExpr *>(e)->x); break;
    case NodeKind::StarExpr: {
        Type *base = typeExpr(static_cast<StarExpr *>(e)->x);
        t = base == m_types.invalid() ? base : m_types.pointer(base);
        break;
    }
    case NodeKind::ArrayType: {
        auto *at = static_cast<ArrayType *>(e);
        Type *elem = typeExpr(at->elem);
        if (!at->len) { t = m_types.slice(elem); break; }
        if (at->len->kind == NodeKind::Ellipsis) {
            error(at->len->pos, "invalid use of [...] array (outside a composite literal)");
            break;
        }
        expr(at->len);
        if (at->len->mode == ExprMode::Invalid) break;
        if (at->len->mode != ExprMode::Constant) {
            error(at->len->pos, "array length " + exprString(at->len) + " (" + (at->len->mode == ExprMode::Variable ? "variable" : "value")
                                    + " of type " + at->len->type->str() + ") must be constant");
            break;
        }
        if (!isInteger(at->len->type) || at->len->cv.kind != ConstValue::Int) {
            error(at->len->pos, "array length " + operandStr(at->len) + " must be integer");
            break;
        }
        if (at->len->cv.i < 0 || at->len->cv.i > (Int128(1) << 31)) {
            error(at->len->pos, "invalid array length " + exprString(at->len));
            break;
        }
        if (isUntyped(at->len->type)) setType(at->len, m_types.basic(BasicKind::Int));
        t = m_types.array(elem, int64_t(at->len->cv.i));
        break;
    }
    case NodeKind::MapType: {
        auto *mt = static_cast<MapType *>(e);
        Type *k = typeExpr(mt->key);
        Type *v = typeExpr(mt->value);
        if (k != m_types.invalid() && !isComparable(k)) { error(mt->key->pos, "invalid map key type " + k->str()); break; }
        t = m_types.map(k, v);
        break;
    }
    case NodeKind::ChanType: {
        auto *ct = static_cast<ChanType *>(e);
        t = m_types.chan(typeExpr(ct->value), ct->dir);
        break;
    }
    case NodeKind::FuncType:
        t = funcSignature(static_cast<FuncType *>(e), nullptr, nullptr, nullptr, nullptr, nullptr);
        break;
    case NodeKind::StructType: t = structType(static_cast<StructType *>(e)); break;
    case NodeKind::InterfaceType: {
        auto *it = static_cast<InterfaceType *>(e);
        if (it->methods && !it->methods->list.empty()) unsupported(e->pos, "interface with methods");
        else t = m_types.anyType();
        break;
    }
    case NodeKind::IndexExpr: unsupported(e->pos, "generic type instantiation"); break;
    case NodeKind::BadExpr: break;
    default: error(e->pos, exprString(e) + " is not a type"); break;
    }
    e->type = t;
    e->mode = t == m_types.invalid() ? ExprMode::Invalid : ExprMode::TypeExpr;
    return t;
}

Type *Checker::funcSignature(FuncType *ft, FieldList *recv, Scope *declScope, std::vector<Object *> *paramObjs,
                             std::vector<Object *> *resultObjs, bool *namedResults)
{
    Type *sig = m_types.newType(TypeKind::Signature);
    if (ft->typeParams) unsupported(ft->typeParams->pos, "type parameters");
    if (recv && declScope) {
        for (Field *f : recv->list) {
            Type *rt = typeExpr(f->type);
            for (Ident *id : f->names) {
                Object *v = newVar(id, rt);
                v->isParam = v->isRecv = true;
                declare(declScope, id, v);
            }
        }
    }
    auto fields = [&](FieldList *fl, bool results) {
        if (!fl) return;
        for (size_t i = 0; i < fl->list.size(); ++i) {
            Field *f = fl->list[i];
            Type *t;
            if (auto *el = as<Ellipsis>(f->type)) {
                if (results || i + 1 != fl->list.size() || f->names.size() > 1)
                    error(el->pos, "can only use ... with final parameter in list");
                t = m_types.slice(typeExpr(el->elt));
                el->type = t;
                el->mode = ExprMode::TypeExpr;
                sig->variadic = true;
            } else {
                t = typeExpr(f->type);
            }
            size_t n = f->names.empty() ? 1 : f->names.size();
            for (size_t k = 0; k < n; ++k) (results ? sig->results : sig->params).push_back(t);
            if (!declScope) continue;
            for (Ident *id : f->names) {
                Object *v = newVar(id, t);
                (results ? v->isResult : v->isParam) = true;
                declare(declScope, id, v);
                (results ? resultObjs : paramObjs)->push_back(v);
                if (results && namedResults) *namedResults = true;
            }
        }
    };
    fields(ft->params, false);
    fields(ft->results, true);
    ft->type = sig;
    ft->mode = ExprMode::TypeExpr;
    return sig;
}

Type *Checker::structType(StructType *st)
{
    Type *t = m_types.newType(TypeKind::Struct);
    if (!st->fields) return t;
    for (Field *f : st->fields->list) {
        Type *ft = typeExpr(f->type);
        if (f->names.empty()) {
            unsupported(f->type->pos, "embedded field");
            continue;
        }
        for (Ident *id : f->names) {
            bool dup = false;
            for (const auto &sf : t->fields)
                if (sf.name == id->name && id->name != "_") dup = true;
            if (dup) { error(id->pos, id->name + " redeclared"); continue; }
            Object *o = m_types.newObject(ObjKind::Var, id->name, id->pos, ft);
            o->isField = true;
            id->obj = o;
            id->isDef = true;
            t->fields.push_back({id->name, ft, o});
        }
    }
    return t;
}

void Checker::typeDecl(Object *obj, TypeSpec *spec)
{
    if (spec->typeParams) {
        unsupported(spec->typeParams->pos, "generic type");
        if (!obj->type) obj->type = m_types.invalid();
        else obj->type->underlyingType = m_types.invalid();
        return;
    }
    if (spec->alias) {
        obj->type = typeExpr(spec->type);
        return;
    }
    Type *named = obj->type;
    Type *rhs = typeExpr(spec->type);
    Type *u = rhs->underlying();
    if (u == named || (rhs->kind == TypeKind::Named && !rhs->underlyingType)) {
        error(spec->name->pos, "invalid recursive type " + spec->name->name);
        u = m_types.invalid();
    }
    if (u->kind == TypeKind::Struct)
        for (const auto &f : u->fields)
            if (f.type == named || (f.type->kind == TypeKind::Array && f.type->elem == named)) {
                error(spec->name->pos, "invalid recursive type " + spec->name->name);
                u = m_types.invalid();
                break;
            }
    named->underlyingType = u;
    // Library types keep their identity when renamed: type MyWG sync.WaitGroup
    // would lose its methods (as in Go), so nothing to copy.
}

void Checker::collectMethod(FuncDecl *fd)
{
    FieldList *recv = fd->recv;
    if (recv->list.size() != 1 || recv->list[0]->names.size() > 1) {
        error(recv->pos, "method has multiple receivers");
        return;
    }
    Expr *rt = recv->list[0]->type;
    bool ptr = false;
    if (auto *pe = as<ParenExpr>(rt)) rt = pe->x;
    if (auto *se = as<StarExpr>(rt)) { ptr = true; rt = se->x; }
    auto *base = as<Ident>(rt);
    Object *tn = base ? m_pkg->lookupLocal(base->name) : nullptr;
    if (!tn || tn->kind != ObjKind::TypeName || !tn->type || tn->type->kind != TypeKind::Named) {
        if (base && !tn && !m_types.lookupUniverse(base->name)) error(rt->pos, "undefined: " + base->name);
        else error(rt->pos, "invalid receiver type " + exprString(recv->list[0]->type));
        return;
    }
    Type *named = tn->type;
    Type *u = named->underlying();
    if (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface) {
        error(rt->pos, "invalid receiver type " + named->str());
        return;
    }
    const std::string &mname = fd->name->name;
    for (Object *m : named->methods)
        if (m->name == mname && mname != "_") {
            error(fd->name->pos, "method " + named->str() + "." + mname + " already declared");
            return;
        }
    if (u->kind == TypeKind::Struct)
        for (const auto &f : u->fields)
            if (f.name == mname) {
                error(fd->name->pos, "field and method with the same name " + mname);
                return;
            }
    Object *o = m_types.newObject(ObjKind::Func, mname, fd->name->pos, nullptr);
    o->decl = fd;
    o->recv = named;
    o->ptrRecv = ptr;
    o->type = funcSignature(fd->type, nullptr, nullptr, nullptr, nullptr, nullptr);
    fd->name->obj = o;
    fd->name->isDef = true;
    named->methods.push_back(o);
}

} // namespace gsl::lang
