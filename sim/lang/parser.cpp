// parser.cpp — parser infrastructure, the file level and parseFile.
//
// Error recovery follows gc loosely: one syntax error per line is reported,
// the parser skips to the next statement or declaration and goes on; after
// 10 errors it stops (finishDiagnostics adds "too many errors").
#include "sim/lang/parser.h"
#include "sim/lang/parse.h"

namespace gsl::lang {

namespace {
constexpr int kMaxDepth = 500;
constexpr size_t kMaxErrors = 11;
} // namespace

Parser::Parser(File &file, std::string_view src) : m_file(file), m_lexer(src)
{
    m_nodeBudget = 16 * src.size() + 4096;
    next();
}

void Parser::next()
{
    m_tok = m_lexer.next();
    const auto &errs = m_lexer.errors();
    for (; m_lexErrorsSeen < errs.size(); ++m_lexErrorsSeen)
        error(errs[m_lexErrorsSeen].pos, errs[m_lexErrorsSeen].message);
    // Illegal tokens were reported by the lexer; skip them.
    while (m_tok.tok == Tok::Illegal) {
        m_tok = m_lexer.next();
        for (; m_lexErrorsSeen < errs.size(); ++m_lexErrorsSeen)
            error(errs[m_lexErrorsSeen].pos, errs[m_lexErrorsSeen].message);
    }
    if (m_diags.size() >= kMaxErrors) m_tok.tok = Tok::Eof;   // stop: too many errors
}

void Parser::error(Pos p, const std::string &msg)
{
    // gc reports at most one syntax error per line.
    if (p.line == m_lastErrorLine) return;
    m_lastErrorLine = p.line;
    if (m_diags.size() >= kMaxErrors) return;
    m_diags.push_back({m_file.fileName, p.line, p.col, msg, Diagnostic::Syntax});
}

void Parser::unsupported(Pos p, const std::string &what)
{
    if (m_diags.size() >= kMaxErrors) return;
    m_diags.push_back({m_file.fileName, p.line, p.col, "unsupported: " + what + " (scenario language v1)",
                       Diagnostic::Unsupported});
}

std::string Parser::tokDesc(const Token &t) const
{
    switch (t.tok) {
    case Tok::Semicolon: return t.lit == "\n" ? "newline" : "semicolon";
    case Tok::Eof: return "EOF";
    case Tok::Ident: return "name " + std::string(t.lit);
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
        return "literal " + std::string(t.lit.substr(0, 40));
    default:
        if (t.tok >= Tok::Break) return "keyword " + std::string(tokString(t.tok));
        return std::string(tokString(t.tok));
    }
}

void Parser::errorExpected(Pos p, const std::string &what)
{
    error(p, "syntax error: unexpected " + tokDesc(m_tok) + ", expecting " + what);
}

Pos Parser::expect(Tok t, const char *what)
{
    Pos p = m_tok.pos;
    if (m_tok.tok != t) {
        errorExpected(p, what ? what : std::string(tokString(t)));
        return p;
    }
    next();
    return p;
}

Pos Parser::expectClosing(Tok t, const char *context)
{
    // gc: "unexpected newline in composite literal; possibly missing comma or }"
    if (m_tok.tok != t && m_tok.tok == Tok::Semicolon && m_tok.lit == "\n") {
        error(m_tok.pos, std::string("syntax error: unexpected newline in ") + context + "; possibly missing comma or "
                             + std::string(tokString(t)));
        next();
    }
    return expect(t);
}

void Parser::expectSemi()
{
    if (m_tok.tok == Tok::RParen || m_tok.tok == Tok::RBrace) return;   // optional before a closing ) or }
    if (m_tok.tok == Tok::Semicolon) { next(); return; }
    error(m_tok.pos, "syntax error: unexpected " + tokDesc(m_tok) + " at end of statement");
    syncStmt();
}

bool Parser::got(Tok t)
{
    if (m_tok.tok != t) return false;
    next();
    return true;
}

bool Parser::enter()
{
    if (m_tooDeep) return false;
    if (m_file.nodeCount() > m_nodeBudget) {
        unsupported(m_tok.pos, "file too complex");
        m_tooDeep = true;
        m_tok.tok = Tok::Eof;
        return false;
    }
    if (++m_depth > kMaxDepth) {
        tooDeep();
        return false;
    }
    return true;
}

void Parser::tooDeep()
{
    if (m_tooDeep) return;
    unsupported(m_tok.pos, "nesting too deep");
    m_tooDeep = true;
    m_tok.tok = Tok::Eof;   // abandon the file: every caller unwinds on EOF
}

void Parser::syncStmt()
{
    // Skip to the end of the current statement.
    int depth = 0;
    while (m_tok.tok != Tok::Eof) {
        if (m_tok.tok == Tok::LBrace || m_tok.tok == Tok::LParen || m_tok.tok == Tok::LBrack) ++depth;
        else if (m_tok.tok == Tok::RBrace || m_tok.tok == Tok::RParen || m_tok.tok == Tok::RBrack) {
            if (depth == 0) return;
            --depth;
        } else if (m_tok.tok == Tok::Semicolon && depth == 0) {
            next();
            return;
        }
        next();
    }
}

void Parser::syncDecl()
{
    while (m_tok.tok != Tok::Eof && m_tok.tok != Tok::Func && m_tok.tok != Tok::Var && m_tok.tok != Tok::Const
           && m_tok.tok != Tok::Type && m_tok.tok != Tok::Import)
        next();
}

Ident *Parser::parseIdent()
{
    auto *id = m_file.make<Ident>(m_tok.pos);
    if (m_tok.tok == Tok::Ident) {
        id->name = std::string(m_tok.lit);
        next();
    } else {
        errorExpected(m_tok.pos, "name");
        id->name = "_";
    }
    return id;
}

void Parser::parseFile()
{
    if (m_tok.tok != Tok::Package) {
        error(m_tok.pos, "syntax error: package statement must be first");
        return;
    }
    next();
    m_file.packageName = parseIdent();
    expectSemi();
    while (m_tok.tok == Tok::Import) {
        auto *d = parseGenDecl(Tok::Import);
        m_file.decls.push_back(d);
        expectSemi();
    }
    while (m_tok.tok != Tok::Eof) {
        Pos before = m_tok.pos;
        switch (m_tok.tok) {
        case Tok::Const: case Tok::Var: case Tok::Type:
            m_file.decls.push_back(parseGenDecl(m_tok.tok));
            break;
        case Tok::Func:
            m_file.decls.push_back(parseFuncDecl());
            break;
        case Tok::Import:
            error(m_tok.pos, "syntax error: imports must appear before other declarations");
            parseGenDecl(Tok::Import);
            break;
        default:
            error(m_tok.pos, "syntax error: non-declaration statement outside function body");
            next();
            syncDecl();
            continue;
        }
        if (m_tok.tok != Tok::Eof && m_tok.tok != Tok::Semicolon) {
            error(m_tok.pos, "syntax error: unexpected " + tokDesc(m_tok) + " after top level declaration");
            syncDecl();
        } else {
            got(Tok::Semicolon);
        }
        if (m_tok.pos == before && m_tok.tok != Tok::Eof) next();   // guarantee progress
    }
}

ParseResult parseFile(std::string fileName, std::string_view src)
{
    ParseResult r;
    r.file = std::make_unique<File>(Pos{1, 1});
    r.file->fileName = fileName;
    r.metadata = parseMetadata(src);
    Parser p(*r.file, src);
    p.parseFile();
    r.diagnostics = p.takeDiagnostics();
    finishDiagnostics(r.diagnostics);
    return r;
}

} // namespace gsl::lang
