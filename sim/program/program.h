// program.h — the compiled form of a scenario: types, functions, bytecode.
//
// The bytecode is register based: every function has a fixed frame of
// `nregs` Value slots; instructions name slots by index. Instructions are
// 16 bytes (op, flag byte, 16-bit extra, three 32-bit operands) and carry no
// heap data, so the interpreter never allocates to dispatch one.
//
// Value layout by static type (the interpreter never inspects `tag` except
// where noted):
//   ints, bool, Duration, time:  bits
//   string:                      ref = string id in the interpreter's heap (0 = "")
//   pointer:                     ref = cells object, bits = cell index (ref 0 = nil)
//   struct, array:               ref = cells object owned by the location holding it
//                                (assignment copies *into* it, so a struct's ref never
//                                changes and &s.f stays valid)
//   slice:                       ref = backing cells object, bits = len | cap << 32,
//                                tag = offset into the backing array
//   map:                         ref = map object (0 = nil map)
//   func:                        bits = function index + 1 (0 = nil), ref = captures
//   chan, sync objects, timers:  bits = ObjId (0 = nil / not yet allocated)
//   interface (any, error):      tag = dynamic TypeId (0 = nil interface), payload as
//                                above except slices, which are boxed in a 1-cell object
#pragma once

#include "sim/program/loop_plan.h"
#include "sim/program/value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gsl::program {

using TypeId = uint32_t;

enum class Kind : uint8_t {
    Invalid, Int, Int32, Int64, Uint32, Uint64, Uint8, Bool, String, Duration, Time,
    Pointer, Struct, Array, Slice, Map, Func, Chan,
    Interface, Error,                   // interface kinds (error = interface with Error())
    WaitGroup, Mutex, RWMutex, Once,    // runtime objects living in a cell (lazy ObjId)
    AtomicInt32, AtomicInt64, AtomicBool,
    Timer,                              // *time.Timer: bits = timer ObjId, ref = channel ObjId
    ErrorString,                        // dynamic type of errors.New / fmt.Errorf results
    RuntimeError,                       // dynamic type of runtime panics (string payload)
    UntypedNil,
};

struct Field {
    std::string name;
    TypeId type = 0;
};

struct TypeDesc {
    Kind kind = Kind::Invalid;
    std::string name;            // Go spelling for %T-like output: "int", "main.Point", "[]int"
    TypeId elem = 0;             // pointer/slice/array/chan/map value
    TypeId key = 0;              // map key
    int64_t len = 0;             // array length
    std::vector<Field> fields;   // struct
    bool named = false;          // a declared type (main.T): fmt prints {..} for structs either way
    // User methods in this type's method set that fmt, err.Error() and panic
    // printing call (function index, -1 = none). *Deref: the method has a value
    // receiver and this type is *T (the receiver is a copy of *p).
    int32_t errorMethod = -1, stringMethod = -1;
    bool errorDeref = false, stringDeref = false;
};

// Is a value of this kind stored as an owned cells object (copied on assignment)?
inline bool isAggregate(Kind k) { return k == Kind::Struct || k == Kind::Array; }
inline bool isInterface(Kind k) { return k == Kind::Interface || k == Kind::Error; }

