// ast.h — the syntax tree of a scenario file, mirroring go/ast.
//
// Nodes are plain structs tagged with a NodeKind; use `as<T>(node)` (null if
// the kind differs) or `cast<T>(node)` (throws std::logic_error). All nodes,
// types and objects are owned by the File, so raw pointers into it stay valid
// while the File lives (hold it by std::unique_ptr; it never moves its nodes).
//
// After check() (check.h) every Expr carries its `type`, its `mode` and, for
// constants, `cv`; every Ident that names something carries its `obj`; see the
// per-node fields marked "checker:".
#pragma once

#include "sim/lang/token.h"
#include "sim/lang/types.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace gsl::lang {

enum class NodeKind : uint8_t {
    // expressions
    BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr, IndexExpr,
    SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr, KeyValueExpr,
    // type expressions
    ArrayType, MapType, ChanType, FuncType, StructType, InterfaceType, Ellipsis,
    // statements
    BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt,
    GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt, CaseClause, SwitchStmt,
    TypeSwitchStmt, CommClause, SelectStmt, ForStmt, RangeStmt,
    // declarations
    Field, FieldList, ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl, File,
};

struct Node {
    NodeKind kind;
    Pos pos;
    Node(NodeKind k, Pos p) : kind(k), pos(p) {}
    virtual ~Node() = default;
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;
};

template<class T> T *as(Node *n) { return n && n->kind == T::Kind ? static_cast<T *>(n) : nullptr; }
template<class T> const T *as(const Node *n) { return n && n->kind == T::Kind ? static_cast<const T *>(n) : nullptr; }
template<class T> T *cast(Node *n)
{
    if (!n || n->kind != T::Kind) throw std::logic_error("cast: wrong node kind");
    return static_cast<T *>(n);
}

// ExprMode: what an expression denotes (go/types' operand modes).
enum class ExprMode : uint8_t {
    Invalid,    // not checked or erroneous
    NoValue,    // call of a function without results
    Value,      // a computed value
    Variable,   // an addressable location
    MapIndex,   // m[k]: assignable, not addressable; `v, ok` form allowed
    CommaOk,    // <-ch: `v, ok` form allowed
    Constant,   // cv holds the value
    TypeExpr,   // denotes a type (type is that type)
    Builtin,    // a builtin function name (only callable)
    PkgName,    // a package name (only in a selector)
};

#define GSL_NODE(Name, Base) \
    static constexpr NodeKind Kind = NodeKind::Name; \
    explicit Name(Pos p) : Base(NodeKind::Name, p) {}

struct Expr : Node {
    using Node::Node;
    Type *type = nullptr;            // checker: final type (untyped constants get their context's type)
    ExprMode mode = ExprMode::Invalid;
    ConstValue cv;                   // checker: for mode == Constant
};
struct Stmt : Node { using Node::Node; };

struct BlockStmt;
struct FieldList;
struct FuncType;
struct GenDecl;

// ---- expressions ----
struct BadExpr : Expr { GSL_NODE(BadExpr, Expr) };
struct Ident : Expr {
    GSL_NODE(Ident, Expr)
    std::string name;
    Object *obj = nullptr;           // checker: what it denotes (null for `_` and package clause)
    bool isDef = false;              // checker: this occurrence declares obj (var, :=, param, range)
};
struct BasicLit : Expr {
    GSL_NODE(BasicLit, Expr)
    Tok litKind = Tok::Int;          // Int, Float, Imag, Char, String
    std::string raw;                 // source text
};
struct CompositeLit : Expr {
    GSL_NODE(CompositeLit, Expr)
    Expr *typeExpr = nullptr;        // null when elided inside an outer literal
    std::vector<Expr *> elts;        // elements, possibly KeyValueExpr
    Pos lbrace, rbrace;
    std::vector<int64_t> eltIndex;   // checker: struct: field index per elt; array/slice: element index per elt
    int64_t length = 0;              // checker: array/slice literal length (max index + 1)
};
struct FuncLit : Expr {
    GSL_NODE(FuncLit, Expr)
    FuncType *ftype = nullptr;
    BlockStmt *body = nullptr;
    std::vector<Object *> captures;  // checker: variables of enclosing functions it references (in first-use order)
    std::vector<Object *> vars;      // checker: params, results and locals declared in it (not nested literals)
};
struct ParenExpr : Expr { GSL_NODE(ParenExpr, Expr) Expr *x = nullptr; };

// MethodExpr: T.M or (*T).M, a function whose first parameter is the receiver.
enum class SelKind : uint8_t { None, Field, Method, Qualified, MethodExpr };
struct SelectorExpr : Expr {
    GSL_NODE(SelectorExpr, Expr)
    Expr *x = nullptr;
    Ident *sel = nullptr;
    SelKind selKind = SelKind::None; // checker
    int fieldIndex = -1;             // checker: Field: index in the struct (no embedding in v1)
    bool implicitDeref = false;      // checker: x is a pointer, *x is meant (p.f, p.m() with value receiver)
    bool implicitAddr = false;       // checker: method with pointer receiver on addressable x (&x).m()
    // checker: sel->obj is the field Var, the method Func (user or library:
    // obj->lib), or the package member (Qualified).
};
struct IndexExpr : Expr { GSL_NODE(IndexExpr, Expr) Expr *x = nullptr; Expr *index = nullptr; Pos rbrack; };
struct SliceExpr : Expr {
    GSL_NODE(SliceExpr, Expr)
    Expr *x = nullptr, *lo = nullptr, *hi = nullptr, *max = nullptr;
    bool slice3 = false;
};
struct TypeAssertExpr : Expr { GSL_NODE(TypeAssertExpr, Expr) Expr *x = nullptr; Expr *typeExpr = nullptr; };

