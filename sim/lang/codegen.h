// codegen.h — the code generator from the checked AST to program::Program.
//
// Escape analysis (the "shared" decision). A variable lives in a plain
// interpreter register, and its accesses are NOT scheduler-visible steps,
// unless it is shared. A variable is shared when it is
//   - package-level (any goroutine can reach it),
//   - captured by a func literal (Object::captured; conservatively, even if
//     the literal never runs in another goroutine), or
//   - address-taken (&x, a pointer-receiver method call on x, &x.f, &x[i]).
// A shared variable lives in a heap box (a 1-cell object); every read and
// write of it is a Load / Store step with the variable's name. Everything
// reached through a pointer, a slice, or a map is heap data and also shared:
// *p, p.f, s[i], m[k] are steps, because the checker cannot tell which
// goroutines hold the pointer. Local arrays and structs that are not shared
// stay in registers (their fields and elements are plain register work).
// Simplifications: append/copy/len/range bookkeeping of a slice header is
// local work (only element accesses are steps); the read of a struct's whole
// value (a value-receiver call, an assignment) is one Load of the struct.
#pragma once

#include "sim/engine/go_version.h"
#include "sim/lang/ast.h"
#include "sim/lang/diagnostic.h"
#include "sim/program/program.h"

#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace gsl::lang {

// Thrown for constructs the code generator does not handle; compile() turns it
// into an "unsupported" diagnostic at pos.
struct CodegenError : std::runtime_error {
    Pos pos;
    CodegenError(Pos p, const std::string &m) : std::runtime_error(m), pos(p) {}
};

// isFmtVariadic: fmt.Print/Println/Printf/Sprint*/Errorf (operands as `any`).
bool isFmtVariadic(LibFunc f);

struct Storage {
    enum Kind : uint8_t { None, Reg, Boxed, Global } kind = None;
    int32_t reg = 0;     // Reg: the value; Boxed: pointer to the box
    int32_t global = 0;
};

// A location: where an assignable expression lives.
struct Loc {
    enum Kind : uint8_t { Reg, Ptr, Field, Elem, MapEntry, Value } kind = Reg;
    int32_t a = 0;       // Reg: reg; Ptr: reg holding the pointer; Field/Elem: aggregate reg; MapEntry: map reg
    int32_t b = 0;       // Field: index; Elem/MapEntry: index/key reg
    uint32_t name = 0;   // var name id (Ptr, MapEntry)
    program::TypeId type = 0;
};

struct FuncState {
    int32_t index = 0;               // into Program::functions
    int32_t nextReg = 0;
    std::unordered_map<const Object *, Storage> vars;
    int32_t literals = 0;            // func literals created so far (naming)
    std::string name;
    bool topLevel = true;
    std::vector<int32_t> epiloguePatches;
    std::vector<int32_t> resultRegs; // named/unnamed result registers (resultBase..)
    std::vector<const Object *> namedResults;
    std::vector<const Type *> resultTypes;
    int32_t line = 0;
};

// LibValue: how a library function or method is used as a value (codegen_libvalue.cpp).
enum class LibValue : uint8_t { Func, MethodValue, MethodExpr };

struct LoopTarget {
    std::vector<int32_t> breaks, continues;
    int32_t continuePc = -1;
};

class Codegen {
public:
    Codegen(File &file, GoVersion go);
    std::shared_ptr<program::Program> run();

private:
    // types (codegen.cpp)
    program::TypeId typeId(const Type *t);
    program::TypeId basicId(program::Kind k, const std::string &name);
    uint32_t varName(const std::string &s);
    int32_t strConst(const std::string &s);
    int elemSize(const Type *t);

    // functions
    void compileFunc(FuncDecl *fd, int32_t index);
    int32_t compileLit(FuncLit *fl);
    void compileInit();
    std::vector<ValueSpec *> initOrder();   // codegen_init.cpp
    std::string funcName(FuncDecl *fd) const;

    // emission
    int32_t emit(program::Op op, int32_t a = 0, int32_t b = 0, int32_t c = 0, uint16_t x = 0, uint8_t flag = 0);
    program::Function &fn() { return m_prog->functions[size_t(m_f->index)]; }
    int32_t pc() { return int32_t(fn().code.size()); }
    void patch(int32_t at, int32_t target) { fn().code[size_t(at)].a = target; }
    int32_t reg(int n = 1);
    void setLine(Pos p) { if (p.line > 0) m_line = p.line; }

