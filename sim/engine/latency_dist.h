// latency_dist.h — drawing a latency from its measured quantiles
// (MachineProfile's *Quantiles fields), with our own code so a seed gives the
// same draw on every machine (no <random> distributions, no libm).
//
// The distribution is the piecewise-linear inverse CDF through the points
// (level_i, q_i) for the levels p1 p10 p50 p90 p99 (kLatencyQuantileLevels):
// u in [0.01, 0.99] interpolates linearly between the two neighbouring
// quantiles; u below p1 takes q(p1) and u above p99 takes q(p99).
// Simplification: the extreme 1 % on either side collapse onto p1/p99 — a
// p0 or p100 would be a single measured sample (the minimum/maximum), too
// noisy to carry into every run; the tail beyond p99 is therefore cut.
#pragma once

#include "sim/engine/machine_profile.h"
#include "sim/engine/rng.h"

namespace gsl::engine {

// quantileAt is the inverse CDF of d at u in [0, 1); d.set must be true.
SimDur quantileAt(const LatencyQuantiles &d, double u);

// drawLatency: d's quantileAt a fresh rng.unit(), or `constant` when d is not
// set (then rng is not advanced, so profiles without distributions keep
// their runs bit for bit).
SimDur drawLatency(const LatencyQuantiles &d, SimDur constant, Rng &rng);

} // namespace gsl::engine
