// simtime.h — simulated time: integer nanoseconds since the simulated process
// started. Never floating point, never the wall clock (architecture.md).
#pragma once

#include <cstdint>

namespace gsl {

using SimTime = int64_t;   // absolute simulated time, ns
using SimDur = int64_t;    // a duration, ns
// SimPs: a duration in picoseconds. Only the costs of interpreted work are
// this fine (a compiled loop iteration is ~0.3 ns, machine_profile.h); the
// interpreter sums them in ps and hands the runtime whole ns, carrying the
// remainder per goroutine (sim/program/interpreter.h). The clock stays in ns.
using SimPs = int64_t;

constexpr SimPs kPsPerNs = 1000;

constexpr SimDur kMicrosecond = 1000;
constexpr SimDur kMillisecond = 1000 * kMicrosecond;
constexpr SimDur kSecond = 1000 * kMillisecond;

} // namespace gsl