    // variables
    Storage declare(const Object *o, int32_t initReg, Pos p);   // initReg -1: zero value
    Storage storageOf(const Object *o, Pos p);
    bool isShared(const Object *o) const;

    // statements (codegen_stmt.cpp)
    void stmt(Stmt *s);
    void block(const std::vector<Stmt *> &list);
    void assign(AssignStmt *s);
    void forStmt(ForStmt *s);
    void rangeStmt(RangeStmt *s);
    void switchStmt(SwitchStmt *s);
    void selectStmt(SelectStmt *s);
    void returnStmt(ReturnStmt *s);
    void goDefer(CallExpr *call, bool isGo, Pos p);
    void assignTo(Expr *lhs, int32_t valReg, bool define, const Loc *pre = nullptr);
    std::vector<Loc> lhsLocs(const std::vector<Expr *> &lhs, bool define, std::vector<bool> &have);

    // expressions (codegen_expr.cpp)
    int32_t expr(Expr *e);                       // value in some register
    int32_t exprTo(Expr *e, const Type *target); // value converted to target (interfaces)
    int32_t valueCopy(Expr *e);                  // value, aggregates copied
    int32_t constant(Expr *e, const Type *t);
    int32_t binary(BinaryExpr *e);
    int32_t compare(Tok op, int32_t x, int32_t y, const Type *t, Expr *ex, Expr *ey);
    int32_t unary(UnaryExpr *e);
    int32_t composite(CompositeLit *e);
    int32_t convert(int32_t r, const Type *from, const Type *to);
    Loc loc(Expr *e);
    int32_t load(const Loc &l);
    void store(const Loc &l, int32_t v);
    int32_t addrOf(Expr *e);
    std::string exprString(const Expr *e) const;
    uint16_t wrapOf(const Type *t) const;

    // calls (codegen_call.cpp)
    int32_t call(CallExpr *e, int wantResults = 1);
    int32_t builtin(CallExpr *e);
    int32_t libCall(CallExpr *e, const std::vector<int32_t> &args, int32_t recvAddr);
    std::vector<int32_t> callArgs(CallExpr *e, const Type *sig, size_t skip = 0);
    int32_t calleeValue(CallExpr *e, std::vector<int32_t> &args);  // for go/defer
    std::vector<int32_t> fmtArgs(CallExpr *e);
    const Type *tupleArg(CallExpr *e, size_t skip);
    int32_t convertTo(int32_t r, const Type *from, const Type *to);
    static Expr *unparen(Expr *e);

    // methods (codegen_method.cpp)
    int32_t receiver(SelectorExpr *se);          // the receiver argument of a method call/value
    int32_t methodValue(SelectorExpr *se);       // x.M as a func value (bound receiver)
    int32_t methodWrapper(const Object *m);      // main.(*T).M-fm
    void methodTables();                         // TypeDesc::errorMethod/stringMethod

    // library values and method expressions (codegen_libvalue.cpp)
    int32_t libReceiver(SelectorExpr *se);       // receiver of a library method call/value
    int32_t libWrapper(SelectorExpr *se, LibValue kind);
    int32_t libFuncValue(SelectorExpr *se);      // fmt.Println as a func value
    int32_t libMethodValue(SelectorExpr *se);    // wg.Done as a func value
    int32_t methodExpr(SelectorExpr *se);        // T.M, (*T).M
    int32_t derefWrapper(const Object *m, const Type *ptrType);   // main.(*T).M of a value method

    File &m_file;
    GoVersion m_go;
    std::shared_ptr<program::Program> m_prog;
    FuncState *m_f = nullptr;
    int32_t m_line = 0;
    std::unordered_map<const Type *, program::TypeId> m_types;
    std::map<std::string, program::TypeId> m_basicIds;
    std::map<std::string, uint32_t> m_varNames;
    std::map<std::string, int32_t> m_strings;
    std::unordered_map<const Object *, int32_t> m_funcIndex;   // Func objects -> function index
    std::unordered_map<const Object *, int32_t> m_globalIndex;
    std::unordered_map<const Object *, int32_t> m_methodWrappers;
    std::unordered_map<const Object *, int32_t> m_derefWrappers;
    std::unordered_map<const Stmt *, LoopTarget> m_targets;
    std::vector<const Stmt *> m_fallthrough;
};

} // namespace gsl::lang
