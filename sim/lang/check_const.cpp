// check_const.cpp — constant arithmetic and representability, and the
// operand descriptions of diagnostics ("x (variable of type int)").
//
// Simplification: untyped integer constants are exact in 128 bits instead of
// arbitrary precision; beyond that the checker reports "constant overflow".
#include "sim/lang/check_internal.h"

namespace gsl::lang {

namespace {
constexpr Int128 kMax128 = ~(Int128(1) << 127);   // bit pattern of INT128_MAX
} // namespace

bool Checker::representable(const ConstValue &v, Type *t)
{
    Type *u = t->underlying();
    if (u->kind == TypeKind::Interface) return true;
    if (u->kind != TypeKind::Basic) return false;
    if (isBoolean(u)) return v.kind == ConstValue::Bool;
    if (isString(u)) return v.kind == ConstValue::String;
    bool isSigned = true;
    int bits = intBits(u, &isSigned);
    if (!bits || v.kind != ConstValue::Int) return false;
    if (bits >= 128) return true;
    if (isSigned) {
        Int128 lim = Int128(1) << (bits - 1);
        return v.i >= -lim && v.i < lim;
    }
    return v.i >= 0 && v.i < (Int128(1) << bits);
}

std::string Checker::constDesc(Expr *e)
{
    return e->cv.str();
}

std::string Checker::operandStr(Expr *e)
{
    std::string s = exprString(e);
    Type *t = e->type ? e->type : m_types.invalid();
    switch (e->mode) {
    case ExprMode::Constant: {
        std::string v = e->cv.str();
        if (isUntyped(t)) return s + " (" + t->str() + " constant" + (v != s ? " " + v : "") + ")";
        return s + " (constant " + (v != s ? v + " " : "") + "of type " + t->str() + ")";
    }
    case ExprMode::Variable: return s + " (variable of type " + t->str() + ")";
    case ExprMode::MapIndex: return s + " (map index expression of type " + t->str() + ")";
    case ExprMode::CommaOk: return s + " (comma, ok expression of type " + t->str() + ")";
    case ExprMode::NoValue: return s + " (no value)";
    case ExprMode::TypeExpr: return s + " (type)";
    case ExprMode::Builtin: return s + " (built-in)";
    case ExprMode::PkgName: return s + " (package)";
    case ExprMode::Value:
        if (t->kind == TypeKind::Basic && t->basic == BasicKind::UntypedNil) return "nil";
        return s + " (value of type " + t->str() + ")";
    default: return s;
    }
}

void Checker::constUnary(UnaryExpr *e)
{
    ConstValue v = e->x->cv;
    switch (e->op) {
    case Tok::Add: break;
    case Tok::Sub:
        if (v.i == -kMax128 - 1) { error(e->pos, "constant overflow"); e->mode = ExprMode::Invalid; return; }
        v.i = -v.i;
        break;
    case Tok::Xor: {
        bool isSigned = true;
        int bits = intBits(e->type, &isSigned);
        if (!isSigned && bits < 128) v.i = ~v.i & ((Int128(1) << bits) - 1);
        else v.i = ~v.i;
        break;
    }
    case Tok::Not: v.b = !v.b; break;
    default: break;
    }
    e->cv = v;
    e->mode = ExprMode::Constant;
    if (!isUntyped(e->type) && !representable(v, e->type)) {
        error(e->pos, "constant " + v.str() + " overflows " + e->type->str());
        e->mode = ExprMode::Invalid;
    }
}

void Checker::constBinary(BinaryExpr *e, Type *resultType)
{
    const ConstValue &a = e->x->cv, &b = e->y->cv;
    ConstValue r;
    bool overflow = false;
    auto cmp = [&](int c) {
        switch (e->op) {
        case Tok::Eql: return c == 0;
        case Tok::Neq: return c != 0;
        case Tok::Lss: return c < 0;
        case Tok::Leq: return c <= 0;
        case Tok::Gtr: return c > 0;
        default: return c >= 0;
        }
    };
    if (a.kind == ConstValue::Int && b.kind == ConstValue::Int) {
        Int128 x = a.i, y = b.i, z = 0;
        switch (e->op) {
        case Tok::Add: overflow = __builtin_add_overflow(x, y, &z); break;
        case Tok::Sub: overflow = __builtin_sub_overflow(x, y, &z); break;
        case Tok::Mul: overflow = __builtin_mul_overflow(x, y, &z); break;
        case Tok::Quo: if (y == 0) return; if (x == -kMax128 - 1 && y == -1) overflow = true; else z = x / y; break;
        case Tok::Rem: if (y == 0) return; if (y == -1) z = 0; else z = x % y; break;
        case Tok::And: z = x & y; break;
        case Tok::Or: z = x | y; break;
        case Tok::Xor: z = x ^ y; break;
        case Tok::AndNot: z = x & ~y; break;
        case Tok::Shl:
            if (y >= 127 || (x != 0 && (x > (kMax128 >> y) || x < ((-kMax128 - 1) >> y)))) overflow = true;
            else z = x * (Int128(1) << y);
            break;
        case Tok::Shr: z = y >= 127 ? (x < 0 ? -1 : 0) : (x >> y); break;
        default: {
            int c = x < y ? -1 : x > y ? 1 : 0;
            r = ConstValue::ofBool(cmp(c));
            e->cv = r;
            e->mode = ExprMode::Constant;
            return;
        }
        }
        r = ConstValue::ofInt(z);
    } else if (a.kind == ConstValue::String && b.kind == ConstValue::String) {
        if (e->op == Tok::Add) {
            if (a.s.size() + b.s.size() > (1u << 24)) { error(e->pos, "constant string too long"); e->mode = ExprMode::Invalid; return; }
            r = ConstValue::ofString(a.s + b.s);
        } else {
            r = ConstValue::ofBool(cmp(a.s.compare(b.s) < 0 ? -1 : a.s == b.s ? 0 : 1));
        }
    } else if (a.kind == ConstValue::Bool && b.kind == ConstValue::Bool) {
        switch (e->op) {
        case Tok::LAnd: r = ConstValue::ofBool(a.b && b.b); break;
        case Tok::LOr: r = ConstValue::ofBool(a.b || b.b); break;
        case Tok::Eql: r = ConstValue::ofBool(a.b == b.b); break;
        default: r = ConstValue::ofBool(a.b != b.b); break;
        }
    } else {
        return;
    }
    if (overflow) {
        error(e->pos, "constant overflow");
        e->mode = ExprMode::Invalid;
        return;
    }
    e->cv = r;
    e->mode = ExprMode::Constant;
    if (resultType && !isUntyped(resultType) && r.kind == ConstValue::Int && !representable(r, resultType)) {
        error(e->pos, exprString(e) + " (constant " + r.str() + " of type " + resultType->str() + ") overflows "
                          + resultType->str());
        e->mode = ExprMode::Invalid;
    }
}

} // namespace gsl::lang
