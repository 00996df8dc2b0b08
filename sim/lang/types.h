// types.h — the static types and objects of the scenario language (a mirror
// of go/types, reduced to the v1 subset: scenario-language.md).
//
// Everything here is owned by a TypeStore that belongs to the checked File
// (ast.h), so pointers stay valid as long as the File lives. Unnamed
// composite types (pointer, slice, array, map, chan) are interned: for those,
// pointer equality is type identity. Use identical() for the general case
// (signatures, struct literals types, tuples).
#pragma once

#include "sim/lang/token.h"
#include "sim/lang/universe.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace gsl::lang {

struct Node;
struct FuncDecl;
struct Type;
struct Object;

__extension__ typedef __int128 Int128;

// ConstValue is the exact value of a constant expression. Integer constants
// are exact in 128 bits while untyped (Go's are arbitrary precision; beyond
// that we report "constant overflow"); typed ones always fit their type.
struct ConstValue {
    enum Kind : uint8_t { None, Bool, Int, String };
    Kind kind = None;
    bool b = false;
    Int128 i = 0;
    std::string s;

    bool valid() const { return kind != None; }
    // int64 returns the value's 64-bit two's-complement pattern (a uint64
    // constant above INT64_MAX comes back as its bit pattern).
    int64_t int64() const { return int64_t(uint64_t(i)); }
    uint64_t uint64() const { return uint64_t(i); }
    static ConstValue ofBool(bool v) { ConstValue c; c.kind = Bool; c.b = v; return c; }
    static ConstValue ofInt(Int128 v) { ConstValue c; c.kind = Int; c.i = v; return c; }
    static ConstValue ofString(std::string v) { ConstValue c; c.kind = String; c.s = std::move(v); return c; }
    // str renders the value as Go prints it in diagnostics (300, "abc", true).
    std::string str() const;
};

enum class TypeKind : uint8_t { Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple };

// Simplification: no float/complex, int8/16, uint, uint16, uintptr (rejected
// as unsupported). byte = uint8 and rune = int32 are aliases.
enum class BasicKind : uint8_t {
    Invalid, Bool, Int, Int32, Int64, Uint8, Uint32, Uint64, String,
    UntypedBool, UntypedInt, UntypedRune, UntypedString, UntypedNil,
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct StructField {
    std::string name;
    Type *type = nullptr;
    Object *obj = nullptr;    // the field's Var object (isField)
};

struct Type {
    TypeKind kind = TypeKind::Basic;
    BasicKind basic = BasicKind::Invalid;  // Basic
    std::string name;                      // Basic: "int"; Named: "T" / "time.Duration"
    Type *elem = nullptr;                  // Pointer, Slice, Array, Chan, Map (value)
    Type *key = nullptr;                   // Map
    int64_t len = 0;                       // Array
    ChanDir dir = ChanDir::Both;           // Chan
    std::vector<StructField> fields;       // Struct
    std::vector<Type *> params;            // Signature (variadic: last is a slice)
    std::vector<Type *> results;           // Signature
    bool variadic = false;                 // Signature
    std::vector<Type *> elems;             // Tuple
    // Named
    Object *obj = nullptr;                 // its TypeName
    Type *underlyingType = nullptr;        // set once the declaration is checked
    std::vector<Object *> methods;         // Func objects (user or library)
    LibType lib = LibType::None;           // which library type, if any
    bool isEmptyInterface = true;          // Interface: any/interface{} (error is Named over a 1-method interface)

    Type *underlying() { return kind == TypeKind::Named && underlyingType ? underlyingType : this; }
    const Type *underlying() const { return kind == TypeKind::Named && underlyingType ? underlyingType : this; }
    // str is the Go spelling used in diagnostics: "int", "[]string", "map[string]int",
    // "*T", "chan<- int", "func(int) (int, error)", "sync.WaitGroup", "untyped int".
    std::string str() const;
};

// Predicates on types (all look through Named to the underlying type where Go does).
bool isUntyped(const Type *t);
bool isInteger(const Type *t);      // typed or untyped integer (incl. rune)
bool isUnsigned(const Type *t);
bool isBoolean(const Type *t);
bool isString(const Type *t);
bool isInterface(const Type *t);    // any or error
bool isComparable(const Type *t);
bool hasNil(const Type *t);         // pointer, slice, map, chan, func, interface
bool identical(const Type *a, const Type *b);
// intBits gives the width and signedness of an integer type (0 for non-integers).
int intBits(const Type *t, bool *isSigned = nullptr);

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
    ObjKind kind = ObjKind::Var;
    std::string name;
    Pos pos;
    Type *type = nullptr;
    int id = 0;                     // dense per File, in creation order

