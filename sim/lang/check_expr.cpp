// check_expr.cpp — expressions: identifiers, literals, operators, indexing,
// untyped-constant conversion and assignability. Composite literals:
// check_composite.cpp.
#include "sim/lang/check_internal.h"
#include "sim/lang/lexer.h"
#include "sim/lang/unsupported.h"

namespace gsl::lang {

void Checker::expr(Expr *e, Type *hint)
{
    rawExpr(e, hint);
    singleValue(e);
}

void Checker::singleValue(Expr *e)
{
    std::string bad;
    switch (e->mode) {
    case ExprMode::TypeExpr: bad = exprString(e) + " (type) is not an expression"; break;
    case ExprMode::Builtin: bad = exprString(e) + " (built-in) must be called"; break;
    case ExprMode::PkgName: bad = "use of package " + exprString(e) + " without selector"; break;
    case ExprMode::NoValue: bad = exprString(e) + " (no value) used as value"; break;
    default:
        if (e->type && e->type->kind == TypeKind::Tuple && e->mode != ExprMode::Invalid)
            bad = "multiple-value " + exprString(e) + " (value of type " + e->type->str() + ") in single-value context";
    }
    if (!bad.empty()) {
        error(e->pos, bad);
        e->mode = ExprMode::Invalid;
    }
    if (e->mode == ExprMode::Invalid) e->type = m_types.invalid();
}

void Checker::exprOrType(Expr *e, Type *hint)
{
    rawExpr(e, hint);
    if (e->mode == ExprMode::Invalid) e->type = m_types.invalid();
}

void Checker::rawExpr(Expr *e, Type *hint)
{
    e->mode = ExprMode::Invalid;
    e->type = m_types.invalid();
    switch (e->kind) {
    case NodeKind::Ident: ident(static_cast<Ident *>(e)); break;
    case NodeKind::BasicLit: basicLit(static_cast<BasicLit *>(e)); break;
    case NodeKind::CompositeLit: compositeLit(static_cast<CompositeLit *>(e), hint); break;
    case NodeKind::FuncLit: funcLit(static_cast<FuncLit *>(e)); break;
    case NodeKind::ParenExpr: {
        auto *p = static_cast<ParenExpr *>(e);
        rawExpr(p->x, hint);
        p->type = p->x->type;
        p->mode = p->x->mode;
        p->cv = p->x->cv;
        break;
    }
    case NodeKind::SelectorExpr: selector(static_cast<SelectorExpr *>(e), false); break;
    case NodeKind::IndexExpr: index(static_cast<IndexExpr *>(e)); break;
    case NodeKind::SliceExpr: sliceExpr(static_cast<SliceExpr *>(e)); break;
    case NodeKind::TypeAssertExpr: {
        auto *ta = static_cast<TypeAssertExpr *>(e);
        if (ta->typeExpr) unsupported(e->pos, "type assertion");
        else error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
        break;
    }
    case NodeKind::CallExpr: call(static_cast<CallExpr *>(e)); break;
    case NodeKind::StarExpr: star(static_cast<StarExpr *>(e)); break;
    case NodeKind::UnaryExpr: unary(static_cast<UnaryExpr *>(e)); break;
    case NodeKind::BinaryExpr: binary(static_cast<BinaryExpr *>(e)); break;
    case NodeKind::KeyValueExpr: error(e->pos, "unexpected key:value expression"); break;
    case NodeKind::ArrayType: case NodeKind::MapType: case NodeKind::ChanType: case NodeKind::FuncType:
    case NodeKind::StructType: case NodeKind::InterfaceType:
        typeExpr(e);
        break;
    case NodeKind::Ellipsis: error(e->pos, "invalid use of ..."); break;
    default: break;
    }
}

void Checker::ident(Ident *id, bool lhs)
{
    if (id->name == "_") {
        if (!lhs) error(id->pos, "cannot use _ as value");
        return;
    }
    Object *o = lookup(id->name);
    if (!o) {
        if (isUnsupportedPredeclared(id->name) && !(isGo121Builtin(id->name) && m_go < GoVersion{1, 21}))
            unsupported(id->pos, id->name);
        else error(id->pos, "undefined: " + id->name);
        return;
    }
    id->obj = o;
    switch (o->kind) {
    case ObjKind::PkgName:
        o->used = true;
        id->mode = ExprMode::PkgName;
        return;
    case ObjKind::Const:
        objDecl(o);
        if (!o->type || o->type == m_types.invalid()) return;
        id->type = o->type;
        id->mode = ExprMode::Constant;
        id->cv = o->val;
        if (o->name == "iota" && !o->pos.valid()) {
            if (m_iota < 0) { error(id->pos, "cannot use iota outside constant declaration"); id->mode = ExprMode::Invalid; return; }
            id->cv = ConstValue::ofInt(m_iota);
        }
        return;
    case ObjKind::TypeName:
        objDecl(o);
        id->type = o->type ? o->type : m_types.invalid();
        id->mode = id->type == m_types.invalid() ? ExprMode::Invalid : ExprMode::TypeExpr;
        return;
    case ObjKind::Var: {
        objDecl(o);
        if (!lhs) o->used = true;
        id->type = o->type ? o->type : m_types.invalid();
        id->mode = id->type == m_types.invalid() ? ExprMode::Invalid : ExprMode::Variable;
        // Capture: a local of an enclosing function referenced from a literal.
        if (o->declFunc && !m_funcs.empty() && o->declFunc != m_funcs.back().node) {
            o->captured = true;
            for (size_t i = m_funcs.size(); i-- > 0;) {
                if (m_funcs[i].node == o->declFunc) break;
                auto *caps = m_funcs[i].captures;
                if (!caps) break;
                bool have = false;
                for (Object *c : *caps) have = have || c == o;
                if (!have) caps->push_back(o);
            }
        }
        return;
    }
    case ObjKind::Func:
        objDecl(o);
        id->type = o->type ? o->type : m_types.invalid();
        id->mode = id->type == m_types.invalid() ? ExprMode::Invalid : ExprMode::Value;
        return;
    case ObjKind::Builtin: id->mode = ExprMode::Builtin; return;
    case ObjKind::Nil:
        id->type = m_types.basic(BasicKind::UntypedNil);
        id->mode = ExprMode::Value;
        return;
    default: error(id->pos, "undefined: " + id->name); return;
    }
}

void Checker::basicLit(BasicLit *lit)
{
    switch (lit->litKind) {
    case Tok::Int: {
        std::string_view s = lit->raw;
        int base = 10;
        if (s.size() > 1 && s[0] == '0') {
            char p = char(s[1] | 0x20);
            if (p == 'x') { base = 16; s.remove_prefix(2); }
            else if (p == 'b') { base = 2; s.remove_prefix(2); }
            else if (p == 'o') { base = 8; s.remove_prefix(2); }
            else { base = 8; s.remove_prefix(1); }
        }
        Int128 v = 0;
        bool any = false, bad = false, overflow = false;
        char prev = '_';
        for (char c : s) {
            if (c == '_') { if (prev == '_' && any) bad = true; prev = c; continue; }
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : 99;
            if (d >= base) { bad = true; break; }
            overflow = overflow || __builtin_mul_overflow(v, Int128(base), &v) || __builtin_add_overflow(v, Int128(d), &v);
            any = true;
            prev = c;
        }
        if (prev == '_' && any) bad = true;
        if (base != 10 && !any && lit->raw != "0") bad = true;
        if (bad) { error(lit->pos, "invalid " + std::string(base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal") + " literal"); return; }
        if (overflow) { error(lit->pos, "constant overflow"); return; }
        lit->type = m_types.basic(BasicKind::UntypedInt);
        lit->cv = ConstValue::ofInt(v);
        lit->mode = ExprMode::Constant;
        return;
    }
    case Tok::Float: unsupported(lit->pos, "floating-point literal " + lit->raw); return;
    case Tok::Imag: unsupported(lit->pos, "complex literal " + lit->raw); return;
    case Tok::Char: {
        int32_t r = 0;
        if (!unquoteChar(lit->raw, r)) { error(lit->pos, "invalid rune literal " + lit->raw); return; }
        lit->type = m_types.basic(BasicKind::UntypedRune);
        lit->cv = ConstValue::ofInt(r);
        lit->mode = ExprMode::Constant;
        return;
    }
    case Tok::String: {
        std::string s;
        if (!unquoteString(lit->raw, s)) { error(lit->pos, "invalid string literal"); return; }
        lit->type = m_types.basic(BasicKind::UntypedString);
        lit->cv = ConstValue::ofString(std::move(s));
        lit->mode = ExprMode::Constant;
        return;
    }
    default: return;
    }
}

void Checker::funcLit(FuncLit *lit)
{
    Type *sig = funcSignature(lit->ftype, nullptr, nullptr, nullptr, nullptr, nullptr);
    checkFuncBody(lit, lit->ftype, lit->body, sig, nullptr);
    lit->type = sig;
    lit->mode = ExprMode::Value;
}

namespace {
Expr *unparen(Expr *e)
{
    while (auto *p = as<ParenExpr>(e)) e = p->x;
    return e;
}
} // namespace

int64_t Checker::constIndex(Expr *e, int64_t max, bool allowEqual)
{
    // Returns the constant index value, or -1 if not constant / invalid.
    if (e->mode == ExprMode::Invalid) return -1;
    if (!isInteger(e->type)) {
        error(e->pos, "invalid argument: index " + operandStr(e) + " must be integer");
        e->mode = ExprMode::Invalid;
        return -1;
    }
    if (isUntyped(e->type)) {
        if (e->mode == ExprMode::Constant && !representable(e->cv, m_types.basic(BasicKind::Int))) {
            error(e->pos, "cannot use " + operandStr(e) + " as int value in index (overflows)");
            return -1;
        }
        setType(e, m_types.basic(BasicKind::Int));
    }
    if (e->mode != ExprMode::Constant) return -1;
    if (e->cv.i < 0) {
        error(e->pos, "invalid argument: index " + exprString(e) + " (constant of type " + e->type->str() + ") must not be negative");
        return -1;
    }
    if (max >= 0 && (e->cv.i > max || (!allowEqual && e->cv.i == max))) {
        error(e->pos, "invalid argument: index " + e->cv.str() + " out of bounds [0:" + std::to_string(max + (allowEqual ? 1 : 0)) + "]");
        return -1;
    }
    return int64_t(e->cv.i);
}

void Checker::index(IndexExpr *e)
{
    exprOrType(e->x);
    if (e->x->mode == ExprMode::TypeExpr) { unsupported(e->pos, "generic type instantiation"); return; }
    if (e->x->mode == ExprMode::Invalid) { exprOrType(e->index); return; }
    if (e->x->mode == ExprMode::Builtin || e->x->mode == ExprMode::PkgName || e->x->mode == ExprMode::NoValue) {
        error(e->x->pos, "invalid operation: cannot index " + operandStr(e->x));
        return;
    }
    Type *t = e->x->type;
    Type *u = t->underlying();
    if (u->kind == TypeKind::Pointer && u->elem->underlying()->kind == TypeKind::Array) {
        u = u->elem->underlying();
        e->mode = ExprMode::Variable;
    } else {
        e->mode = e->x->mode == ExprMode::Variable ? ExprMode::Variable : ExprMode::Value;
    }
    if (u->kind == TypeKind::Map) {
        expr(e->index);
        if (e->index->mode != ExprMode::Invalid) assignment(e->index, u->key, "map index");
        e->type = u->elem;
        e->mode = ExprMode::MapIndex;
        return;
    }
    expr(e->index);
    if (isString(u)) {
        int64_t max = e->x->mode == ExprMode::Constant ? int64_t(e->x->cv.s.size()) : -1;
        constIndex(e->index, max, false);
        if (isUntyped(t)) setType(e->x, m_types.basic(BasicKind::String));
        e->type = m_types.byteType();
        e->mode = ExprMode::Value;
        return;
    }
    if (u->kind == TypeKind::Slice) {
        constIndex(e->index, -1, false);
        e->type = u->elem;
        e->mode = ExprMode::Variable;
        return;
    }
    if (u->kind == TypeKind::Array) {
        constIndex(e->index, u->len, false);
        e->type = u->elem;
        return;
    }
    error(e->x->pos, "invalid operation: cannot index " + operandStr(e->x));
    e->mode = ExprMode::Invalid;
}

void Checker::sliceExpr(SliceExpr *e)
{
    expr(e->x);
    for (Expr *i : {e->lo, e->hi, e->max})
        if (i) expr(i);
    if (e->x->mode == ExprMode::Invalid) return;
    Type *t = e->x->type;
    Type *u = t->underlying();
    int64_t len = -1;
    if (isString(u)) {
        if (e->slice3) { error(e->pos, "invalid operation: 3-index slice of string"); return; }
        if (e->x->mode == ExprMode::Constant) len = int64_t(e->x->cv.s.size());
        e->type = isUntyped(t) ? m_types.basic(BasicKind::String) : t;
        if (isUntyped(t)) setType(e->x, e->type);
    } else if (u->kind == TypeKind::Slice) {
        e->type = t;
    } else if (u->kind == TypeKind::Array) {
        if (e->x->mode != ExprMode::Variable) {
            error(e->pos, "invalid operation: " + exprString(e->x) + " (slice of unaddressable value)");
            return;
        }
        markAddressTaken(e->x);
        len = u->len;
        e->type = m_types.slice(u->elem);
    } else if (u->kind == TypeKind::Pointer && u->elem->underlying()->kind == TypeKind::Array) {
        len = u->elem->underlying()->len;
        e->type = m_types.slice(u->elem->underlying()->elem);
    } else {
        error(e->x->pos, "cannot slice " + operandStr(e->x));
        return;
    }
    int64_t prev = 0;
    for (Expr *i : {e->lo, e->hi, e->max}) {
        if (!i) continue;
        int64_t v = constIndex(i, len, true);
        if (v >= 0) {
            if (v < prev) error(i->pos, "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
            prev = v;
        }
    }
    e->mode = ExprMode::Value;
}

void Checker::star(StarExpr *e)
{
    exprOrType(e->x);
    if (e->x->mode == ExprMode::Invalid) return;
    if (e->x->mode == ExprMode::TypeExpr) {
        e->type = m_types.pointer(e->x->type);
        e->mode = ExprMode::TypeExpr;
        return;
    }
    Type *u = e->x->type->underlying();
    if (u->kind == TypeKind::Basic && u->basic == BasicKind::UntypedNil) {
        error(e->pos, "invalid operation: cannot indirect nil");
        return;
    }
    if (u->kind != TypeKind::Pointer || e->x->mode == ExprMode::Builtin || e->x->mode == ExprMode::PkgName) {
        error(e->pos, "invalid operation: cannot indirect " + operandStr(e->x));
        return;
    }
    e->type = u->elem;
    e->mode = ExprMode::Variable;
}

void Checker::markAddressTaken(Expr *e)
{
    for (int guard = 0; e && guard < 1000; ++guard) {
        e = unparen(e);
        if (auto *id = as<Ident>(e)) {
            if (id->obj && id->obj->kind == ObjKind::Var) id->obj->addressTaken = true;
            return;
        }
        if (auto *s = as<SelectorExpr>(e)) {
            if (s->selKind != SelKind::Field || s->implicitDeref) return;
            e = s->x;
            continue;
        }
        if (auto *ix = as<IndexExpr>(e)) {
            if (!ix->x->type || ix->x->type->underlying()->kind != TypeKind::Array) return;
            e = ix->x;
            continue;
        }
        return;
    }
}

bool Checker::isAddressable(Expr *e)
{
    return e->mode == ExprMode::Variable;
}

} // namespace gsl::lang