enum class Op : uint8_t {
    Nop,
    Move,        // a = b
    LoadImm,     // a = int(b)
    LoadK,       // a = ints[b]
    LoadStr,     // a = string constant b (heap string id b)
    LoadFunc,    // a = func value of function b (no captures)
    Zero,        // a = zero value of type b (allocates aggregates)
    // integer arithmetic; x = wrap mode (Wrap enum) applied to the result
    Add, Sub, Mul, Div, Rem, DivU, RemU, And, Or, Xor, AndNot, Shl, Shr, ShrU,
    AddI,        // a = b + c (immediate)
    Neg, BitNot, Not,
    Wrap,        // a = wrap(b) per x (conversions between integer widths)
    // comparisons, result bool in a
    Eq, Ne, Lt, Le, Gt, Ge, LtU, LeU, GtU, GeU,
    StrEq, StrNe, StrLt, StrLe, StrGt, StrGe,
    EqT, NeT,    // a = (b == c) by static type x (structs, arrays, interfaces)
    Jmp,         // pc = a
    JmpIf,       // if b: pc = a
    JmpIfNot,    // if !b: pc = a
    JLt, JGe,    // if regs b < c (>=): pc = a (signed)
    // strings
    Concat, StrLen, StrIndex, StrSlice, StrRune, // StrRune: a=rune, a+1=width of string b at c
    RuneToStr, // a = string(rune b)
    BytesToStr, StrToBytes,
    // aggregates held in registers (non-shared locals)
    CopyAgg,     // a = deep copy of aggregate b of type x
    AssignAgg,   // copy aggregate b into existing aggregate a (type x)
    FieldGet,    // a = struct b . field c   (copies aggregates: type in x? no, see compiler)
    FieldSet,    // struct a . field b = c
    ElemGet,     // a = array b [c]  (bounds checked)
    ElemSet,     // array a [b] = c
    // addresses (pointers to cells)
    FieldAddr,   // a = &(*b).field c       (b = pointer to a cell holding a struct)
    StructFieldAddr, // a = &b.field c       (b = struct value ref)
    IndexAddr,   // a = &b[c]  b = slice
    ArrayIndexAddr, // a = &(*b)[c]  b = pointer to cell holding an array
    ArrayElemAddr,  // a = &b[c] b = array value
    Deref,       // a = *b without a step (cell read of an owned aggregate ref / sync object)
    GlobalAddr,  // a = &global b
    NewBox,      // a = pointer to a fresh cell initialised with b (x=1: zero of type c)
    NilCheck,    // panic if pointer b is nil
    // shared memory steps (performed on the next step() call)
    Load,        // a = *b       ; c = var name id; x = type of value (aggregates copied)
    Store,       // *a = b       ; c = var name id; x = type (aggregates copied into place)
    // slices, maps
    MakeSlice,   // a = make([]T, b, c) ; x = elem type, flag = its size in bytes (<= 255)
    SliceLit,    // a = []T{regs b .. b+c} ; x = elem type
    SliceExpr,   // a = b[lo:hi:max] regs c, c+1, c+2 (-1 flags in `flag` bits 1,2,4 = present)
    ArraySlice,  // a = (*b)[..] from an array pointer; as SliceExpr
    Len, Cap,    // a = len(b) / cap(b) by kind x
    Append,      // a = append(b, regs c .. c+x-1); flag = element size in bytes (for growth)
    AppendSlice, // a = append(b, c...) (x 1: c is a string); flag = element size
    Copy,        // a = copy(b, c) (flag 1: c is a string; a = -1: discard)
    MakeMap,     // a = make(map) type x
    MapGet,      // a = b[c] ; a+1 = ok  (step: Load of the map); x = var name
    MapSet,      // a[b] = c (step: Store); x = var name
    MapDelete,   // delete(a, b) (step: Store); x = var name
    MapIter,     // a = slice of the keys of map b, in seeded iteration order
    // interfaces
    MakeIface,   // a = any(b) of static type x
    IfaceNil,    // a = (b == nil interface)
    // calls
    Call,        // call function a with args in regs b..b+c-1; results land in b..
    CallV,       // call func value in reg a with args b..; results land in b..
    CallLib,     // library function x with args b..b+c-1, results in a.. (flag 2: two results;
                 // flag 4: the last argument is a []any slice to expand, as f(xs...))
    Ret,         // return regs a..a+b-1
    RunDefers,   // run pending defers of this frame (stays here until none remain)
    Defer,       // defer func value a (args b..b+c-1)
    MakeClosure, // a = closure of function b capturing regs c..c+x-1
    Capture,     // a = capture slot b of the running closure
    Panic,       // panic(a)  a = interface value
    Recover,     // a = recover()
    // runtime steps
    Go,          // go funcvalue a (args b..b+c-1)
    MakeChan,    // a = make(chan, b)
    Send,        // a <- b
    Recv,        // a = <-b ; a+1 = ok
    Close,       // close(a)
    Select,      // a = index, a+1 = value, a+2 = ok; cases: regs b.. (chan,val pairs); c = select desc
    SyncObj,     // a = ObjId of the runtime object in cell *b (allocated on first use)
    Rt,          // runtime request x (ReqKind) obj = reg b, n = reg c (-1: none); result -> a
    Atomic,      // a = atomic op on cell *b, operands c, c+1; flag = AtomicOp | Wrap << 4; x = var name
    TimerMake,   // a = timer/chan; b = duration; x = 0 After, 1 Tick, 2 NewTimer
    TimerC,      // a = channel of timer b
    Print,       // print string a (x = 1: stderr)
    Now,         // a = env.now
    Exit,        // os.Exit(a)
    Yield,       // cooperative point inserted by the compiler (unused)
    Halt,        // end of goroutine
};

// Integer width handling after arithmetic and conversions.
enum class Wrap : uint16_t { None = 0, I32 = 1, U32 = 2, U8 = 3 };

struct Instr {
    Op op = Op::Nop;
    uint8_t flag = 0;
    uint16_t x = 0;
    int32_t a = 0, b = 0, c = 0;
};
static_assert(sizeof(Instr) == 16);

struct SelectDesc {
    int32_t ncases = 0;
    bool hasDefault = false;
    std::vector<uint8_t> send;   // per case
};

struct Function {
    std::string name;        // Go's name: "main.main", "main.worker", "main.main.func1", "main.(*T).Inc"
    int32_t nparams = 0;     // registers 0..nparams-1 receive the arguments
    int32_t nresults = 0;
    int32_t nregs = 0;
    int32_t epilogue = -1;   // pc of the return path used after a recovered panic
    int32_t line = 0;        // line of the declaration
    std::vector<Instr> code;
    std::vector<int32_t> lines;  // per instruction
    std::vector<SelectDesc> selects;
    std::vector<TypeId> resultTypes; // zero values for results after recover
    int32_t resultBase = 0;  // registers holding the (named or implicit) results
    std::vector<LoopPlan> loops; // loops the interpreter may run in closed form (loop_accel.h)
};

struct Global {
    std::string name;
    TypeId type = 0;
};

struct Program {
    std::string fileName;
    std::vector<TypeDesc> types;       // [0] = invalid
    std::vector<Function> functions;
    std::vector<Global> globals;
    std::vector<int64_t> ints;          // LoadK constants
    std::vector<std::string> strings;   // string constants; index i -> heap string id i+1
    std::vector<std::string> varNames;  // Access::var names; [0] = ""
    int32_t goMinor = 22;               // Go 1.x the program was compiled for (panic(nil) differs)
    int32_t initFunc = -1;              // package initialisation (globals), may be -1
    int32_t mainFunc = -1;              // main.main
    // The program imports a package whose initialisation calls
    // runtime.SetFinalizer (os, directly or through fmt: os.NewFile for
    // Stdin/Stdout/Stderr), so go1.19's runtime creates the finalizer
    // goroutine (createfing -> go runfinq) before main.main starts.
    bool startsFinalizerGoroutine = false;

    // Well-known types, set by the builder.
    TypeId tInt = 0, tString = 0, tBool = 0, tError = 0, tAny = 0, tErrorString = 0,
           tRuntimeError = 0, tDuration = 0;
};

} // namespace gsl::program