    // Var
    bool isGlobal = false;
    bool isParam = false;           // parameter (incl. receiver)
    bool isResult = false;          // named or unnamed result
    bool isRecv = false;
    bool isField = false;
    bool captured = false;          // referenced from a func literal nested in its declaring function
    bool addressTaken = false;      // &x, pointer-receiver method call on x, or &x.f / &x[i] on an array/struct
    bool isLoopVar = false;         // declared in a for-clause init or by range
    bool used = false;
    Node *declFunc = nullptr;       // FuncDecl or FuncLit declaring it (null for globals/fields)

    // Const
    ConstValue val;

    // Func (declared function, method, or library function/method)
    FuncDecl *decl = nullptr;       // user functions and methods
    LibFunc lib = LibFunc::None;    // library functions and methods
    Type *recv = nullptr;           // methods: the receiver's Named type
    bool ptrRecv = false;           // methods: receiver is *T

    // Builtin
    Builtin builtin = Builtin::None;

    // PkgName
    Package pkg = Package::None;
};

// TypeStore owns all types and objects of one checked file, and holds the
// predeclared types (no globals: each File gets its own universe).
class TypeStore {
public:
    TypeStore();
    TypeStore(const TypeStore &) = delete;
    TypeStore &operator=(const TypeStore &) = delete;

    Type *basic(BasicKind k) { return m_basic[size_t(k)]; }
    Type *invalid() { return m_basic[0]; }
    Type *anyType() { return m_any; }
    // byte and rune are aliases of uint8 and int32 (identical() holds) that
    // keep their spelling in diagnostics, as in go/types.
    Type *byteType() { return m_byte; }
    Type *runeType() { return m_rune; }
    Type *errorType() { return m_error; }
    Type *libType(LibType l) { return m_lib[size_t(l)]; }

    Type *pointer(Type *elem);
    Type *slice(Type *elem);
    Type *array(Type *elem, int64_t len);
    Type *map(Type *key, Type *value);
    Type *chan(Type *elem, ChanDir dir);
    Type *tuple(std::vector<Type *> elems);
    Type *newType(TypeKind k);
    Object *newObject(ObjKind k, std::string name, Pos pos, Type *type);
    Type *newNamed(std::string name, Object *obj);

    const std::vector<std::unique_ptr<Object>> &objects() const { return m_objects; }

    // lookupUniverse finds a predeclared identifier (int, true, nil, len,
    // error, any, ...); null if none. iota is a Const whose value the checker
    // supplies per spec.
    Object *lookupUniverse(std::string_view name) const;
    // member finds an exported member of a supported package (fmt.Println,
    // time.Second, sync.WaitGroup, ...); null if we do not support it.
    Object *member(Package pkg, std::string_view name) const;
    // libFuncObject gives the Object of a library function or method.
    Object *libFuncObject(LibFunc f) const { return m_libFuncs[size_t(f)]; }

private:
    Type *own(std::unique_ptr<Type> t);
    std::vector<std::unique_ptr<Type>> m_types;
    std::vector<std::unique_ptr<Object>> m_objects;
    std::vector<Type *> m_basic;
    std::vector<Type *> m_lib;
    Type *m_any = nullptr;
    Type *m_byte = nullptr;
    Type *m_rune = nullptr;
    Type *m_error = nullptr;
    std::map<std::tuple<int, Type *, Type *, int64_t>, Type *> m_interned;

    std::vector<std::pair<std::string, Object *>> m_universe;
    std::vector<std::pair<std::string, Object *>> m_members[size_t(Package::Count)];
    std::vector<Object *> m_libFuncs;
    void installUniverse();   // universe.cpp
};

} // namespace gsl::lang
