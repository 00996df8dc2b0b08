// wait_reason.cpp — Go 1.19's waitReasonStrings (runtime2.go), verbatim.
#include "sim/trace/wait_reason.h"

#include <array>

namespace gsl::trace {

namespace {
constexpr std::array<std::string_view, size_t(wait::Count_)> kWaitReasons = {
    "", "GC assist marking", "IO wait", "chan receive (nil chan)", "chan send (nil chan)",
    "dumping heap", "garbage collection", "garbage collection scan", "panicwait", "select",
    "select (no cases)", "GC assist wait", "GC sweep wait", "GC scavenge wait", "chan receive",
    "chan send", "finalizer wait", "force gc (idle)", "semacquire", "sleep", "sync.Cond.Wait",
    "timer goroutine (idle)", "trace reader (blocked)", "wait for GC cycle", "GC worker (idle)",
    "preempted", "debug call",
};
} // namespace

std::string_view waitReasonString(int32_t reason)
{
    if (reason < 0 || size_t(reason) >= kWaitReasons.size())
        return {};
    return kWaitReasons[size_t(reason)];
}

int32_t waitReasonFromString(std::string_view s)
{
    for (size_t i = 0; i < kWaitReasons.size(); ++i)
        if (kWaitReasons[i] == s)
            return int32_t(i);
    return -1;
}

} // namespace gsl::trace
