// trace_event.cpp — names of the event kinds: used by the text form, exports
// and golden traces, so a name never changes once written.
#include "sim/trace/trace_event.h"

#include <array>

namespace gsl::trace {

namespace {
constexpr std::array<std::string_view, size_t(EvKind::Count_)> kNames = {
    "GoCreate", "GoStart", "GoEnd", "GoSched", "GoPreempt", "GoPark", "GoUnpark", "GoKilled",
    "RunqPut", "RunqGet", "GlobRunqPut", "GlobRunqGet", "ProcSteal", "RunqOverflow",
    "ProcStart", "ProcStop", "MStart", "MSpin", "MSpinStop", "MPark", "MWake", "Retake",
    "GoMaxProcs", "STWStart", "STWDone",
    "MemRead", "MemWrite", "AtomicRead", "AtomicWrite",
    "ChanMake", "ChanSend", "ChanRecv", "ChanClose", "Select", "MutexLock", "MutexUnlock",
    "RWRLock", "RWRUnlock", "RWLock", "RWUnlock", "WgAdd", "WgWait", "OnceDone",
    "TimerSet", "TimerFire",
    "CfsPeriod", "Throttle", "Unthrottle", "CpuRun", "CpuPreempt",
    "Print", "Panic", "Fatal", "Exit", "Budget",
    "ForcedPick",
};
} // namespace

// eventKindName returns the kind's name as in the enum ("GoCreate"), or
// "Unknown" for a value out of range.
std::string_view eventKindName(EvKind k)
{
    size_t i = size_t(k);
    return i < kNames.size() ? kNames[i] : std::string_view("Unknown");
}

} // namespace gsl::trace
