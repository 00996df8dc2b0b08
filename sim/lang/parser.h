// parser.h — internal: the recursive-descent parser (go/parser's structure).
// Use parseFile (parse.h).
#pragma once

#include "sim/lang/ast.h"
#include "sim/lang/diagnostic.h"
#include "sim/lang/lexer.h"

#include <string>
#include <vector>

namespace gsl::lang {

class Parser {
public:
    Parser(File &file, std::string_view src);
    void parseFile();
    std::vector<Diagnostic> takeDiagnostics() { return std::move(m_diags); }

private:
    // infrastructure (parser.cpp)
    void next();
    void error(Pos p, const std::string &msg);
    void unsupported(Pos p, const std::string &what);
    void errorExpected(Pos p, const std::string &what);
    std::string tokDesc(const Token &t) const;
    Pos expect(Tok t, const char *what = nullptr);
    Pos expectClosing(Tok t, const char *context);
    void expectSemi();
    bool got(Tok t);
    bool enter();            // recursion guard; false = too deep (already reported)
    void leave() { --m_depth; }
    void tooDeep();          // report "nesting too deep" once and abandon the file
    void syncStmt();
    void syncDecl();
    Ident *parseIdent();

    // declarations (parser_decl.cpp)
    ImportSpec *parseImportSpec();
    GenDecl *parseGenDecl(Tok keyword);
    ValueSpec *parseValueSpec(Tok keyword, int iota, ValueSpec *prev);
    TypeSpec *parseTypeSpec();
    FuncDecl *parseFuncDecl();
    FieldList *parseParameters(bool allowEllipsis);
    FieldList *parseResult();
    FuncType *parseSignature(Pos p);
    FieldList *parseStructFields();

    // types and expressions (parser_expr.cpp)
    Expr *parseType();
    Expr *tryType();
    Expr *parseTypeName();
    Expr *parseArrayOrSliceType(bool allowEllipsisLen);
    Expr *parseMapType();
    Expr *parseChanType();
    Expr *parseFuncTypeOrLit();
    Expr *parseStructType();
    Expr *parseInterfaceType();
    Expr *parseExpr();
    Expr *parseBinaryExpr(int prec1);
    Expr *parseUnaryExpr();
    Expr *parsePrimaryExpr();
    Expr *parseOperand();
    Expr *parseCallOrConversion(Expr *fun);
    Expr *parseIndexOrSlice(Expr *x);
    Expr *parseLiteralValue(Expr *type);
    Expr *parseElement();
    std::vector<Expr *> parseExprList();
    bool isLiteralType(Expr *x) const;

    // statements (parser_stmt.cpp)
    BlockStmt *parseBlockStmt();
    BlockStmt *parseBody();
    std::vector<Stmt *> parseStmtList();
    Stmt *parseStmt();
    enum class SimpleMode { Basic, LabelOk, RangeOk };
    Stmt *parseSimpleStmt(SimpleMode mode, bool *isRange = nullptr);
    Stmt *parseIfStmt();
    Stmt *parseSwitchStmt();
    Stmt *parseSelectStmt();
    Stmt *parseForStmt();
    CallExpr *parseCallForGoDefer(const char *what);
    Stmt *parseReturnStmt();
    Stmt *parseBranchStmt(Tok tok);
    CaseClause *parseCaseClause();
    CommClause *parseCommClause();

    File &m_file;
    Lexer m_lexer;
    Token m_tok;
    size_t m_lexErrorsSeen = 0;
    int m_exprLev = 0;       // < 0: in a control clause header (composite literals of bare type names not allowed)
    int m_depth = 0;
    size_t m_nodeBudget = 0;  // bound on nodes: a parser bug can never loop forever allocating
    bool m_tooDeep = false;
    int m_lastErrorLine = 0;
    std::vector<Diagnostic> m_diags;
};

} // namespace gsl::lang