enum class CallKind : uint8_t { Invalid, Conversion, Builtin, Func, Method, Lib };
struct CallExpr : Expr {
    GSL_NODE(CallExpr, Expr)
    Expr *fun = nullptr;
    std::vector<Expr *> args;
    bool hasEllipsis = false;        // f(xs...)
    Pos lparen, rparen;
    // checker: Conversion (fun is a type), Builtin (builtin set), Func (a
    // declared function or a func value), Method (user method through a
    // SelectorExpr), Lib (library function or method: libFunc set).
    CallKind callKind = CallKind::Invalid;
    Builtin builtin = Builtin::None;
    LibFunc libFunc = LibFunc::None;
};
struct StarExpr : Expr { GSL_NODE(StarExpr, Expr) Expr *x = nullptr; };
struct UnaryExpr : Expr { GSL_NODE(UnaryExpr, Expr) Tok op = Tok::Illegal; Expr *x = nullptr; };   // + - ! ^ & <-
struct BinaryExpr : Expr {
    GSL_NODE(BinaryExpr, Expr)
    Tok op = Tok::Illegal;
    Expr *x = nullptr, *y = nullptr;
    Pos opPos;
};
struct KeyValueExpr : Expr { GSL_NODE(KeyValueExpr, Expr) Expr *key = nullptr; Expr *value = nullptr; };

// ---- type expressions ----
struct ArrayType : Expr {
    GSL_NODE(ArrayType, Expr)
    Expr *len = nullptr;             // null: slice type; Ellipsis node for [...]T
    Expr *elem = nullptr;
};
struct MapType : Expr { GSL_NODE(MapType, Expr) Expr *key = nullptr; Expr *value = nullptr; };
struct ChanType : Expr { GSL_NODE(ChanType, Expr) ChanDir dir = ChanDir::Both; Expr *value = nullptr; };
struct FuncType : Expr {
    GSL_NODE(FuncType, Expr)
    FieldList *typeParams = nullptr; // generics: unsupported
    FieldList *params = nullptr;
    FieldList *results = nullptr;    // may be null
};
struct StructType : Expr { GSL_NODE(StructType, Expr) FieldList *fields = nullptr; };
struct InterfaceType : Expr { GSL_NODE(InterfaceType, Expr) FieldList *methods = nullptr; };
struct Ellipsis : Expr { GSL_NODE(Ellipsis, Expr) Expr *elt = nullptr; };

// ---- statements ----
struct BadStmt : Stmt { GSL_NODE(BadStmt, Stmt) };
struct DeclStmt : Stmt { GSL_NODE(DeclStmt, Stmt) GenDecl *decl = nullptr; };
struct EmptyStmt : Stmt { GSL_NODE(EmptyStmt, Stmt) bool implicit = false; };
struct LabeledStmt : Stmt {
    GSL_NODE(LabeledStmt, Stmt)
    Ident *label = nullptr;
    Stmt *stmt = nullptr;
};
struct ExprStmt : Stmt { GSL_NODE(ExprStmt, Stmt) Expr *x = nullptr; };
struct SendStmt : Stmt { GSL_NODE(SendStmt, Stmt) Expr *chan = nullptr; Expr *value = nullptr; Pos arrow; };
struct IncDecStmt : Stmt { GSL_NODE(IncDecStmt, Stmt) Expr *x = nullptr; Tok tok = Tok::Inc; };
struct AssignStmt : Stmt {
    GSL_NODE(AssignStmt, Stmt)
    std::vector<Expr *> lhs;
    Tok tok = Tok::Assign;           // Assign, Define, or an op-assign (AddAssign, ...)
    Pos tokPos;
    std::vector<Expr *> rhs;
};
struct GoStmt : Stmt { GSL_NODE(GoStmt, Stmt) CallExpr *call = nullptr; };
struct DeferStmt : Stmt { GSL_NODE(DeferStmt, Stmt) CallExpr *call = nullptr; };
struct ReturnStmt : Stmt { GSL_NODE(ReturnStmt, Stmt) std::vector<Expr *> results; };
struct BranchStmt : Stmt {
    GSL_NODE(BranchStmt, Stmt)
    Tok tok = Tok::Break;            // Break, Continue, Goto, Fallthrough
    Ident *label = nullptr;
    Stmt *target = nullptr;          // checker: the for/range/switch/select it leaves or continues
};
struct BlockStmt : Stmt { GSL_NODE(BlockStmt, Stmt) std::vector<Stmt *> list; Pos rbrace; };
struct IfStmt : Stmt {
    GSL_NODE(IfStmt, Stmt)
    Stmt *init = nullptr;
    Expr *cond = nullptr;
    BlockStmt *body = nullptr;
    Stmt *els = nullptr;             // IfStmt or BlockStmt
};
struct CaseClause : Stmt {
    GSL_NODE(CaseClause, Stmt)
    std::vector<Expr *> list;        // empty: default
    bool isDefault = false;
    std::vector<Stmt *> body;
};
struct SwitchStmt : Stmt {
    GSL_NODE(SwitchStmt, Stmt)
    Stmt *init = nullptr;
    Expr *tag = nullptr;             // null: tagless switch (switch true)
    BlockStmt *body = nullptr;       // CaseClauses
};
struct TypeSwitchStmt : Stmt {       // unsupported in v1; parsed for the message
    GSL_NODE(TypeSwitchStmt, Stmt)
    Stmt *init = nullptr;
    Stmt *assign = nullptr;
    BlockStmt *body = nullptr;
};
struct CommClause : Stmt {
    GSL_NODE(CommClause, Stmt)
    Stmt *comm = nullptr;            // SendStmt, ExprStmt(<-ch), AssignStmt(v[, ok] = / := <-ch); null: default
    std::vector<Stmt *> body;
};
struct SelectStmt : Stmt { GSL_NODE(SelectStmt, Stmt) BlockStmt *body = nullptr; };
struct ForStmt : Stmt {
    GSL_NODE(ForStmt, Stmt)
    Stmt *init = nullptr;
    Expr *cond = nullptr;
    Stmt *post = nullptr;
    BlockStmt *body = nullptr;
    Ident *label = nullptr;          // parser: label of an enclosing LabeledStmt
};

