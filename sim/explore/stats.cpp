// stats.cpp — Wilson intervals and outcome normalisation.
#include "sim/explore/stats.h"

#include <algorithm>
#include <cmath>

namespace gsl::explore {

Interval wilson(size_t k, size_t n, double z)
{
    if (n == 0) return {0.0, 1.0};
    const double nn = double(n);
    const double p = double(k) / nn;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / nn;
    const double center = (p + z2 / (2.0 * nn)) / denom;
    const double half = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denom;
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

std::string normalizeOutcome(std::string_view s)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b])) ++b;
    while (e > b && isSpace(s[e - 1])) --e;
    std::string out;
    out.reserve(e - b);
    for (size_t i = b; i < e; ++i) {
        if (s[i] == '\r' && i + 1 < e && s[i + 1] == '\n') continue;
        if (s[i] == '\n') out += " / ";
        else out += s[i];
    }
    return out;
}

} // namespace gsl::explore
