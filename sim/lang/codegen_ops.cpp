// codegen_ops.cpp — operators and conversions: comparisons (by type),
// binary and unary operators with per-width wrap-around, conversions; split
// from codegen_expr.cpp.
#include "sim/lang/codegen.h"

namespace gsl::lang {

using namespace gsl::program;

int32_t Codegen::compare(Tok op, int32_t x, int32_t y, const Type *t, Expr *ex, Expr *ey)
{
    int32_t r = reg();
    const Type *u = t ? t->underlying() : nullptr;
    auto isNil = [](Expr *e) { auto *id = as<Ident>(e); return id && id->obj && id->obj->kind == ObjKind::Nil; };
    if (u && u->kind == TypeKind::Interface) {
        if (isNil(ex) || isNil(ey)) {
            emit(Op::IfaceNil, r, isNil(ex) ? y : x);
            if (op == Tok::Neq) emit(Op::Not, r, r);
            return r;
        }
        // mixed concrete/interface comparisons: box the concrete side
        if (ex->type && !isInterface(ex->type)) { int32_t b = reg(); emit(Op::MakeIface, b, x, 0, uint16_t(typeId(ex->type))); x = b; }
        if (ey->type && !isInterface(ey->type)) { int32_t b = reg(); emit(Op::MakeIface, b, y, 0, uint16_t(typeId(ey->type))); y = b; }
        emit(op == Tok::Eql ? Op::EqT : Op::NeT, r, x, y, uint16_t(typeId(t)));
        return r;
    }
    if (isString(u)) {
        Op o = op == Tok::Eql ? Op::StrEq : op == Tok::Neq ? Op::StrNe : op == Tok::Lss ? Op::StrLt
             : op == Tok::Leq ? Op::StrLe : op == Tok::Gtr ? Op::StrGt : Op::StrGe;
        emit(o, r, x, y);
        return r;
    }
    if (u && (u->kind == TypeKind::Struct || u->kind == TypeKind::Array)) {
        emit(op == Tok::Eql ? Op::EqT : Op::NeT, r, x, y, uint16_t(typeId(t)));
        return r;
    }
    if (u && (u->kind == TypeKind::Slice || u->kind == TypeKind::Map || u->kind == TypeKind::Signature)) {
        // only comparable with nil: compare the reference part
        int32_t v = isNil(ex) ? y : x, z = reg();
        emit(Op::LoadImm, z, 0);
        int32_t a = reg(), b = reg();
        if (u->kind == TypeKind::Signature) { emit(op == Tok::Eql ? Op::Eq : Op::Ne, r, v, z); return r; }
        emit(Op::Len, a, v, 0, uint16_t(Kind::Slice));
        (void)b;
        // nil slice / map: ref 0
        emit(Op::Move, a, v);
        emit(Op::StructFieldAddr, a, v, 0);   // a.ref = v.ref, a.bits = 0
        emit(op == Tok::Eql ? Op::Eq : Op::Ne, r, a, z);
        return r;
    }
    bool uns = isUnsigned(u);
    Op o;
    switch (op) {
    case Tok::Eql: o = Op::Eq; break;
    case Tok::Neq: o = Op::Ne; break;
    case Tok::Lss: o = uns ? Op::LtU : Op::Lt; break;
    case Tok::Leq: o = uns ? Op::LeU : Op::Le; break;
    case Tok::Gtr: o = uns ? Op::GtU : Op::Gt; break;
    default: o = uns ? Op::GeU : Op::Ge; break;
    }
    emit(o, r, x, y);
    return r;
}

int32_t Codegen::binary(BinaryExpr *e)
{
    if (e->op == Tok::LAnd || e->op == Tok::LOr) {
        int32_t r = reg();
        int32_t x = expr(e->x);
        emit(Op::Move, r, x);
        int32_t j = emit(e->op == Tok::LAnd ? Op::JmpIfNot : Op::JmpIf, 0, r);
        int32_t y = expr(e->y);
        emit(Op::Move, r, y);
        patch(j, pc());
        return r;
    }
    int32_t x = expr(e->x), y = expr(e->y);
    switch (e->op) {
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: {
        const Type *t = e->x->type;
        if (e->x->type && e->y->type && isInterface(e->y->type) && !isInterface(e->x->type)) t = e->y->type;
        auto *idx = as<Ident>(e->x);
        if (idx && idx->obj && idx->obj->kind == ObjKind::Nil) t = e->y->type;
        return compare(e->op, x, y, t, e->x, e->y);
    }
    default: break;
    }
    int32_t r = reg();
    const Type *t = e->type;
    uint16_t w = wrapOf(t);
    bool uns = isUnsigned(t);
    if (isString(t) && e->op == Tok::Add) { emit(Op::Concat, r, x, y); return r; }
    Op o;
    switch (e->op) {
    case Tok::Add: o = Op::Add; break;
    case Tok::Sub: o = Op::Sub; break;
    case Tok::Mul: o = Op::Mul; break;
    case Tok::Quo: o = uns ? Op::DivU : Op::Div; break;
    case Tok::Rem: o = uns ? Op::RemU : Op::Rem; break;
    case Tok::And: o = Op::And; break;
    case Tok::Or: o = Op::Or; break;
    case Tok::Xor: o = Op::Xor; break;
    case Tok::AndNot: o = Op::AndNot; break;
    case Tok::Shl: o = Op::Shl; break;
    case Tok::Shr: o = uns ? Op::ShrU : Op::Shr; break;
    default: throw CodegenError(e->pos, "operator " + std::string(tokString(e->op)));
    }
    uint8_t flag = 0;
    if ((o == Op::Shl || o == Op::Shr || o == Op::ShrU) && isUnsigned(e->y->type)) flag = 1;
    emit(o, r, x, y, w, flag);
    return r;
}

int32_t Codegen::unary(UnaryExpr *e)
{
    if (e->op == Tok::And) return addrOf(e->x);
    if (e->op == Tok::Arrow) {
        int32_t ch = expr(e->x), r = reg(2);
        emit(Op::Recv, r, ch);
        return r;
    }
    int32_t x = expr(e->x), r = reg();
    switch (e->op) {
    case Tok::Sub: emit(Op::Neg, r, x, 0, wrapOf(e->type)); break;
    case Tok::Add: emit(Op::Move, r, x); break;
    case Tok::Not: emit(Op::Not, r, x); break;
    case Tok::Xor: emit(Op::BitNot, r, x, 0, wrapOf(e->type)); break;
    default: throw CodegenError(e->pos, "unary operator");
    }
    return r;
}

int32_t Codegen::convert(int32_t x, const Type *from, const Type *to)
{
    const Type *fu = from ? from->underlying() : nullptr, *tu = to->underlying();
    int32_t r = reg();
    if (tu->kind == TypeKind::Interface) {
        if (from && isInterface(from)) return x;
        emit(Op::MakeIface, r, x, 0, uint16_t(typeId(from)));
        return r;
    }
    if (isString(tu) && fu && isInteger(fu)) { emit(Op::RuneToStr, r, x); return r; }
    // string([]byte) / string([]rune) and back: flag 1 = runes (UTF-8 encoded / decoded).
    auto runes = [](const Type *slice) { return isInteger(slice->elem) && intBits(slice->elem) == 32 ? uint8_t(1) : uint8_t(0); };
    if (isString(tu) && fu && fu->kind == TypeKind::Slice) { emit(Op::BytesToStr, r, x, 0, 0, runes(fu)); return r; }
    if (tu->kind == TypeKind::Slice && fu && isString(fu)) { emit(Op::StrToBytes, r, x, 0, 0, runes(tu)); return r; }
    if (isInteger(tu)) {
        uint16_t w = wrapOf(to);
        if (w) { emit(Op::Wrap, r, x, 0, w); return r; }
    }
    return x;
}

} // namespace gsl::lang
