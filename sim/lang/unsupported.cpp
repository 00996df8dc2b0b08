#include "sim/lang/unsupported.h"

namespace gsl::lang {

namespace {
constexpr std::string_view kPredeclared[] = {
    "float32", "float64", "complex64", "complex128", "int8", "int16", "uint", "uint16", "uintptr",
    "complex", "real", "imag", "comparable", "min", "max", "clear",
};

// A selection of the real API of each supported package (Go 1.19): enough to
// tell "not in the subset" from a typo.
constexpr std::string_view kFmt[] = {"Fprint", "Fprintf", "Fprintln", "Sscan", "Sscanf", "Sscanln", "Scan",
                                     "Scanf", "Scanln", "Fscan", "Fscanf", "Fscanln", "Append", "Appendf",
                                     "Appendln", "Stringer", "Formatter", "State", "GoStringer"};
constexpr std::string_view kStrings[] = {
    "Fields", "FieldsFunc", "HasPrefix", "HasSuffix", "Index", "IndexByte", "IndexRune", "LastIndex", "ToUpper",
    "ToLower", "Title", "Trim", "TrimSpace", "TrimPrefix", "TrimSuffix", "TrimLeft", "TrimRight", "Replace",
    "ReplaceAll", "SplitN", "SplitAfter", "Count", "EqualFold", "Compare", "ContainsAny", "ContainsRune",
    "Builder", "Reader", "NewReader", "NewReplacer", "Replacer", "Map", "Cut", "Clone", "IndexAny", "IndexFunc"};
constexpr std::string_view kSync[] = {"Cond", "NewCond", "Map", "Pool", "Locker"};
constexpr std::string_view kAtomic[] = {"Uint32", "Uint64", "Uintptr", "Pointer", "Value", "AddUintptr",
                                        "LoadPointer", "StorePointer", "SwapPointer", "CompareAndSwapPointer",
                                        "LoadUintptr", "StoreUintptr", "SwapUintptr", "CompareAndSwapUintptr"};
constexpr std::string_view kRuntime[] = {"GC", "Goexit", "LockOSThread", "UnlockOSThread", "Caller", "Callers",
                                         "Stack", "ReadMemStats", "MemStats", "KeepAlive", "SetFinalizer",
                                         "GOOS", "GOARCH", "Version", "NumCgoCall", "Breakpoint", "Error",
                                         "Func", "FuncForPC", "Frames", "CallersFrames"};
constexpr std::string_view kTime[] = {"Ticker", "NewTicker", "AfterFunc", "Parse", "ParseDuration", "Unix",
                                      "UnixMilli", "UnixMicro", "Date", "Month", "Weekday", "Location", "UTC",
                                      "Local", "LoadLocation", "Until", "RFC3339", "Kitchen", "ANSIC", "Layout",
                                      "January", "Monday", "FixedZone"};
constexpr std::string_view kOs[] = {"Args", "Stdout", "Stderr", "Stdin", "Getenv", "Setenv", "LookupEnv",
                                    "Open", "Create", "ReadFile", "WriteFile", "Remove", "Mkdir", "MkdirAll",
                                    "Getpid", "Hostname", "Environ", "File", "Signal", "Interrupt", "Kill",
                                    "Getwd", "Chdir", "Exit"};
constexpr std::string_view kErrors[] = {"Is", "As", "Unwrap", "Join"};

template<size_t N> bool contains(const std::string_view (&list)[N], std::string_view s)
{
    for (auto x : list)
        if (x == s) return true;
    return false;
}
} // namespace

bool isUnsupportedPredeclared(std::string_view name)
{
    return contains(kPredeclared, name);
}

bool isGo121Builtin(std::string_view name)
{
    return name == "min" || name == "max" || name == "clear";
}

bool isKnownLibraryName(Package pkg, std::string_view name)
{
    switch (pkg) {
    case Package::Fmt: return contains(kFmt, name);
    case Package::Strings: return contains(kStrings, name);
    case Package::Sync: return contains(kSync, name);
    case Package::Atomic: return contains(kAtomic, name);
    case Package::Runtime: return contains(kRuntime, name);
    case Package::Time: return contains(kTime, name);
    case Package::Os: return contains(kOs, name);
    case Package::Errors: return contains(kErrors, name);
    default: return false;
    }
}

} // namespace gsl::lang
