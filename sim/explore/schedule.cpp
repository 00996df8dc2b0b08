// schedule.cpp — schedule strings, PCT points, preemption-bounded enumeration.
#include "sim/explore/schedule.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <random>

namespace gsl::explore {

std::string formatSchedule(const std::vector<ScheduleChoice> &s)
{
    std::string out;
    for (const ScheduleChoice &c : s) {
        if (!out.empty()) out += ',';
        out += std::to_string(c.point);
        out += c.kind == ScheduleChoice::Kind::Preempt ? "p" : "g" + std::to_string(c.goid);
    }
    return out;
}

std::optional<std::vector<ScheduleChoice>> parseSchedule(std::string_view text, std::string *error)
{
    std::vector<ScheduleChoice> out;
    auto fail = [&](const std::string &msg) -> std::optional<std::vector<ScheduleChoice>> {
        if (error) *error = "schedule: " + msg;
        return std::nullopt;
    };
    size_t i = 0;
    while (i < text.size()) {
        ScheduleChoice c;
        auto [p, ec] = std::from_chars(text.data() + i, text.data() + text.size(), c.point);
        if (ec != std::errc() || p == text.data() + i) return fail("expected a point number at offset " + std::to_string(i));
        i = size_t(p - text.data());
        if (i >= text.size()) return fail("missing 'p' or 'g<goid>' after point " + std::to_string(c.point));
        if (text[i] == 'p') {
            ++i;
        } else if (text[i] == 'g') {
            ++i;
            auto [q, ec2] = std::from_chars(text.data() + i, text.data() + text.size(), c.goid);
            if (ec2 != std::errc() || q == text.data() + i || c.goid <= 0) return fail("expected a goroutine id after 'g'");
            c.kind = ScheduleChoice::Kind::Pick;
            i = size_t(q - text.data());
        } else {
            return fail(std::string("unexpected '") + text[i] + "'");
        }
        if (!out.empty() && c.point <= out.back().point) return fail("points must increase");
        out.push_back(c);
        if (i < text.size()) {
            if (text[i] != ',') return fail(std::string("expected ',' got '") + text[i] + "'");
            ++i;
            if (i == text.size()) return fail("trailing ','");
        }
    }
    return out;
}

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
