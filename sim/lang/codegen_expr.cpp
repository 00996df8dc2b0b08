// codegen_expr.cpp — expressions, locations, loads and stores, composite
// literals. Operators and conversions: codegen_ops.cpp.
#include "sim/lang/codegen.h"

namespace gsl::lang {

using namespace gsl::program;

uint16_t Codegen::wrapOf(const Type *t) const
{
    const Type *u = t ? t->underlying() : nullptr;
    if (!u || u->kind != TypeKind::Basic) return 0;
    switch (u->basic) {
    case BasicKind::Int32: case BasicKind::UntypedRune: return uint16_t(Wrap::I32);
    case BasicKind::Uint32: return uint16_t(Wrap::U32);
    case BasicKind::Uint8: return uint16_t(Wrap::U8);
    default: return 0;
    }
}

std::string Codegen::exprString(const Expr *e) const
{
    if (!e) return "";
    switch (e->kind) {
    case NodeKind::Ident: return static_cast<const Ident *>(e)->name;
    case NodeKind::BasicLit: return static_cast<const BasicLit *>(e)->raw;
    case NodeKind::ParenExpr: return "(" + exprString(static_cast<const ParenExpr *>(e)->x) + ")";
    case NodeKind::SelectorExpr: { auto *s = static_cast<const SelectorExpr *>(e); return exprString(s->x) + "." + s->sel->name; }
    case NodeKind::IndexExpr: { auto *s = static_cast<const IndexExpr *>(e); return exprString(s->x) + "[" + exprString(s->index) + "]"; }
    case NodeKind::StarExpr: return "*" + exprString(static_cast<const StarExpr *>(e)->x);
    case NodeKind::UnaryExpr: { auto *u = static_cast<const UnaryExpr *>(e); return std::string(tokString(u->op)) + exprString(u->x); }
    case NodeKind::CallExpr: return exprString(static_cast<const CallExpr *>(e)->fun) + "(...)";
    case NodeKind::BinaryExpr: { auto *b = static_cast<const BinaryExpr *>(e); return exprString(b->x) + " " + std::string(tokString(b->op)) + " " + exprString(b->y); }
    default: return "_";
    }
}

int32_t Codegen::constant(Expr *e, const Type *t)
{
    int32_t r = reg();
    const ConstValue &cv = e->cv;
    const Type *u = t ? t->underlying() : nullptr;
    if (u && u->kind == TypeKind::Interface) {
        // untyped constant passed as interface: its default type
        int32_t v = constant(e, e->type && !isInterface(e->type) ? e->type : nullptr);
        const Type *dt = e->type && !isInterface(e->type) ? e->type : nullptr;
        TypeId tid = dt ? typeId(dt) : (cv.kind == ConstValue::String ? m_prog->tString : cv.kind == ConstValue::Bool ? m_prog->tBool : m_prog->tInt);
        emit(Op::MakeIface, r, v, 0, uint16_t(tid));
        return r;
    }
    switch (cv.kind) {
    case ConstValue::Bool: emit(Op::LoadImm, r, cv.b ? 1 : 0); break;
    case ConstValue::Int: {
        int64_t v = cv.int64();
        if (v >= INT32_MIN && v <= INT32_MAX) emit(Op::LoadImm, r, int32_t(v));
        else { m_prog->ints.push_back(v); emit(Op::LoadK, r, int32_t(m_prog->ints.size() - 1)); }
        break;
    }
    case ConstValue::String: emit(Op::LoadStr, r, strConst(cv.s)); break;
    default: emit(Op::LoadImm, r, 0); break;
    }
    return r;
}

int32_t Codegen::exprTo(Expr *e, const Type *target)
{
    if (e->mode == ExprMode::Constant && e->cv.valid()) return constant(e, target);
    const Type *tu = target ? target->underlying() : nullptr;
    if (tu && tu->kind == TypeKind::Interface) {
        if (auto *id = as<Ident>(e); id && id->obj && id->obj->kind == ObjKind::Nil) { int32_t r = reg(); emit(Op::LoadImm, r, 0); return r; }
        int32_t v = valueCopy(e);
        if (e->type && isInterface(e->type)) return v;
        int32_t r = reg();
        emit(Op::MakeIface, r, v, 0, uint16_t(typeId(e->type)));
        return r;
    }
    return valueCopy(e);
}

int32_t Codegen::valueCopy(Expr *e)
{
    int32_t v = expr(e);
    TypeId t = typeId(e->type);
    if (t && isAggregate(m_prog->types[t].kind) &&
        (e->kind == NodeKind::Ident || e->kind == NodeKind::SelectorExpr || e->kind == NodeKind::IndexExpr ||
         e->kind == NodeKind::ParenExpr)) {
        int32_t r = reg();
        emit(Op::CopyAgg, r, v, 0, uint16_t(t));
        return r;
    }
    return v;
}

Loc Codegen::loc(Expr *e)
{
    setLine(e->pos);
    Loc l;
    l.type = typeId(e->type);
    switch (e->kind) {
    case NodeKind::ParenExpr: return loc(static_cast<ParenExpr *>(e)->x);
    case NodeKind::Ident: {
        auto *id = static_cast<Ident *>(e);
        if (!id->obj || id->obj->kind != ObjKind::Var) break;
        Storage s = storageOf(id->obj, e->pos);
        if (s.kind == Storage::Reg) { l.kind = Loc::Reg; l.a = s.reg; return l; }
        l.kind = Loc::Ptr;
        l.name = varName(id->name);
        if (s.kind == Storage::Boxed) { l.a = s.reg; return l; }
        l.a = reg();
        emit(Op::GlobalAddr, l.a, s.global);
        return l;
    }
    case NodeKind::SelectorExpr: {
        auto *se = static_cast<SelectorExpr *>(e);
        if (se->selKind != SelKind::Field) break;
        l.name = varName(exprString(e));
        if (se->implicitDeref) {
            int32_t p = expr(se->x);
            l.kind = Loc::Ptr;
            l.a = reg();
            emit(Op::FieldAddr, l.a, p, se->fieldIndex, uint16_t(typeId(se->x->type->underlying()->elem)));
            return l;
        }
        bool addressable = se->x->mode == ExprMode::Variable;
        if (!addressable) { l.kind = Loc::Field; l.a = expr(se->x); l.b = se->fieldIndex; return l; }
        Loc inner = loc(se->x);
        switch (inner.kind) {
        case Loc::Reg: l.kind = Loc::Field; l.a = inner.a; l.b = se->fieldIndex; return l;
        case Loc::Ptr:
            l.kind = Loc::Ptr;
            l.a = reg();
            emit(Op::FieldAddr, l.a, inner.a, se->fieldIndex, uint16_t(inner.type));
            return l;
        default: {
            int32_t agg = load(inner);   // aggregate refs are stable: no copy needed
            l.kind = Loc::Field; l.a = agg; l.b = se->fieldIndex; return l;
        }
        }
    }
    case NodeKind::IndexExpr: {
        auto *ie = static_cast<IndexExpr *>(e);
        const Type *xt = ie->x->type->underlying();
        l.name = varName(exprString(e));
        if (xt->kind == TypeKind::Map) {
            l.kind = Loc::MapEntry;
            l.a = expr(ie->x);
            l.b = exprTo(ie->index, xt->key);
            return l;
        }
        if (xt->kind == TypeKind::Slice) {
            int32_t s = expr(ie->x), i = expr(ie->index);
            l.kind = Loc::Ptr;
            l.a = reg();
            emit(Op::IndexAddr, l.a, s, i);
            return l;
        }
        if (xt->kind == TypeKind::Pointer) {   // pointer to array
            int32_t p = expr(ie->x), i = expr(ie->index);
            l.kind = Loc::Ptr;
            l.a = reg();
            emit(Op::ArrayIndexAddr, l.a, p, i, uint16_t(typeId(xt->elem)));
            return l;
        }
        if (xt->kind == TypeKind::Array) {
            if (ie->x->mode != ExprMode::Variable) { l.kind = Loc::Elem; l.a = expr(ie->x); l.b = expr(ie->index); return l; }
            Loc inner = loc(ie->x);
            int32_t i = expr(ie->index);
            if (inner.kind == Loc::Ptr) {
                l.kind = Loc::Ptr;
                l.a = reg();
                emit(Op::ArrayIndexAddr, l.a, inner.a, i, uint16_t(inner.type));
                return l;
            }
            l.kind = Loc::Elem;
            l.a = inner.kind == Loc::Reg ? inner.a : load(inner);
            l.b = i;
            return l;
        }
        break;
    }
    case NodeKind::StarExpr: {
        l.kind = Loc::Ptr;
        l.a = expr(static_cast<StarExpr *>(e)->x);
        l.name = varName(exprString(e));
        return l;
    }
    default: break;
    }
    l.kind = Loc::Value;
    l.a = expr(e);
    return l;
}

int32_t Codegen::load(const Loc &l)
{
    int32_t r;
    switch (l.kind) {
    case Loc::Reg: case Loc::Value: return l.a;
    case Loc::Ptr: r = reg(); emit(Op::Load, r, l.a, int32_t(l.name), uint16_t(l.type)); return r;
    case Loc::Field: r = reg(); emit(Op::FieldGet, r, l.a, l.b); return r;
    case Loc::Elem: r = reg(); emit(Op::ElemGet, r, l.a, l.b); return r;
    case Loc::MapEntry: r = reg(2); emit(Op::MapGet, r, l.a, l.b, uint16_t(l.name)); return r;
    }
    return 0;
}

void Codegen::store(const Loc &l, int32_t v)
{
    bool agg = l.type && isAggregate(m_prog->types[l.type].kind);
    switch (l.kind) {
    case Loc::Reg:
        if (agg) emit(Op::AssignAgg, l.a, v, 0, uint16_t(l.type));
        else emit(Op::Move, l.a, v);
        break;
    case Loc::Ptr: emit(Op::Store, l.a, v, int32_t(l.name), uint16_t(l.type)); break;
    case Loc::Field:
        if (agg) { int32_t t = reg(); emit(Op::FieldGet, t, l.a, l.b); emit(Op::AssignAgg, t, v, 0, uint16_t(l.type)); }
        else emit(Op::FieldSet, l.a, l.b, v);
        break;
    case Loc::Elem:
        if (agg) { int32_t t = reg(); emit(Op::ElemGet, t, l.a, l.b); emit(Op::AssignAgg, t, v, 0, uint16_t(l.type)); }
        else emit(Op::ElemSet, l.a, l.b, v);
        break;
    case Loc::MapEntry: emit(Op::MapSet, l.a, l.b, v, uint16_t(l.name)); break;
    case Loc::Value: throw CodegenError(Pos{m_line, 1}, "cannot assign to this expression");
    }
}

int32_t Codegen::addrOf(Expr *e)
{
    if (auto *p = as<ParenExpr>(e)) return addrOf(p->x);
    if (auto *cl = as<CompositeLit>(e)) {   // &T{...}
        int32_t v = composite(cl);
        int32_t r = reg();
        emit(Op::NewBox, r, v);
        return r;
    }
    Loc l = loc(e);
    int32_t r;
    switch (l.kind) {
    case Loc::Ptr: return l.a;
    case Loc::Field: r = reg(); emit(Op::StructFieldAddr, r, l.a, l.b); return r;
    case Loc::Elem: r = reg(); emit(Op::ArrayElemAddr, r, l.a, l.b); return r;
    default: {
        // Not addressable in our storage (a register variable the checker did
        // not mark address-taken): box a copy. Simplification.
        int32_t v = load(l);
        r = reg();
        emit(Op::NewBox, r, v);
        return r;
    }
    }
}

int32_t Codegen::expr(Expr *e)
{
    setLine(e->pos);
    if (e->mode == ExprMode::Constant && e->cv.valid()) return constant(e, e->type);
    switch (e->kind) {
    case NodeKind::ParenExpr: return expr(static_cast<ParenExpr *>(e)->x);
    case NodeKind::Ident: {
        auto *id = static_cast<Ident *>(e);
        if (!id->obj || id->obj->kind == ObjKind::Nil) { int32_t r = reg(); emit(Op::LoadImm, r, 0); return r; }
        if (id->obj->kind == ObjKind::Func) {
            auto it = m_funcIndex.find(id->obj);
            if (it == m_funcIndex.end()) throw CodegenError(e->pos, "function value " + id->name);
            int32_t r = reg();
            emit(Op::LoadFunc, r, it->second);
            return r;
        }
        return load(loc(e));
    }
    case NodeKind::SelectorExpr: {
        auto *se = static_cast<SelectorExpr *>(e);
        const Type *xt = se->x->type ? se->x->type : nullptr;
        if (xt && se->sel->name == "C") {
            const Type *tt = xt->kind == TypeKind::Pointer ? xt->elem : xt;
            if (tt && tt->kind == TypeKind::Named && tt->lib == LibType::Timer) {
                int32_t t = expr(se->x), r = reg();
                emit(Op::TimerC, r, t);
                return r;
            }
        }
        if (se->selKind == SelKind::Field) return load(loc(e));
        if (se->selKind == SelKind::Method && se->sel->obj)
            return se->sel->obj->lib != LibFunc::None ? libMethodValue(se) : methodValue(se);
        if (se->selKind == SelKind::MethodExpr && se->sel->obj) return methodExpr(se);
        if (se->selKind == SelKind::Qualified && se->sel->obj && se->sel->obj->kind == ObjKind::Func &&
            se->sel->obj->lib != LibFunc::None)
            return libFuncValue(se);
        throw CodegenError(e->pos, "selector " + se->sel->name);
    }
    case NodeKind::IndexExpr: {
        auto *ie = static_cast<IndexExpr *>(e);
        if (isString(ie->x->type)) {
            int32_t s = expr(ie->x), i = expr(ie->index), r = reg();
            emit(Op::StrIndex, r, s, i);
            return r;
        }
        return load(loc(e));
    }
    case NodeKind::StarExpr: return load(loc(e));
    case NodeKind::SliceExpr: {
        auto *se = static_cast<SliceExpr *>(e);
        const Type *xt = se->x->type->underlying();
        int32_t base = reg(3);
        uint8_t flag = 0;
        int32_t x;
        Op op = Op::SliceExpr;
        if (xt->kind == TypeKind::Array) { x = addrOf(se->x); op = Op::ArraySlice; }
        else if (xt->kind == TypeKind::Pointer) { x = expr(se->x); op = Op::ArraySlice; }
        else x = expr(se->x);
        if (se->lo) { emit(Op::Move, base, expr(se->lo)); flag |= 1; }
        if (se->hi) { emit(Op::Move, base + 1, expr(se->hi)); flag |= 2; }
        if (se->max) { emit(Op::Move, base + 2, expr(se->max)); flag |= 4; }
        int32_t r = reg();
        if (isString(xt)) emit(Op::StrSlice, r, x, base, 0, flag);
        else emit(op, r, x, base, 0, flag);
        return r;
    }
    case NodeKind::BinaryExpr: return binary(static_cast<BinaryExpr *>(e));
    case NodeKind::UnaryExpr: return unary(static_cast<UnaryExpr *>(e));
    case NodeKind::CallExpr: return call(static_cast<CallExpr *>(e), 1);
    case NodeKind::CompositeLit: return composite(static_cast<CompositeLit *>(e));
    case NodeKind::FuncLit: return compileLit(static_cast<FuncLit *>(e));
    default: throw CodegenError(e->pos, "expression");
    }
}

int32_t Codegen::composite(CompositeLit *e)
{
    const Type *t = e->type;
    const Type *u = t->underlying();
    TypeId tid = typeId(t);
    int32_t r = reg();
    switch (u->kind) {
    case TypeKind::Struct: case TypeKind::Array: {
        emit(Op::Zero, r, int32_t(tid));
        for (size_t i = 0; i < e->elts.size(); ++i) {
            Expr *v = e->elts[i];
            if (auto *kv = as<KeyValueExpr>(v)) v = kv->value;
            int64_t idx = i < e->eltIndex.size() ? e->eltIndex[i] : int64_t(i);
            const Type *et = u->kind == TypeKind::Struct ? u->fields[size_t(idx)].type : u->elem;
            int32_t val = exprTo(v, et);
            Loc l;
            l.type = typeId(et);
            if (u->kind == TypeKind::Struct) { l.kind = Loc::Field; l.a = r; l.b = int32_t(idx); }
            else { l.kind = Loc::Elem; l.a = r; l.b = reg(); emit(Op::LoadImm, l.b, int32_t(idx)); }
            store(l, val);
        }
        return r;
    }
    case TypeKind::Slice: {
        int64_t n = std::max<int64_t>(e->length, int64_t(e->elts.size()));
        int32_t base = reg(int(std::max<int64_t>(n, 1)));
        TypeId et = typeId(u->elem);
        for (int64_t i = 0; i < n; ++i) {
            if (isAggregate(m_prog->types[et].kind)) emit(Op::Zero, base + int32_t(i), int32_t(et));
            else emit(Op::LoadImm, base + int32_t(i), 0);
        }
        for (size_t i = 0; i < e->elts.size(); ++i) {
            Expr *v = e->elts[i];
            if (auto *kv = as<KeyValueExpr>(v)) v = kv->value;
            int64_t idx = i < e->eltIndex.size() ? e->eltIndex[i] : int64_t(i);
            emit(Op::Move, base + int32_t(idx), exprTo(v, u->elem));
        }
        emit(Op::SliceLit, r, base, int32_t(n));
        return r;
    }
    case TypeKind::Map: {
        emit(Op::MakeMap, r, 0, 0, uint16_t(tid));
        for (Expr *el : e->elts) {
            auto *kv = cast<KeyValueExpr>(el);
            int32_t k = exprTo(kv->key, u->key), v = exprTo(kv->value, u->elem);
            emit(Op::MapSet, r, k, v, uint16_t(varName("map literal")));
        }
        return r;
    }
    default: throw CodegenError(e->pos, "composite literal of this type");
    }
}

} // namespace gsl::lang
