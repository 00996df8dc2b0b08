// schedule.cpp — schedule strings, PCT points, preemption-bounded enumeration.
#include "sim/explore/schedule.h"

#include <algorithm>
#include <functional>
#include <random>

namespace gsl::explore {

std::vector<ScheduleChoice> pctSchedule(uint64_t seed, int depth, uint64_t points)
{
    std::vector<ScheduleChoice> out;
    if (depth <= 1 || points == 0) return out;
    std::mt19937_64 rng(seed ^ 0x5043545043545043ull);   // PCT's own stream, from the run's seed
    std::vector<uint64_t> picks;
    const size_t want = std::min<uint64_t>(uint64_t(depth - 1), points);
    while (picks.size() < want) {
        const uint64_t p = rng() % points;
        if (std::find(picks.begin(), picks.end(), p) == picks.end()) picks.push_back(p);
    }
    std::sort(picks.begin(), picks.end());
    for (uint64_t p : picks) out.push_back({p, ScheduleChoice::Kind::Preempt, 0});
    return out;
}

std::vector<ScheduleChoice> pctSchedule(uint64_t seed, int depth, const std::vector<uint64_t> &candidates)
{
    std::vector<ScheduleChoice> out = pctSchedule(seed, depth, uint64_t(candidates.size()));
    for (ScheduleChoice &c : out) c.point = candidates[size_t(c.point)];   // candidates increase: order kept
    return out;
}

std::vector<std::vector<ScheduleChoice>> preemptionSets(uint64_t points, int bound, size_t limit)
{
    std::vector<std::vector<ScheduleChoice>> out;
    std::vector<ScheduleChoice> cur;
    std::function<void(uint64_t, int)> rec = [&](uint64_t from, int left) {
        if (out.size() >= limit) return;
        if (left == 0) { out.push_back(cur); return; }
        for (uint64_t p = from; p < points && out.size() < limit; ++p) {
            cur.push_back({p, ScheduleChoice::Kind::Preempt, 0});
            rec(p + 1, left - 1);
            cur.pop_back();
        }
    };
    for (int k = 0; k <= bound && out.size() < limit; ++k) rec(0, k);
    return out;
}

} // namespace gsl::explore
