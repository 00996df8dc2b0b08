// parser_stmt.cpp — statements. Control-clause headers parse with
// m_exprLev = -1 so that `if x == T{}` is read as go/parser reads it.
#include "sim/lang/parser.h"

namespace gsl::lang {

#define GSL_ENTER_STMT(fallbackPos)                              \
    if (!enter()) return m_file.make<BadStmt>(fallbackPos);       \
    struct LeaveOnExit { Parser *p; ~LeaveOnExit() { p->m_depth--; } } leaveOnExit_{this};

BlockStmt *Parser::parseBlockStmt()
{
    auto *b = m_file.make<BlockStmt>(m_tok.pos);
    if (m_tok.tok != Tok::LBrace) {
        errorExpected(m_tok.pos, "{");
        b->rbrace = m_tok.pos;
        return b;
    }
    next();
    b->list = parseStmtList();
    b->rbrace = m_tok.pos;
    expect(Tok::RBrace, "}");
    return b;
}

BlockStmt *Parser::parseBody()
{
    return parseBlockStmt();
}

std::vector<Stmt *> Parser::parseStmtList()
{
    std::vector<Stmt *> list;
    while (m_tok.tok != Tok::Case && m_tok.tok != Tok::Default && m_tok.tok != Tok::RBrace && m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        Stmt *s = parseStmt();
        if (!(s->kind == NodeKind::EmptyStmt && static_cast<EmptyStmt *>(s)->implicit)) list.push_back(s);
        if (m_tok.pos == before && m_tok.tok != Tok::Eof && m_tok.tok != Tok::RBrace) next();   // progress
    }
    return list;
}

Stmt *Parser::parseStmt()
{
    GSL_ENTER_STMT(m_tok.pos)
    Pos p = m_tok.pos;
    switch (m_tok.tok) {
    case Tok::Const: case Tok::Type: case Tok::Var: {
        auto *d = m_file.make<DeclStmt>(p);
        d->decl = parseGenDecl(m_tok.tok);
        expectSemi();
        return d;
    }
    case Tok::Ident: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Func: case Tok::LParen: case Tok::LBrack: case Tok::Struct: case Tok::Map: case Tok::Chan:
    case Tok::Interface: case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::And: case Tok::Xor:
    case Tok::Arrow: case Tok::Not: {
        Stmt *s = parseSimpleStmt(SimpleMode::LabelOk);
        if (s->kind != NodeKind::LabeledStmt) expectSemi();
        return s;
    }
    case Tok::Go: case Tok::Defer: {
        bool isGo = m_tok.tok == Tok::Go;
        next();
        CallExpr *call = parseCallForGoDefer(isGo ? "go" : "defer");
        expectSemi();
        if (isGo) { auto *g = m_file.make<GoStmt>(p); g->call = call; return g; }
        auto *d = m_file.make<DeferStmt>(p);
        d->call = call;
        return d;
    }
    case Tok::Return: { Stmt *s = parseReturnStmt(); expectSemi(); return s; }
    case Tok::Break: case Tok::Continue: case Tok::Goto: case Tok::Fallthrough: {
        Stmt *s = parseBranchStmt(m_tok.tok);
        expectSemi();
        return s;
    }
    case Tok::LBrace: { Stmt *s = parseBlockStmt(); expectSemi(); return s; }
    case Tok::If: { Stmt *s = parseIfStmt(); expectSemi(); return s; }
    case Tok::Switch: { Stmt *s = parseSwitchStmt(); expectSemi(); return s; }
    case Tok::Select: { Stmt *s = parseSelectStmt(); expectSemi(); return s; }
    case Tok::For: { Stmt *s = parseForStmt(); expectSemi(); return s; }
    case Tok::Semicolon: {
        auto *e = m_file.make<EmptyStmt>(p);
        e->implicit = m_tok.lit == "\n";
        next();
        return e;
    }
    case Tok::RBrace: {
        auto *e = m_file.make<EmptyStmt>(p);
        e->implicit = true;
        return e;
    }
    default:
        error(p, "syntax error: unexpected " + tokDesc(m_tok) + ", expecting }");
        syncStmt();
        return m_file.make<BadStmt>(p);
    }
}

Stmt *Parser::parseSimpleStmt(SimpleMode mode, bool *isRange)
{
    Pos p = m_tok.pos;
    if (mode == SimpleMode::RangeOk && m_tok.tok == Tok::Range) {
        // for range x
        auto *u = m_file.make<UnaryExpr>(p);
        u->op = Tok::Range;
        next();
        u->x = parseExpr();
        auto *es = m_file.make<ExprStmt>(p);
        es->x = u;
        if (isRange) *isRange = true;
        return es;
    }
    std::vector<Expr *> lhs = parseExprList();
    Tok t = m_tok.tok;
    if (t == Tok::Define || t == Tok::Assign || isAssignOp(t)) {
        auto *as = m_file.make<AssignStmt>(p);
        as->lhs = std::move(lhs);
        as->tok = t;
        as->tokPos = m_tok.pos;
        next();
        if (mode == SimpleMode::RangeOk && m_tok.tok == Tok::Range && (t == Tok::Define || t == Tok::Assign)) {
            auto *u = m_file.make<UnaryExpr>(m_tok.pos);
            u->op = Tok::Range;
            next();
            u->x = parseExpr();
            as->rhs.push_back(u);
            if (isRange) *isRange = true;
        } else {
            as->rhs = parseExprList();
        }
        return as;
    }
    if (lhs.size() > 1) {
        errorExpected(m_tok.pos, ":= or = or comma");
        syncStmt();
        return m_file.make<BadStmt>(p);
    }
    Expr *x = lhs[0];
    switch (t) {
    case Tok::Colon:
        if (mode == SimpleMode::LabelOk && x->kind == NodeKind::Ident) {
            auto *ls = m_file.make<LabeledStmt>(p);
            next();
            ls->label = static_cast<Ident *>(x);
            if (m_tok.tok == Tok::RBrace) {
                auto *e = m_file.make<EmptyStmt>(m_tok.pos);
                ls->stmt = e;
            } else {
                ls->stmt = parseStmt();
            }
            if (auto *f = as<ForStmt>(ls->stmt)) f->label = ls->label;
            if (auto *r = as<RangeStmt>(ls->stmt)) r->label = ls->label;
            return ls;
        }
        break;
    case Tok::Arrow: {
        auto *s = m_file.make<SendStmt>(p);
        s->arrow = m_tok.pos;
        next();
        s->chan = x;
        s->value = parseExpr();
        return s;
    }
    case Tok::Inc: case Tok::Dec: {
        auto *s = m_file.make<IncDecStmt>(p);
        s->x = x;
        s->tok = t;
        next();
        return s;
    }
    default: break;
    }
    auto *es = m_file.make<ExprStmt>(p);
    es->x = x;
    return es;
}

CallExpr *Parser::parseCallForGoDefer(const char *what)
{
    Pos p = m_tok.pos;
    Expr *x = parseExpr();
    while (auto *pe = as<ParenExpr>(x)) x = pe->x;
    if (auto *c = as<CallExpr>(x)) return c;
    if (x->kind != NodeKind::BadExpr) error(p, std::string("expression in ") + what + " must be function call");
    auto *c = m_file.make<CallExpr>(p);
    c->fun = x;
    return c;
}

Stmt *Parser::parseReturnStmt()
{
    auto *r = m_file.make<ReturnStmt>(m_tok.pos);
    next();
    if (m_tok.tok != Tok::Semicolon && m_tok.tok != Tok::RBrace) r->results = parseExprList();
    return r;
}

Stmt *Parser::parseBranchStmt(Tok tok)
{
    auto *b = m_file.make<BranchStmt>(m_tok.pos);
    b->tok = tok;
    next();
    if (tok != Tok::Fallthrough && m_tok.tok == Tok::Ident) b->label = parseIdent();
    return b;
}

namespace {
Expr *condOf(Stmt *s) { auto *es = as<ExprStmt>(s); return es ? es->x : nullptr; }
} // namespace

Stmt *Parser::parseIfStmt()
{
    auto *s = m_file.make<IfStmt>(m_tok.pos);
    next();
    int prevLev = m_exprLev;
    m_exprLev = -1;
    Stmt *condStmt = nullptr;
    if (m_tok.tok != Tok::LBrace) {
        if (m_tok.tok != Tok::Semicolon) condStmt = parseSimpleStmt(SimpleMode::Basic);
        if (m_tok.tok == Tok::Semicolon) {
            next();
            s->init = condStmt;
            condStmt = nullptr;
            if (m_tok.tok != Tok::LBrace) condStmt = parseSimpleStmt(SimpleMode::Basic);
        }
    }
    m_exprLev = prevLev;
    if (!condStmt) {
        error(s->pos, "missing condition in if statement");
    } else if (!(s->cond = condOf(condStmt))) {
        error(condStmt->pos, "syntax error: cannot use assignment or declaration as value");
    }
    if (!s->cond) s->cond = m_file.make<BadExpr>(s->pos);
    s->body = parseBlockStmt();
    if (got(Tok::Else)) {
        if (m_tok.tok == Tok::If) s->els = parseIfStmt();
        else if (m_tok.tok == Tok::LBrace) s->els = parseBlockStmt();
        else { error(m_tok.pos, "syntax error: else must be followed by if or statement block"); syncStmt(); }
    }
    return s;
}

CaseClause *Parser::parseCaseClause()
{
    auto *c = m_file.make<CaseClause>(m_tok.pos);
    if (got(Tok::Case)) {
        c->list = parseExprList();
    } else {
        expect(Tok::Default);
        c->isDefault = true;
    }
    expect(Tok::Colon);
    c->body = parseStmtList();
    return c;
}

Stmt *Parser::parseSwitchStmt()
{
    Pos p = m_tok.pos;
    next();
    int prevLev = m_exprLev;
    m_exprLev = -1;
    Stmt *s1 = nullptr, *s2 = nullptr;
    if (m_tok.tok != Tok::LBrace) {
        if (m_tok.tok != Tok::Semicolon) s2 = parseSimpleStmt(SimpleMode::Basic);
        if (m_tok.tok == Tok::Semicolon) {
            next();
            s1 = s2;
            s2 = nullptr;
            if (m_tok.tok != Tok::LBrace) s2 = parseSimpleStmt(SimpleMode::Basic);
        }
    }
    m_exprLev = prevLev;
    auto *body = m_file.make<BlockStmt>(m_tok.pos);
    expect(Tok::LBrace);
    while (m_tok.tok == Tok::Case || m_tok.tok == Tok::Default) body->list.push_back(parseCaseClause());
    body->rbrace = m_tok.pos;
    if (m_tok.tok != Tok::RBrace) errorExpected(m_tok.pos, "case or default or }");
    expect(Tok::RBrace);
    auto isTypeSwitchGuard = [](Stmt *s) {
        Expr *x = nullptr;
        if (auto *es = as<ExprStmt>(s)) x = es->x;
        else if (auto *as_ = as<AssignStmt>(s); as_ && as_->tok == Tok::Define && as_->rhs.size() == 1) x = as_->rhs[0];
        auto *ta = as<TypeAssertExpr>(x);
        return ta && !ta->typeExpr;
    };
    if (s2 && isTypeSwitchGuard(s2)) {
        auto *ts = m_file.make<TypeSwitchStmt>(p);
        ts->init = s1;
        ts->assign = s2;
        ts->body = body;
        return ts;
    }
    auto *sw = m_file.make<SwitchStmt>(p);
    sw->init = s1;
    if (s2) {
        sw->tag = condOf(s2);
        if (!sw->tag) error(s2->pos, "syntax error: switch expression must be an expression");
    }
    sw->body = body;
    return sw;
}

CommClause *Parser::parseCommClause()
{
    auto *c = m_file.make<CommClause>(m_tok.pos);
    if (got(Tok::Case)) {
        Pos p = m_tok.pos;
        std::vector<Expr *> lhs = parseExprList();
        if (m_tok.tok == Tok::Arrow) {
            auto *s = m_file.make<SendStmt>(p);
            s->arrow = m_tok.pos;
            next();
            s->chan = lhs[0];
            s->value = parseExpr();
            if (lhs.size() > 1) error(p, "syntax error: unexpected comma in send statement");
            c->comm = s;
        } else if (m_tok.tok == Tok::Assign || m_tok.tok == Tok::Define) {
            auto *as = m_file.make<AssignStmt>(p);
            as->tok = m_tok.tok;
            as->tokPos = m_tok.pos;
            next();
            as->lhs = std::move(lhs);
            as->rhs.push_back(parseExpr());
            c->comm = as;
        } else {
            auto *es = m_file.make<ExprStmt>(p);
            es->x = lhs[0];
            c->comm = es;
        }
    } else {
        expect(Tok::Default);
    }
    expect(Tok::Colon);
    c->body = parseStmtList();
    return c;
}

Stmt *Parser::parseSelectStmt()
{
    auto *s = m_file.make<SelectStmt>(m_tok.pos);
    next();
    auto *body = m_file.make<BlockStmt>(m_tok.pos);
    expect(Tok::LBrace);
    while (m_tok.tok == Tok::Case || m_tok.tok == Tok::Default) body->list.push_back(parseCommClause());
    body->rbrace = m_tok.pos;
    if (m_tok.tok != Tok::RBrace) errorExpected(m_tok.pos, "case or default or }");
    expect(Tok::RBrace);
    s->body = body;
    return s;
}

Stmt *Parser::parseForStmt()
{
    Pos p = m_tok.pos;
    next();
    int prevLev = m_exprLev;
    m_exprLev = -1;
    Stmt *s1 = nullptr, *s2 = nullptr, *s3 = nullptr;
    bool isRange = false;
    if (m_tok.tok != Tok::LBrace) {
        if (m_tok.tok != Tok::Semicolon) s2 = parseSimpleStmt(SimpleMode::RangeOk, &isRange);
        if (!isRange && m_tok.tok == Tok::Semicolon) {
            next();
            s1 = s2;
            s2 = nullptr;
            if (m_tok.tok != Tok::Semicolon) {
                if (m_tok.tok == Tok::LBrace) error(m_tok.pos, "syntax error: expected for loop condition");
                else s2 = parseSimpleStmt(SimpleMode::Basic);
            }
            if (m_tok.tok != Tok::LBrace) {
                expect(Tok::Semicolon, "semicolon");
                if (m_tok.tok != Tok::LBrace) s3 = parseSimpleStmt(SimpleMode::Basic);
            }
        }
    }
    m_exprLev = prevLev;
    BlockStmt *body = parseBlockStmt();
    if (isRange) {
        auto *r = m_file.make<RangeStmt>(p);
        r->body = body;
        if (auto *asg = as<AssignStmt>(s2)) {
            r->tok = asg->tok;
            if (!asg->lhs.empty()) r->key = asg->lhs[0];
            if (asg->lhs.size() > 1) r->value = asg->lhs[1];
            if (asg->lhs.size() > 2) error(asg->lhs[2]->pos, "syntax error: range clause permits at most two iteration variables");
            r->x = static_cast<UnaryExpr *>(asg->rhs[0])->x;
        } else {
            r->x = static_cast<UnaryExpr *>(static_cast<ExprStmt *>(s2)->x)->x;
        }
        return r;
    }
    auto *f = m_file.make<ForStmt>(p);
    f->init = s1;
    if (s2) {
        f->cond = condOf(s2);
        if (!f->cond) error(s2->pos, "syntax error: cannot use assignment or declaration as value");
    }
    f->post = s3;
    if (auto *asg = as<AssignStmt>(s3); asg && asg->tok == Tok::Define)
        error(asg->pos, "syntax error: cannot declare in post statement of for loop");
    f->body = body;
    return f;
}

#undef GSL_ENTER_STMT

} // namespace gsl::lang
