// check_internal.h — internal: the Checker class shared by check*.cpp.
// The structure follows go/types: collect package-level objects, resolve
// them lazily (objDecl), then check function bodies.
#pragma once

#include "sim/lang/ast.h"
#include "sim/lang/check.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::lang {

struct Scope {
    Scope *parent = nullptr;
    std::vector<std::pair<std::string_view, Object *>> names;
    Object *lookupLocal(std::string_view n) const
    {
        for (const auto &[k, o] : names)
            if (k == n) return o;
        return nullptr;
    }
};

// What a package-level object was declared by (for lazy resolution).
struct DeclInfo {
    Node *spec = nullptr;         // ValueSpec, TypeSpec or FuncDecl
    int index = 0;                // position of the name within the spec
    int state = 0;                // 0 = unresolved, 1 = in progress, 2 = done
};

// One function being checked (FuncDecl or FuncLit).
struct FuncCtx {
    Node *node = nullptr;
    Type *sig = nullptr;
    std::vector<Object *> *vars = nullptr;      // where declared vars are recorded
    std::vector<Object *> *captures = nullptr;  // FuncLit only
    bool hasNamedResults = false;
    std::vector<Object *> results;
};

// A statement context for break/continue.
struct BranchCtx {
    Stmt *stmt;                   // ForStmt, RangeStmt, SwitchStmt, SelectStmt, TypeSwitchStmt
    Ident *label;                 // its label, if any
    bool isLoop;
};

class Checker {
public:
    Checker(File &file, GoVersion go);
    std::vector<Diagnostic> run();

    // ---- check.cpp ----
    void error(Pos p, std::string msg);
    void unsupported(Pos p, const std::string &what);
    Scope *openScope();
    void closeScope();
    void declare(Scope *s, Ident *id, Object *obj);
    Object *lookup(std::string_view name);
    void collectPackage();
    void objDecl(Object *obj);
    void checkFuncBody(Node *fn, FuncType *ftype, BlockStmt *body, Type *sig, FieldList *recv);
    void reportUnused(const std::vector<Object *> &vars);
    Object *newVar(Ident *id, Type *t);

    // ---- check_types.cpp ----
    Type *typeExpr(Expr *e);              // resolves a type expression; invalid() on error
    Type *funcSignature(FuncType *ft, FieldList *recv, Scope *declScope, std::vector<Object *> *paramObjs,
                        std::vector<Object *> *resultObjs, bool *namedResults);
    Type *structType(StructType *st);
    void typeDecl(Object *obj, TypeSpec *spec);
    void collectMethod(FuncDecl *fd);

    // ---- check_const.cpp ----
    bool representable(const ConstValue &v, Type *t);
    void constBinary(BinaryExpr *e, Type *resultType);
    void constUnary(UnaryExpr *e);
    std::string operandStr(Expr *e);      // "x (variable of type int)", "300 (untyped int constant)"
    std::string constDesc(Expr *e);

    // ---- check_expr.cpp ----
    void expr(Expr *e, Type *hint = nullptr);          // single value
    void singleValue(Expr *e);                          // the checks expr() adds to rawExpr()
    void exprOrType(Expr *e, Type *hint = nullptr);
    void rawExpr(Expr *e, Type *hint);
    void ident(Ident *id, bool lhs = false);
    void basicLit(BasicLit *lit);
    void compositeLit(CompositeLit *lit, Type *hint);
    void funcLit(FuncLit *lit);
    void binary(BinaryExpr *e);
    void shift(BinaryExpr *e);
    void comparison(BinaryExpr *e);
    void unary(UnaryExpr *e);
    void index(IndexExpr *e);
    void sliceExpr(SliceExpr *e);
    void star(StarExpr *e);
    enum Conv { ConvOk, ConvMismatch, ConvOverflow };
    Conv convertUntyped(Expr *e, Type *target);        // no error reported: callers word it
    void setType(Expr *e, Type *t);                    // updates untyped expressions recursively
    void defaultType(Expr *e);
    bool assignment(Expr *e, Type *target, const std::string &context);
    bool assignableTo(Expr *e, Type *target, std::string *reason);
    bool matchTypes(BinaryExpr *e);
    void markAddressTaken(Expr *e);
    bool isAddressable(Expr *e);
    int64_t constIndex(Expr *e, int64_t max, bool allowEqual);

    // ---- check_call.cpp ----
    void call(CallExpr *e);
    void conversion(CallExpr *e, Type *t);
    void builtinCall(CallExpr *e, Builtin b);
    void selector(SelectorExpr *e, bool callee);
    void methodExpr(SelectorExpr *e);
    void arguments(CallExpr *e, Type *sig, const std::string &fname);
    std::string callName(CallExpr *e);

    // ---- check_stmt.cpp ----
    void stmt(Stmt *s);
    void stmtList(const std::vector<Stmt *> &list);
    void block(BlockStmt *b);
    void assignStmt(AssignStmt *s);
    void defineVars(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs, Pos tokPos, bool loopVars);
    void assignVars(const std::vector<Expr *> &lhs, const std::vector<Expr *> &rhs, Pos tokPos);
    Type *assignLhs(Expr *lhs);
    std::vector<Expr *> rhsValues(const std::vector<Expr *> &rhs, size_t nlhs, Pos tokPos, std::vector<Type *> &types,
                                  bool &ok);
    void localDecl(GenDecl *d);
    void varSpec(ValueSpec *spec, bool global);
    void constSpec(ValueSpec *spec, Object *onlyThis);
    void rangeStmt(RangeStmt *s);
    void forStmt(ForStmt *s);
    void switchStmt(SwitchStmt *s);
    void selectStmt(SelectStmt *s);
    void branchStmt(BranchStmt *s);
    void returnStmt(ReturnStmt *s);
    void goDefer(CallExpr *c, const char *what);
    bool isTerminating(Stmt *s, Ident *label);
    bool isTerminatingList(const std::vector<Stmt *> &list);
    bool hasBreak(Stmt *s, Stmt *target, bool implicitTarget);

    File &m_file;
    TypeStore &m_types;
    GoVersion m_go;
    std::vector<Diagnostic> m_diags;
    std::vector<std::unique_ptr<Scope>> m_scopes;
    Scope *m_universe = nullptr;   // unused: universe lookups go to TypeStore
    Scope *m_pkg = nullptr;
    Scope *m_scope = nullptr;
    std::map<int, DeclInfo> m_decls;               // object id -> declaration
    std::vector<FuncCtx> m_funcs;
    std::vector<BranchCtx> m_branches;
    std::vector<LabeledStmt *> m_labels;           // labels of the current function
    std::vector<std::string> m_gotoLabels;         // labels named by goto (unsupported, but they count as uses)
    std::vector<std::pair<Object *, ImportSpec *>> m_imports;
    Ident *m_nextLabel = nullptr;                  // label of the statement being checked (switch/select)
    std::vector<Diagnostic> m_soft;                // unused vars/imports: reported only without other errors
    int m_iota = -1;                               // current iota value inside a const spec, -1 outside
    int m_depth = 0;                               // expression recursion (bounded by the parser already)
    std::vector<FuncDecl *> m_funcDecls;
};

} // namespace gsl::lang
