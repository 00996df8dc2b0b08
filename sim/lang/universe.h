// universe.h — the predeclared identifiers and the supported library: one
// table that both the type checker (signatures) and the compiler/VM (which
// operation to run) use. Every library function and method has a LibFunc id,
// stored on its Object (types.h: Object::lib).
#pragma once

#include <cstdint>
#include <string_view>

namespace gsl::lang {

// Imported packages of the subset (scenario-language.md).
enum class Package : uint8_t { None, Fmt, Strings, Sync, Atomic, Runtime, Time, Os, Errors, Count };

// Library named types. Error is the predeclared `error`.
enum class LibType : uint8_t {
    None, Duration, Time, Timer, WaitGroup, Mutex, RWMutex, Once,
    AtomicInt32, AtomicInt64, AtomicBool, Error, Count,
};

enum class Builtin : uint8_t {
    None, Append, Cap, Close, Copy, Delete, Len, Make, New, Panic, Print, Println, Recover,
};

enum class LibFunc : uint16_t {
    None,
    // fmt
    FmtPrint, FmtPrintln, FmtPrintf, FmtSprint, FmtSprintf, FmtSprintln, FmtErrorf,
    // strings
    StringsJoin, StringsRepeat, StringsContains, StringsSplit,
    // errors, os
    ErrorsNew, OsExit,
    // sync
    WgAdd, WgDone, WgWait,
    MutexLock, MutexUnlock, MutexTryLock,
    RWMutexRLock, RWMutexRUnlock, RWMutexLock, RWMutexUnlock,
    OnceDo,
    // sync/atomic functions: op x {Int32, Int64, Uint32, Uint64}
    AtomicAddInt32, AtomicAddInt64, AtomicAddUint32, AtomicAddUint64,
    AtomicLoadInt32, AtomicLoadInt64, AtomicLoadUint32, AtomicLoadUint64,
    AtomicStoreInt32, AtomicStoreInt64, AtomicStoreUint32, AtomicStoreUint64,
    AtomicCasInt32, AtomicCasInt64, AtomicCasUint32, AtomicCasUint64,
    AtomicSwapInt32, AtomicSwapInt64, AtomicSwapUint32, AtomicSwapUint64,
    // sync/atomic types' methods
    AtomicInt32Add, AtomicInt32Load, AtomicInt32Store, AtomicInt32Cas, AtomicInt32Swap,
    AtomicInt64Add, AtomicInt64Load, AtomicInt64Store, AtomicInt64Cas, AtomicInt64Swap,
    AtomicBoolLoad, AtomicBoolStore, AtomicBoolCas, AtomicBoolSwap,
    // runtime
    RuntimeGosched, RuntimeGOMAXPROCS, RuntimeNumGoroutine, RuntimeNumCPU,
    // time
    TimeSleep, TimeAfter, TimeTick, TimeNewTimer, TimeNow, TimeSince,
    TimerStop, TimeSub,
    DurationNanoseconds, DurationMicroseconds, DurationMilliseconds, DurationString,
    // error
    ErrorError,
    Count,
};

struct LibFuncInfo {
    LibFunc id;
    Package pkg;
    LibType recv;       // None for package-level functions
    bool ptrRecv;       // method declared on *T (sync types, atomics, *Timer)
    const char *name;   // "Println", "Add", ...
};

// libFuncInfo describes one library function; the table is indexed by LibFunc.
const LibFuncInfo &libFuncInfo(LibFunc f);
// libFuncName gives the qualified Go name: "fmt.Println", "(*sync.WaitGroup).Add".
std::string_view packageName(Package p);     // "fmt", "atomic", ...
std::string_view packagePath(Package p);     // "fmt", "sync/atomic", ...
Package packageForPath(std::string_view importPath);   // Package::None if unsupported
std::string_view libTypeName(LibType t);     // "Duration", "WaitGroup", ... ("error" for Error)
std::string_view builtinName(Builtin b);

} // namespace gsl::lang
