// hbclass.h — the happens-before (Mazurkiewicz) class of a run, as a hash:
// two runs of one program with the same order of operations on every shared
// object are equivalent interleavings (same reads-from, same outcome), so
// explore counts them once and the exhaustive explorer does not extend a run
// equivalent to one it has already seen.
#pragma once

#include "sim/trace/trace.h"

#include <cstdint>

namespace gsl::explore {

// hbClassOf hashes, per shared object, the sequence of (goroutine, operation)
// in trace order: memory and atomic accesses per address, channel, mutex,
// RWMutex, WaitGroup and Once operations per object, and the writes to
// stdout/stderr as one object. Consecutive reads of one address (plain or
// atomic) commute: they count as a multiset, so runs that differ only in the
// order of two reads between the same writes are one class. Never 0.
uint64_t hbClassOf(const trace::Trace &t);

} // namespace gsl::explore
