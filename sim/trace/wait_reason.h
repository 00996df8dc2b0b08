// wait_reason.h — Go's waitReason numbers and strings (runtime2.go, go1.19).
// GoPark's `a` carries one of these numbers (EVENTS.md), so the GUI and
// scheddetail print the same text as Go ("chan receive", "sleep", ...).
#pragma once

#include <cstdint>
#include <string_view>

namespace gsl::trace {

// Go 1.19's waitReason constants, in Go's order (the numbers matter).
namespace wait {
enum : int32_t {
    Zero = 0, GCAssistMarking, IOWait, ChanReceiveNilChan, ChanSendNilChan, DumpingHeap,
    GarbageCollection, GarbageCollectionScan, Panicwait, Select, SelectNoCases,
    GCAssistWait, GCSweepWait, GCScavengeWait, ChanReceive, ChanSend, FinalizerWait,
    ForceGCIdle, Semacquire, Sleep, SyncCondWait, TimerGoroutineIdle, TraceReaderBlocked,
    WaitForGCCycle, GCWorkerIdle, Preempted, DebugCall,
    Count_
};
}

// waitReasonString returns Go's text for a waitReason ("" for 0 or unknown).
std::string_view waitReasonString(int32_t reason);
// waitReasonFromString is the inverse; -1 when s is not one of Go's strings.
int32_t waitReasonFromString(std::string_view s);

} // namespace gsl::trace
