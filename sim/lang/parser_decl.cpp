// parser_decl.cpp — declarations: imports, const/var/type specs, functions,
// parameter lists and struct fields.
#include "sim/lang/parser.h"

namespace gsl::lang {

ImportSpec *Parser::parseImportSpec()
{
    auto *s = m_file.make<ImportSpec>(m_tok.pos);
    if (m_tok.tok == Tok::Ident) s->name = parseIdent();
    else if (m_tok.tok == Tok::Period) { s->name = m_file.make<Ident>(m_tok.pos); s->name->name = std::string(1, '.'); next(); }
    if (m_tok.tok == Tok::String) {
        auto *lit = m_file.make<BasicLit>(m_tok.pos);
        lit->litKind = Tok::String;
        lit->raw = std::string(m_tok.lit);
        s->path = lit;
        if (!unquoteString(lit->raw, s->pathValue) || s->pathValue.empty())
            error(lit->pos, "invalid import path: " + lit->raw);
        next();
    } else {
        errorExpected(m_tok.pos, "import path");
        syncStmt();
    }
    m_file.imports.push_back(s);
    return s;
}

GenDecl *Parser::parseGenDecl(Tok keyword)
{
    auto *d = m_file.make<GenDecl>(m_tok.pos);
    d->tok = keyword;
    next();
    auto one = [&](int iota, Node *prev) -> Node * {
        switch (keyword) {
        case Tok::Import: return parseImportSpec();
        case Tok::Type: return parseTypeSpec();
        default: return parseValueSpec(keyword, iota, static_cast<ValueSpec *>(prev));
        }
    };
    if (got(Tok::LParen)) {
        d->grouped = true;
        Node *prev = nullptr;
        for (int iota = 0; m_tok.tok != Tok::RParen && m_tok.tok != Tok::Eof; ++iota) {
            Pos before = m_tok.pos;
            prev = one(iota, prev);
            d->specs.push_back(prev);
            if (m_tok.tok != Tok::RParen) {
                if (m_tok.tok == Tok::Semicolon) next();
                else { errorExpected(m_tok.pos, std::string("semicolon, newline, or )")); syncStmt(); }
            }
            if (m_tok.pos == before && m_tok.tok != Tok::Eof) next();
        }
        expect(Tok::RParen);
    } else {
        d->specs.push_back(one(0, nullptr));
    }
    return d;
}

ValueSpec *Parser::parseValueSpec(Tok keyword, int iota, ValueSpec *prev)
{
    auto *s = m_file.make<ValueSpec>(m_tok.pos);
    s->iota = iota;
    s->names.push_back(parseIdent());
    while (got(Tok::Comma)) s->names.push_back(parseIdent());
    if (m_tok.tok != Tok::Assign && m_tok.tok != Tok::Semicolon && m_tok.tok != Tok::RParen)
        s->type = parseType();
    if (got(Tok::Assign)) s->values = parseExprList();
    if (keyword == Tok::Const && s->values.empty()) {
        if (s->type || !prev) {
            error(s->pos, "syntax error: missing constant value");   // gc: "missing init expr for const declaration"
        } else {
            // Go repeats the previous spec's expressions (with the new iota).
            s->type = prev->type;
            s->values = prev->values;
            s->inherited = true;
        }
    }
    if (keyword == Tok::Var && !s->type && s->values.empty())
        errorExpected(m_tok.pos, "type");
    return s;
}

TypeSpec *Parser::parseTypeSpec()
{
    auto *s = m_file.make<TypeSpec>(m_tok.pos);
    s->name = parseIdent();
    if (m_tok.tok == Tok::LBrack) {
        // type T[P any] ...: generic type (unsupported; parsed to report it)
        Pos p = m_tok.pos;
        next();
        if (m_tok.tok == Tok::Ident) {
            s->typeParams = m_file.make<FieldList>(p);
            while (m_tok.tok != Tok::RBrack && m_tok.tok != Tok::Eof) next();
            expect(Tok::RBrack);
        } else {
            // array type: type T [N]E
            auto *a = m_file.make<ArrayType>(p);
            if (m_tok.tok != Tok::RBrack) { ++m_exprLev; a->len = parseExpr(); --m_exprLev; }
            expect(Tok::RBrack);
            a->elem = parseType();
            s->type = a;
            return s;
        }
    }
    if (got(Tok::Assign)) s->alias = true;
    s->type = parseType();
    return s;
}

FuncDecl *Parser::parseFuncDecl()
{
    auto *d = m_file.make<FuncDecl>(m_tok.pos);
    Pos funcPos = m_tok.pos;
    next();
    if (m_tok.tok == Tok::LParen) d->recv = parseParameters(false);
    d->name = parseIdent();
    FieldList *tparams = nullptr;
    if (m_tok.tok == Tok::LBrack) {
        tparams = m_file.make<FieldList>(m_tok.pos);
        int depth = 0;
        do {
            if (m_tok.tok == Tok::LBrack) ++depth;
            else if (m_tok.tok == Tok::RBrack) --depth;
            next();
        } while (depth > 0 && m_tok.tok != Tok::Eof);
    }
    d->type = parseSignature(funcPos);
    d->type->typeParams = tparams;
    if (m_tok.tok == Tok::LBrace) d->body = parseBody();
    return d;
}

FuncType *Parser::parseSignature(Pos p)
{
    auto *t = m_file.make<FuncType>(p);
    t->params = parseParameters(true);
    t->results = parseResult();
    return t;
}

FieldList *Parser::parseParameters(bool allowEllipsis)
{
    auto *fl = m_file.make<FieldList>(m_tok.pos);
    expect(Tok::LParen);
    struct Entry { Ident *name; Expr *type; };
    std::vector<Entry> entries;
    bool named = false;
    auto paramType = [&]() -> Expr * {
        if (m_tok.tok == Tok::Ellipsis) {
            auto *e = m_file.make<Ellipsis>(m_tok.pos);
            if (!allowEllipsis) error(m_tok.pos, "syntax error: cannot use ... in receiver or result parameter list");
            next();
            e->elt = parseType();
            return e;
        }
        return parseType();
    };
    ++m_exprLev;
    while (m_tok.tok != Tok::RParen && m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        if (m_tok.tok == Tok::Ident) {
            Ident *id = parseIdent();
            if (m_tok.tok == Tok::Period) {
                auto *sel = m_file.make<SelectorExpr>(id->pos);
                next();
                sel->x = id;
                sel->sel = parseIdent();
                entries.push_back({nullptr, sel});
            } else if (m_tok.tok == Tok::Comma || m_tok.tok == Tok::RParen) {
                entries.push_back({id, nullptr});
            } else {
                entries.push_back({id, paramType()});
                named = true;
            }
        } else {
            entries.push_back({nullptr, paramType()});
        }
        if (!got(Tok::Comma)) break;
        if (m_tok.pos == before) next();
    }
    --m_exprLev;
    fl->closing = m_tok.pos;
    expectClosing(Tok::RParen, "parameter list");
    if (!named) {
        for (auto &e : entries) {
            auto *f = m_file.make<Field>(e.name ? e.name->pos : e.type->pos);
            f->type = e.name ? static_cast<Expr *>(e.name) : e.type;
            fl->list.push_back(f);
        }
        return fl;
    }
    std::vector<Ident *> pending;
    for (auto &e : entries) {
        if (!e.name) { error(e.type->pos, "syntax error: mixed named and unnamed parameters"); continue; }
        pending.push_back(e.name);
        if (e.type) {
            auto *f = m_file.make<Field>(pending.front()->pos);
            f->names = std::move(pending);
            pending.clear();
            f->type = e.type;
            fl->list.push_back(f);
        }
    }
    if (!pending.empty()) error(pending.back()->pos, "syntax error: mixed named and unnamed parameters");
    return fl;
}

FieldList *Parser::parseResult()
{
    if (m_tok.tok == Tok::LParen) return parseParameters(false);
    if (Expr *t = tryType()) {
        auto *fl = m_file.make<FieldList>(t->pos);
        auto *f = m_file.make<Field>(t->pos);
        f->type = t;
        fl->list.push_back(f);
        return fl;
    }
    return nullptr;
}

FieldList *Parser::parseStructFields()
{
    auto *fl = m_file.make<FieldList>(m_tok.pos);
    expect(Tok::LBrace);
    while (m_tok.tok != Tok::RBrace && m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        auto *f = m_file.make<Field>(m_tok.pos);
        if (m_tok.tok == Tok::Mul) {
            // embedded *T
            auto *star = m_file.make<StarExpr>(m_tok.pos);
            next();
            star->x = parseTypeName();
            f->type = star;
        } else if (m_tok.tok == Tok::Ident) {
            Ident *id = parseIdent();
            if (m_tok.tok == Tok::Period) {
                auto *sel = m_file.make<SelectorExpr>(id->pos);
                next();
                sel->x = id;
                sel->sel = parseIdent();
                f->type = sel;                       // embedded pkg.T
            } else if (m_tok.tok == Tok::Semicolon || m_tok.tok == Tok::RBrace || m_tok.tok == Tok::String) {
                f->type = id;                        // embedded T
            } else {
                f->names.push_back(id);
                while (got(Tok::Comma)) f->names.push_back(parseIdent());
                f->type = parseType();
            }
        } else {
            errorExpected(m_tok.pos, "field name or embedded type");
            syncStmt();
            if (m_tok.pos == before && m_tok.tok != Tok::Eof) next();   // progress on ) or ]
            continue;
        }
        if (m_tok.tok == Tok::String) {
            auto *tag = m_file.make<BasicLit>(m_tok.pos);
            tag->litKind = Tok::String;
            tag->raw = std::string(m_tok.lit);
            f->tag = tag;
            next();
        }
        fl->list.push_back(f);
        if (m_tok.tok != Tok::RBrace) {
            if (m_tok.tok == Tok::Semicolon) next();
            else { errorExpected(m_tok.pos, "semicolon, newline, or }"); syncStmt(); }
        }
        if (m_tok.pos == before && m_tok.tok != Tok::Eof) next();
    }
    fl->closing = m_tok.pos;
    expect(Tok::RBrace);
    return fl;
}

} // namespace gsl::lang