enum class RangeKind : uint8_t { Invalid, Slice, Array, PtrArray, String, Map, Chan, Int };
struct RangeStmt : Stmt {
    GSL_NODE(RangeStmt, Stmt)
    Expr *key = nullptr, *value = nullptr;   // may be null
    Tok tok = Tok::Illegal;                  // Define, Assign, or Illegal (no key/value)
    Expr *x = nullptr;
    BlockStmt *body = nullptr;
    Ident *label = nullptr;
    RangeKind rangeKind = RangeKind::Invalid; // checker
};

// ---- declarations ----
struct Field : Node {
    GSL_NODE(Field, Node)
    std::vector<Ident *> names;      // empty: anonymous parameter / embedded field
    Expr *type = nullptr;            // Ellipsis for a variadic parameter
    BasicLit *tag = nullptr;
};
struct FieldList : Node {
    GSL_NODE(FieldList, Node)
    std::vector<Field *> list;
    Pos closing;
    int numFields() const;
};
struct ImportSpec : Node {
    GSL_NODE(ImportSpec, Node)
    Ident *name = nullptr;           // explicit local name, may be null
    BasicLit *path = nullptr;
    std::string pathValue;           // unquoted path
    Object *obj = nullptr;           // checker: the PkgName
};
struct ValueSpec : Node {
    GSL_NODE(ValueSpec, Node)
    std::vector<Ident *> names;
    Expr *type = nullptr;
    std::vector<Expr *> values;      // const specs: the (possibly inherited) values as written
    int iota = 0;                    // const specs: index within the group
    bool inherited = false;          // const spec that repeats the previous spec's expressions
};
struct TypeSpec : Node {
    GSL_NODE(TypeSpec, Node)
    Ident *name = nullptr;
    FieldList *typeParams = nullptr;
    bool alias = false;              // type A = B
    Expr *type = nullptr;
};
struct GenDecl : Node {
    GSL_NODE(GenDecl, Node)
    Tok tok = Tok::Var;              // Import, Const, Type, Var
    std::vector<Node *> specs;       // ImportSpec, ValueSpec, TypeSpec
    bool grouped = false;
};
struct FuncDecl : Node {
    GSL_NODE(FuncDecl, Node)
    FieldList *recv = nullptr;
    Ident *name = nullptr;
    FuncType *type = nullptr;
    BlockStmt *body = nullptr;       // null: declaration without body (unsupported)
    std::vector<Object *> vars;      // checker: params, results and locals (not those of nested literals)
};

// File owns every node, type and object of one source file.
struct File : Node {
    GSL_NODE(File, Node)
    std::string fileName;
    Ident *packageName = nullptr;
    std::vector<Node *> decls;       // GenDecl and FuncDecl in source order (imports included)
    std::vector<ImportSpec *> imports;
    TypeStore types;                 // checker: types and objects
    bool checked = false;

    // make allocates a node owned by this file.
    template<class T> T *make(Pos p)
    {
        auto n = std::make_unique<T>(p);
        T *raw = n.get();
        m_nodes.push_back(std::move(n));
        return raw;
    }
    size_t nodeCount() const { return m_nodes.size(); }

private:
    std::vector<std::unique_ptr<Node>> m_nodes;
};

#undef GSL_NODE

// exprString renders an expression as go/types does in diagnostics
// ("x + s", "f()", "T{…}", "func(){…}").
std::string exprString(const Expr *e);

} // namespace gsl::lang
