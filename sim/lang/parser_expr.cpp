// parser_expr.cpp — expressions and type expressions.
#include "sim/lang/parser.h"

namespace gsl::lang {

// GSL_ENTER is the recursion guard of every recursive production: past
// kMaxDepth the parser reports "nesting too deep" and unwinds on EOF.
#define GSL_ENTER(fallbackPos)                                  \
    if (!enter()) return m_file.make<BadExpr>(fallbackPos);      \
    struct LeaveOnExit { Parser *p; ~LeaveOnExit() { p->m_depth--; } } leaveOnExit_{this};

Expr *Parser::parseTypeName()
{
    Ident *id = parseIdent();
    if (m_tok.tok != Tok::Period) return id;
    auto *sel = m_file.make<SelectorExpr>(id->pos);
    next();
    sel->x = id;
    sel->sel = parseIdent();
    return sel;
}

Expr *Parser::tryType()
{
    GSL_ENTER(m_tok.pos)
    switch (m_tok.tok) {
    case Tok::Ident: {
        Expr *t = parseTypeName();
        if (m_tok.tok == Tok::LBrack) {
            // T[Arg]: a generic instantiation; keep it as an IndexExpr (unsupported later).
            auto *ix = m_file.make<IndexExpr>(m_tok.pos);
            next();
            ix->x = t;
            ix->index = parseType();
            while (got(Tok::Comma)) parseType();
            ix->rbrack = expect(Tok::RBrack);
            return ix;
        }
        return t;
    }
    case Tok::LBrack: return parseArrayOrSliceType(false);
    case Tok::Struct: return parseStructType();
    case Tok::Mul: {
        auto *s = m_file.make<StarExpr>(m_tok.pos);
        next();
        s->x = parseType();
        return s;
    }
    case Tok::Func: {
        Pos p = m_tok.pos;
        next();
        return parseSignature(p);
    }
    case Tok::Interface: return parseInterfaceType();
    case Tok::Map: return parseMapType();
    case Tok::Chan: case Tok::Arrow: return parseChanType();
    case Tok::LParen: {
        auto *pe = m_file.make<ParenExpr>(m_tok.pos);
        next();
        pe->x = parseType();
        expect(Tok::RParen);
        return pe;
    }
    default: return nullptr;
    }
}

Expr *Parser::parseType()
{
    Expr *t = tryType();
    if (!t) {
        errorExpected(m_tok.pos, "type");
        t = m_file.make<BadExpr>(m_tok.pos);
        if (m_tok.tok != Tok::Semicolon && m_tok.tok != Tok::RBrace && m_tok.tok != Tok::RParen) next();
    }
    return t;
}

Expr *Parser::parseArrayOrSliceType(bool allowEllipsisLen)
{
    auto *a = m_file.make<ArrayType>(m_tok.pos);
    expect(Tok::LBrack);
    if (m_tok.tok == Tok::Ellipsis && allowEllipsisLen) {
        a->len = m_file.make<Ellipsis>(m_tok.pos);
        next();
    } else if (m_tok.tok != Tok::RBrack) {
        ++m_exprLev;
        a->len = parseExpr();
        --m_exprLev;
    }
    expect(Tok::RBrack);
    a->elem = parseType();
    return a;
}

Expr *Parser::parseMapType()
{
    auto *m = m_file.make<MapType>(m_tok.pos);
    next();
    expect(Tok::LBrack);
    m->key = parseType();
    expect(Tok::RBrack);
    m->value = parseType();
    return m;
}

Expr *Parser::parseChanType()
{
    auto *c = m_file.make<ChanType>(m_tok.pos);
    if (m_tok.tok == Tok::Chan) {
        next();
        if (m_tok.tok == Tok::Arrow) { next(); c->dir = ChanDir::Send; }
    } else {
        next();   // <-
        expect(Tok::Chan);
        c->dir = ChanDir::Recv;
    }
    c->value = parseType();
    return c;
}

Expr *Parser::parseStructType()
{
    auto *s = m_file.make<StructType>(m_tok.pos);
    next();
    s->fields = parseStructFields();
    return s;
}

Expr *Parser::parseInterfaceType()
{
    auto *it = m_file.make<InterfaceType>(m_tok.pos);
    next();
    it->methods = m_file.make<FieldList>(m_tok.pos);
    expect(Tok::LBrace);
    while (m_tok.tok != Tok::RBrace && m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        auto *f = m_file.make<Field>(m_tok.pos);
        if (m_tok.tok == Tok::Ident) {
            Ident *id = parseIdent();
            if (m_tok.tok == Tok::LParen) {
                f->names.push_back(id);
                f->type = parseSignature(id->pos);
            } else {
                f->type = id;   // embedded interface or constraint
            }
        } else {
            f->type = m_file.make<BadExpr>(m_tok.pos);   // constraint syntax (~int | ...), unsupported
        }
        it->methods->list.push_back(f);
        while (m_tok.tok != Tok::Semicolon && m_tok.tok != Tok::RBrace && m_tok.tok != Tok::Eof) next();
        got(Tok::Semicolon);
        if (m_tok.pos == before && m_tok.tok != Tok::Eof) next();
    }
    it->methods->closing = m_tok.pos;
    expect(Tok::RBrace);
    return it;
}

Expr *Parser::parseFuncTypeOrLit()
{
    Pos p = m_tok.pos;
    next();
    FuncType *sig = parseSignature(p);
    if (m_tok.tok != Tok::LBrace) return sig;
    auto *lit = m_file.make<FuncLit>(p);
    lit->ftype = sig;
    ++m_exprLev;
    lit->body = parseBody();
    --m_exprLev;
    return lit;
}

std::vector<Expr *> Parser::parseExprList()
{
    std::vector<Expr *> list;
    list.push_back(parseExpr());
    while (got(Tok::Comma)) list.push_back(parseExpr());
    return list;
}

Expr *Parser::parseExpr()
{
    return parseBinaryExpr(1);
}

namespace {
constexpr int kMaxParseDepth = 500;   // = kMaxDepth in parser.cpp
} // namespace

Expr *Parser::parseBinaryExpr(int prec1)
{
    GSL_ENTER(m_tok.pos)
    Expr *x = parseUnaryExpr();
    // A left-assoc chain a+b+c+... is built iteratively here but is as deep
    // as it is long for the checker's recursion: count it as nesting.
    int chain = 0;
    while (true) {
        int prec = precedence(m_tok.tok);
        if (prec < prec1) return x;
        if (m_depth + ++chain > kMaxParseDepth) { tooDeep(); return x; }
        auto *b = m_file.make<BinaryExpr>(x->pos);
        b->op = m_tok.tok;
        b->opPos = m_tok.pos;
        next();
        b->x = x;
        b->y = parseBinaryExpr(prec + 1);
        x = b;
    }
}

Expr *Parser::parseUnaryExpr()
{
    GSL_ENTER(m_tok.pos)
    switch (m_tok.tok) {
    case Tok::Add: case Tok::Sub: case Tok::Not: case Tok::Xor: case Tok::And: case Tok::Tilde: {
        auto *u = m_file.make<UnaryExpr>(m_tok.pos);
        u->op = m_tok.tok;
        next();
        u->x = parseUnaryExpr();
        return u;
    }
    case Tok::Arrow: {
        Pos p = m_tok.pos;
        next();
        if (m_tok.tok == Tok::Chan) {
            // <-chan T: a type in expression position (conversion operand)
            auto *c = m_file.make<ChanType>(p);
            next();
            c->dir = ChanDir::Recv;
            c->value = parseType();
            return c;
        }
        auto *u = m_file.make<UnaryExpr>(p);
        u->op = Tok::Arrow;
        u->x = parseUnaryExpr();
        return u;
    }
    case Tok::Mul: {
        auto *s = m_file.make<StarExpr>(m_tok.pos);
        next();
        s->x = parseUnaryExpr();
        return s;
    }
    default: return parsePrimaryExpr();
    }
}

Expr *Parser::parseOperand()
{
    Pos p = m_tok.pos;
    switch (m_tok.tok) {
    case Tok::Ident: return parseIdent();
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String: {
        auto *lit = m_file.make<BasicLit>(p);
        lit->litKind = m_tok.tok;
        lit->raw = std::string(m_tok.lit);
        next();
        return lit;
    }
    case Tok::LParen: {
        auto *pe = m_file.make<ParenExpr>(p);
        next();
        ++m_exprLev;
        pe->x = parseExpr();
        --m_exprLev;
        expect(Tok::RParen);
        return pe;
    }
    case Tok::Func: return parseFuncTypeOrLit();
    case Tok::LBrack: return parseArrayOrSliceType(true);
    case Tok::Map: return parseMapType();
    case Tok::Chan: return parseChanType();
    case Tok::Struct: return parseStructType();
    case Tok::Interface: return parseInterfaceType();
    default:
        errorExpected(p, "expression");
        if (m_tok.tok != Tok::Semicolon && m_tok.tok != Tok::RBrace && m_tok.tok != Tok::RParen
            && m_tok.tok != Tok::RBrack && m_tok.tok != Tok::Eof)
            next();
        return m_file.make<BadExpr>(p);
    }
}

bool Parser::isLiteralType(Expr *x) const
{
    switch (x->kind) {
    case NodeKind::Ident: case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::MapType: return true;
    case NodeKind::SelectorExpr: return static_cast<SelectorExpr *>(x)->x->kind == NodeKind::Ident;
    case NodeKind::IndexExpr: return static_cast<IndexExpr *>(x)->x->kind == NodeKind::Ident;  // generic T[int]{}
    default: return false;
    }
}

Expr *Parser::parsePrimaryExpr()
{
    Expr *x = parseOperand();
    int chain = 0;   // a.b.c[0](x)... : as deep as it is long for the checker
    while (true) {
        if (m_depth + ++chain > kMaxParseDepth) { tooDeep(); return x; }
        switch (m_tok.tok) {
        case Tok::Period: {
            Pos p = m_tok.pos;
            next();
            if (m_tok.tok == Tok::Ident) {
                auto *sel = m_file.make<SelectorExpr>(x->pos);
                sel->x = x;
                sel->sel = parseIdent();
                x = sel;
            } else if (m_tok.tok == Tok::LParen) {
                auto *ta = m_file.make<TypeAssertExpr>(x->pos);
                next();
                ta->x = x;
                if (m_tok.tok == Tok::Type) next();   // x.(type): typeExpr stays null
                else ta->typeExpr = parseType();
                expect(Tok::RParen);
                x = ta;
            } else {
                errorExpected(p, "name or (");
                return x;
            }
            break;
        }
        case Tok::LBrack: x = parseIndexOrSlice(x); break;
        case Tok::LParen: x = parseCallOrConversion(x); break;
        case Tok::LBrace: {
            bool typeName = x->kind == NodeKind::Ident || x->kind == NodeKind::SelectorExpr;
            if (isLiteralType(x) && (m_exprLev >= 0 || !typeName)) { x = parseLiteralValue(x); break; }
            return x;
        }
        default: return x;
        }
        if (m_tooDeep) return x;
    }
}

Expr *Parser::parseCallOrConversion(Expr *fun)
{
    GSL_ENTER(m_tok.pos)
    auto *call = m_file.make<CallExpr>(fun->pos);
    call->fun = fun;
    call->lparen = m_tok.pos;
    next();
    ++m_exprLev;
    while (m_tok.tok != Tok::RParen && m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        call->args.push_back(parseExpr());
        if (m_tok.tok == Tok::Ellipsis) { call->hasEllipsis = true; next(); }
        if (!got(Tok::Comma)) break;
        if (m_tok.pos == before) next();
    }
    --m_exprLev;
    call->rparen = m_tok.pos;
    expectClosing(Tok::RParen, "argument list");
    return call;
}

Expr *Parser::parseIndexOrSlice(Expr *x)
{
    GSL_ENTER(m_tok.pos)
    Pos lbrack = m_tok.pos;
    next();
    ++m_exprLev;
    Expr *idx[3] = {nullptr, nullptr, nullptr};
    int ncolons = 0;
    if (m_tok.tok != Tok::Colon) idx[0] = parseExpr();
    while (m_tok.tok == Tok::Colon && ncolons < 2) {
        ++ncolons;
        next();
        if (m_tok.tok != Tok::Colon && m_tok.tok != Tok::RBrack && m_tok.tok != Tok::Eof) idx[ncolons] = parseExpr();
    }
    while (ncolons == 0 && got(Tok::Comma)) parseType();   // generic instantiation f[A, B]
    --m_exprLev;
    Pos rbrack = expect(Tok::RBrack);
    if (ncolons == 0) {
        auto *ix = m_file.make<IndexExpr>(x->pos);
        ix->x = x;
        ix->index = idx[0] ? idx[0] : m_file.make<BadExpr>(lbrack);
        ix->rbrack = rbrack;
        if (!idx[0]) error(lbrack, "syntax error: expecting operand");
        return ix;
    }
    auto *s = m_file.make<SliceExpr>(x->pos);
    s->x = x;
    s->lo = idx[0];
    s->hi = idx[1];
    s->max = idx[2];
    s->slice3 = ncolons == 2;
    if (s->slice3 && (!s->hi || !s->max)) error(rbrack, "syntax error: middle and final index required in 3-index slice");
    return s;
}

Expr *Parser::parseElement()
{
    Expr *x = m_tok.tok == Tok::LBrace ? parseLiteralValue(nullptr) : parseExpr();
    if (m_tok.tok == Tok::Colon) {
        auto *kv = m_file.make<KeyValueExpr>(x->pos);
        next();
        kv->key = x;
        kv->value = m_tok.tok == Tok::LBrace ? parseLiteralValue(nullptr) : parseExpr();
        return kv;
    }
    return x;
}

Expr *Parser::parseLiteralValue(Expr *type)
{
    GSL_ENTER(m_tok.pos)
    auto *lit = m_file.make<CompositeLit>(type ? type->pos : m_tok.pos);
    lit->typeExpr = type;
    lit->lbrace = m_tok.pos;
    expect(Tok::LBrace);
    ++m_exprLev;
    while (m_tok.tok != Tok::RBrace && m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        lit->elts.push_back(parseElement());
        if (!got(Tok::Comma)) break;
        if (m_tok.pos == before) next();
    }
    --m_exprLev;
    lit->rbrace = m_tok.pos;
    expectClosing(Tok::RBrace, "composite literal");
    return lit;
}

#undef GSL_ENTER

} // namespace gsl::lang
