// latency_dist.cpp — the inverse CDF of a latency given by quantiles.
#include "sim/engine/latency_dist.h"

namespace gsl::engine {

SimDur quantileAt(const LatencyQuantiles &d, double u)
{
    const auto &lv = kLatencyQuantileLevels;
    const size_t n = lv.size();
    if (u <= lv[0])
        return d.q[0];
    if (u >= lv[n - 1])
        return d.q[n - 1];
    size_t i = 0;
    while (u > lv[i + 1])
        ++i;
    const double t = (u - lv[i]) / (lv[i + 1] - lv[i]);
    const double lo = double(d.q[i]), hi = double(d.q[i + 1]);
    return SimDur(lo + t * (hi - lo) + 0.5);
}

SimDur drawLatency(const LatencyQuantiles &d, SimDur constant, Rng &rng)
{
    if (!d.set)
        return constant;
    return quantileAt(d, rng.unit());
}

} // namespace gsl::engine
