// simtime.h — simulated time: integer nanoseconds since the simulated process
// started. Never floating point, never the wall clock (architecture.md).
#pragma once

#include <cstdint>

namespace gsl {

using SimTime = int64_t;   // absolute simulated time, ns
using SimDur = int64_t;    // a duration, ns

constexpr SimDur kMicrosecond = 1000;
constexpr SimDur kMillisecond = 1000 * kMicrosecond;
constexpr SimDur kSecond = 1000 * kMillisecond;

} // namespace gsl
