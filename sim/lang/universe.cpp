// universe.cpp — predeclared identifiers and the library table. The checker
// types calls from the signatures built here; the compiler dispatches on the
// LibFunc id. Adding a library function = one row in kLibFuncs + its
// signature in installUniverse.
#include "sim/lang/types.h"

#include <array>
#include <stdexcept>

namespace gsl::lang {

namespace {
using P = Package;
using L = LibType;
using F = LibFunc;

constexpr LibFuncInfo kLibFuncs[] = {
    {F::None, P::None, L::None, false, ""},
    {F::FmtPrint, P::Fmt, L::None, false, "Print"},
    {F::FmtPrintln, P::Fmt, L::None, false, "Println"},
    {F::FmtPrintf, P::Fmt, L::None, false, "Printf"},
    {F::FmtSprint, P::Fmt, L::None, false, "Sprint"},
    {F::FmtSprintf, P::Fmt, L::None, false, "Sprintf"},
    {F::FmtSprintln, P::Fmt, L::None, false, "Sprintln"},
    {F::FmtErrorf, P::Fmt, L::None, false, "Errorf"},
    {F::StringsJoin, P::Strings, L::None, false, "Join"},
    {F::StringsRepeat, P::Strings, L::None, false, "Repeat"},
    {F::StringsContains, P::Strings, L::None, false, "Contains"},
    {F::StringsSplit, P::Strings, L::None, false, "Split"},
    {F::ErrorsNew, P::Errors, L::None, false, "New"},
    {F::OsExit, P::Os, L::None, false, "Exit"},
    {F::WgAdd, P::Sync, L::WaitGroup, true, "Add"},
    {F::WgDone, P::Sync, L::WaitGroup, true, "Done"},
    {F::WgWait, P::Sync, L::WaitGroup, true, "Wait"},
    {F::MutexLock, P::Sync, L::Mutex, true, "Lock"},
    {F::MutexUnlock, P::Sync, L::Mutex, true, "Unlock"},
    {F::MutexTryLock, P::Sync, L::Mutex, true, "TryLock"},
    {F::RWMutexRLock, P::Sync, L::RWMutex, true, "RLock"},
    {F::RWMutexRUnlock, P::Sync, L::RWMutex, true, "RUnlock"},
    {F::RWMutexLock, P::Sync, L::RWMutex, true, "Lock"},
    {F::RWMutexUnlock, P::Sync, L::RWMutex, true, "Unlock"},
    {F::OnceDo, P::Sync, L::Once, true, "Do"},
    {F::AtomicAddInt32, P::Atomic, L::None, false, "AddInt32"},
    {F::AtomicAddInt64, P::Atomic, L::None, false, "AddInt64"},
    {F::AtomicAddUint32, P::Atomic, L::None, false, "AddUint32"},
    {F::AtomicAddUint64, P::Atomic, L::None, false, "AddUint64"},
    {F::AtomicLoadInt32, P::Atomic, L::None, false, "LoadInt32"},
    {F::AtomicLoadInt64, P::Atomic, L::None, false, "LoadInt64"},
    {F::AtomicLoadUint32, P::Atomic, L::None, false, "LoadUint32"},
    {F::AtomicLoadUint64, P::Atomic, L::None, false, "LoadUint64"},
    {F::AtomicStoreInt32, P::Atomic, L::None, false, "StoreInt32"},
    {F::AtomicStoreInt64, P::Atomic, L::None, false, "StoreInt64"},
    {F::AtomicStoreUint32, P::Atomic, L::None, false, "StoreUint32"},
    {F::AtomicStoreUint64, P::Atomic, L::None, false, "StoreUint64"},
    {F::AtomicCasInt32, P::Atomic, L::None, false, "CompareAndSwapInt32"},
    {F::AtomicCasInt64, P::Atomic, L::None, false, "CompareAndSwapInt64"},
    {F::AtomicCasUint32, P::Atomic, L::None, false, "CompareAndSwapUint32"},
    {F::AtomicCasUint64, P::Atomic, L::None, false, "CompareAndSwapUint64"},
    {F::AtomicSwapInt32, P::Atomic, L::None, false, "SwapInt32"},
    {F::AtomicSwapInt64, P::Atomic, L::None, false, "SwapInt64"},
    {F::AtomicSwapUint32, P::Atomic, L::None, false, "SwapUint32"},
    {F::AtomicSwapUint64, P::Atomic, L::None, false, "SwapUint64"},
    {F::AtomicInt32Add, P::Atomic, L::AtomicInt32, true, "Add"},
    {F::AtomicInt32Load, P::Atomic, L::AtomicInt32, true, "Load"},
    {F::AtomicInt32Store, P::Atomic, L::AtomicInt32, true, "Store"},
    {F::AtomicInt32Cas, P::Atomic, L::AtomicInt32, true, "CompareAndSwap"},
    {F::AtomicInt32Swap, P::Atomic, L::AtomicInt32, true, "Swap"},
    {F::AtomicInt64Add, P::Atomic, L::AtomicInt64, true, "Add"},
    {F::AtomicInt64Load, P::Atomic, L::AtomicInt64, true, "Load"},
    {F::AtomicInt64Store, P::Atomic, L::AtomicInt64, true, "Store"},
    {F::AtomicInt64Cas, P::Atomic, L::AtomicInt64, true, "CompareAndSwap"},
    {F::AtomicInt64Swap, P::Atomic, L::AtomicInt64, true, "Swap"},
    {F::AtomicBoolLoad, P::Atomic, L::AtomicBool, true, "Load"},
    {F::AtomicBoolStore, P::Atomic, L::AtomicBool, true, "Store"},
    {F::AtomicBoolCas, P::Atomic, L::AtomicBool, true, "CompareAndSwap"},
    {F::AtomicBoolSwap, P::Atomic, L::AtomicBool, true, "Swap"},
    {F::RuntimeGosched, P::Runtime, L::None, false, "Gosched"},
    {F::RuntimeGOMAXPROCS, P::Runtime, L::None, false, "GOMAXPROCS"},
    {F::RuntimeNumGoroutine, P::Runtime, L::None, false, "NumGoroutine"},
    {F::RuntimeNumCPU, P::Runtime, L::None, false, "NumCPU"},
    {F::TimeSleep, P::Time, L::None, false, "Sleep"},
    {F::TimeAfter, P::Time, L::None, false, "After"},
    {F::TimeTick, P::Time, L::None, false, "Tick"},
    {F::TimeNewTimer, P::Time, L::None, false, "NewTimer"},
    {F::TimeNow, P::Time, L::None, false, "Now"},
    {F::TimeSince, P::Time, L::None, false, "Since"},
    {F::TimerStop, P::Time, L::Timer, true, "Stop"},
    {F::TimeSub, P::Time, L::Time, false, "Sub"},
    {F::DurationNanoseconds, P::Time, L::Duration, false, "Nanoseconds"},
    {F::DurationMicroseconds, P::Time, L::Duration, false, "Microseconds"},
    {F::DurationMilliseconds, P::Time, L::Duration, false, "Milliseconds"},
    {F::DurationString, P::Time, L::Duration, false, "String"},
    {F::ErrorError, P::None, L::Error, false, "Error"},
};

constexpr bool tableInOrder()
{
    for (size_t i = 0; i < std::size(kLibFuncs); ++i)
        if (size_t(kLibFuncs[i].id) != i) return false;
    return std::size(kLibFuncs) == size_t(LibFunc::Count);
}
static_assert(tableInOrder(), "kLibFuncs must list every LibFunc in enum order");

constexpr std::array<std::string_view, size_t(Package::Count)> kPkgNames = {
    "", "fmt", "strings", "sync", "atomic", "runtime", "time", "os", "errors"};
constexpr std::array<std::string_view, size_t(Package::Count)> kPkgPaths = {
    "", "fmt", "strings", "sync", "sync/atomic", "runtime", "time", "os", "errors"};
constexpr std::array<std::string_view, size_t(LibType::Count)> kLibTypeNames = {
    "", "Duration", "Time", "Timer", "WaitGroup", "Mutex", "RWMutex", "Once", "Int32", "Int64", "Bool", "error"};
constexpr std::array<Package, size_t(LibType::Count)> kLibTypePkg = {
    P::None, P::Time, P::Time, P::Time, P::Sync, P::Sync, P::Sync, P::Sync, P::Atomic, P::Atomic, P::Atomic, P::None};
constexpr std::string_view kBuiltinNames[] = {
    "", "append", "cap", "close", "copy", "delete", "len", "make", "new", "panic", "print", "println", "recover"};
} // namespace

const LibFuncInfo &libFuncInfo(LibFunc f)
{
    if (size_t(f) >= std::size(kLibFuncs)) throw std::logic_error("libFuncInfo: bad LibFunc");
    return kLibFuncs[size_t(f)];
}

std::string_view packageName(Package p) { return kPkgNames[size_t(p) < kPkgNames.size() ? size_t(p) : 0]; }
std::string_view packagePath(Package p) { return kPkgPaths[size_t(p) < kPkgPaths.size() ? size_t(p) : 0]; }

Package packageForPath(std::string_view path)
{
    for (size_t i = 1; i < kPkgPaths.size(); ++i)
        if (kPkgPaths[i] == path) return Package(i);
    return Package::None;
}

std::string_view libTypeName(LibType t) { return kLibTypeNames[size_t(t) < kLibTypeNames.size() ? size_t(t) : 0]; }
std::string_view builtinName(Builtin b) { return kBuiltinNames[size_t(b)]; }

void TypeStore::installUniverse()
{
    auto B = [&](BasicKind k) { return basic(k); };
    Type *intT = B(BasicKind::Int), *i32 = B(BasicKind::Int32), *i64 = B(BasicKind::Int64);
    Type *u32 = B(BasicKind::Uint32), *u64 = B(BasicKind::Uint64), *boolT = B(BasicKind::Bool);
    Type *str = B(BasicKind::String);

    // Predeclared types.
    auto declType = [&](const char *name, Type *t) {
        m_universe.emplace_back(name, newObject(ObjKind::TypeName, name, {}, t));
    };
    for (BasicKind k : {BasicKind::Bool, BasicKind::Int, BasicKind::Int32, BasicKind::Int64, BasicKind::Uint8,
                        BasicKind::Uint32, BasicKind::Uint64, BasicKind::String})
        declType(basic(k)->name.c_str(), basic(k));
    declType("byte", m_byte);
    declType("rune", m_rune);
    declType("any", m_any);

    // Library named types.
    m_lib.assign(size_t(LibType::Count), nullptr);
    for (size_t i = 1; i < size_t(LibType::Count); ++i) {
        LibType l = LibType(i);
        std::string qual = l == LibType::Error ? "error" : std::string(kPkgNames[size_t(kLibTypePkg[i])]) + "." + std::string(kLibTypeNames[i]);
        Object *tn = newObject(ObjKind::TypeName, std::string(kLibTypeNames[i]), {}, nullptr);
        Type *t = newNamed(qual, tn);
        t->lib = l;
        tn->type = t;
        m_lib[i] = t;
        if (l == LibType::Error) m_universe.emplace_back("error", tn);
        else m_members[size_t(kLibTypePkg[i])].emplace_back(kLibTypeNames[i], tn);
    }
    m_error = m_lib[size_t(LibType::Error)];
    Type *errIface = newType(TypeKind::Interface);
    errIface->isEmptyInterface = false;
    m_error->underlyingType = errIface;
    Type *duration = m_lib[size_t(LibType::Duration)];
    duration->underlyingType = i64;
    Type *timeT = m_lib[size_t(LibType::Time)];
    Type *chanTime = chan(timeT, ChanDir::Recv);
    for (LibType l : {LibType::Time, LibType::WaitGroup, LibType::Mutex, LibType::RWMutex, LibType::Once,
                      LibType::AtomicInt32, LibType::AtomicInt64, LibType::AtomicBool})
        m_lib[size_t(l)]->underlyingType = newType(TypeKind::Struct);   // opaque: no fields visible
    {
        Type *timerStruct = newType(TypeKind::Struct);
        Object *c = newObject(ObjKind::Var, "C", {}, chanTime);
        c->isField = true;
        timerStruct->fields.push_back({"C", chanTime, c});
        m_lib[size_t(LibType::Timer)]->underlyingType = timerStruct;
    }

    // Universe constants, nil, iota, builtins.
    auto declConst = [&](const char *name, Type *t, ConstValue v) {
        Object *o = newObject(ObjKind::Const, name, {}, t);
        o->val = std::move(v);
        m_universe.emplace_back(name, o);
    };
    declConst("true", B(BasicKind::UntypedBool), ConstValue::ofBool(true));
    declConst("false", B(BasicKind::UntypedBool), ConstValue::ofBool(false));
    declConst("iota", B(BasicKind::UntypedInt), ConstValue::ofInt(0));
    m_universe.emplace_back("nil", newObject(ObjKind::Nil, "nil", {}, B(BasicKind::UntypedNil)));
    for (size_t i = 1; i < std::size(kBuiltinNames); ++i) {
        Object *o = newObject(ObjKind::Builtin, std::string(kBuiltinNames[i]), {}, nullptr);
        o->builtin = Builtin(i);
        m_universe.emplace_back(std::string(kBuiltinNames[i]), o);
    }

    // Library functions and methods.
    auto sig = [&](std::vector<Type *> params, std::vector<Type *> results, bool variadic = false) {
        Type *s = newType(TypeKind::Signature);
        s->params = std::move(params);
        s->results = std::move(results);
        s->variadic = variadic;
        return s;
    };
    Type *anys = slice(m_any);
    Type *strs = slice(str);
    auto atomicSig = [&](int op, Type *t) -> Type * {
        Type *p = pointer(t);
        switch (op) {
        case 0: return sig({p, t}, {t});            // Add
        case 1: return sig({p}, {t});               // Load
        case 2: return sig({p, t}, {});             // Store
        case 3: return sig({p, t, t}, {boolT});     // CompareAndSwap
        default: return sig({p, t}, {t});           // Swap
        }
    };
    auto methodSig = [&](int op, Type *t) -> Type * {
        switch (op) {
        case 0: return sig({t}, {t});
        case 1: return sig({}, {t});
        case 2: return sig({t}, {});
        case 3: return sig({t, t}, {boolT});
        default: return sig({t}, {t});
        }
    };
    m_libFuncs.assign(size_t(LibFunc::Count), nullptr);
    for (size_t i = 1; i < size_t(LibFunc::Count); ++i) {
        const LibFuncInfo &info = kLibFuncs[i];
        Type *s = nullptr;
        switch (info.id) {
        case F::FmtPrint: case F::FmtPrintln: s = sig({anys}, {intT, m_error}, true); break;
        case F::FmtPrintf: s = sig({str, anys}, {intT, m_error}, true); break;
        case F::FmtSprint: case F::FmtSprintln: s = sig({anys}, {str}, true); break;
        case F::FmtSprintf: s = sig({str, anys}, {str}, true); break;
        case F::FmtErrorf: s = sig({str, anys}, {m_error}, true); break;
        case F::StringsJoin: s = sig({strs, str}, {str}); break;
        case F::StringsRepeat: s = sig({str, intT}, {str}); break;
        case F::StringsContains: s = sig({str, str}, {boolT}); break;
        case F::StringsSplit: s = sig({str, str}, {strs}); break;
        case F::ErrorsNew: s = sig({str}, {m_error}); break;
        case F::OsExit: s = sig({intT}, {}); break;
        case F::WgAdd: s = sig({intT}, {}); break;
        case F::MutexTryLock: s = sig({}, {boolT}); break;
        case F::OnceDo: s = sig({sig({}, {})}, {}); break;
        case F::WgDone: case F::WgWait: case F::MutexLock: case F::MutexUnlock: case F::RWMutexRLock:
        case F::RWMutexRUnlock: case F::RWMutexLock: case F::RWMutexUnlock: case F::RuntimeGosched:
            s = sig({}, {});
            break;
        case F::RuntimeGOMAXPROCS: s = sig({intT}, {intT}); break;
        case F::RuntimeNumGoroutine: case F::RuntimeNumCPU: s = sig({}, {intT}); break;
        case F::TimeSleep: s = sig({duration}, {}); break;
        case F::TimeAfter: case F::TimeTick: s = sig({duration}, {chanTime}); break;
        case F::TimeNewTimer: s = sig({duration}, {pointer(m_lib[size_t(LibType::Timer)])}); break;
        case F::TimeNow: s = sig({}, {timeT}); break;
        case F::TimeSince: s = sig({timeT}, {duration}); break;
        case F::TimerStop: s = sig({}, {boolT}); break;
        case F::TimeSub: s = sig({timeT}, {duration}); break;
        case F::DurationNanoseconds: case F::DurationMicroseconds: case F::DurationMilliseconds: s = sig({}, {i64}); break;
        case F::DurationString: case F::ErrorError: s = sig({}, {str}); break;
        default: {
            size_t a = size_t(info.id);
            if (a >= size_t(F::AtomicAddInt32) && a <= size_t(F::AtomicSwapUint64)) {
                size_t k = a - size_t(F::AtomicAddInt32);
                Type *ts[] = {i32, i64, u32, u64};
                s = atomicSig(int(k / 4), ts[k % 4]);
            } else if (a >= size_t(F::AtomicInt32Add) && a <= size_t(F::AtomicInt64Swap)) {
                size_t k = a - size_t(F::AtomicInt32Add);
                s = methodSig(int(k % 5), k < 5 ? i32 : i64);
            } else if (a >= size_t(F::AtomicBoolLoad) && a <= size_t(F::AtomicBoolSwap)) {
                s = methodSig(int(a - size_t(F::AtomicBoolLoad)) + 1, boolT);
            } else {
                throw std::logic_error("installUniverse: no signature for a library function");
            }
        }
        }
        Object *o = newObject(ObjKind::Func, info.name, {}, s);
        o->lib = info.id;
        m_libFuncs[i] = o;
        if (info.recv == LibType::None) {
            m_members[size_t(info.pkg)].emplace_back(info.name, o);
        } else {
            Type *recv = m_lib[size_t(info.recv)];
            o->recv = recv;
            o->ptrRecv = info.ptrRecv;
            recv->methods.push_back(o);
        }
    }

    // time.Duration constants.
    const std::pair<const char *, int64_t> units[] = {
        {"Nanosecond", 1}, {"Microsecond", 1000}, {"Millisecond", 1000000}, {"Second", 1000000000},
        {"Minute", 60000000000LL}, {"Hour", 3600000000000LL}};
    for (const auto &[name, ns] : units) {
        Object *o = newObject(ObjKind::Const, name, {}, duration);
        o->val = ConstValue::ofInt(ns);
        m_members[size_t(Package::Time)].emplace_back(name, o);
    }
}

} // namespace gsl::lang
