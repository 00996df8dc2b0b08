// stats.h — small statistics for outcome distributions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gsl::explore {

// A proportion's confidence interval, both ends in [0, 1].
struct Interval {
    double lo = 0;
    double hi = 0;
    friend bool operator==(const Interval &, const Interval &) = default;
};

// wilson is the Wilson score interval for k successes in n trials at 95 %
// (z = 1.959963984540054). n == 0 gives [0, 1]: nothing is known.
// Chosen over the normal ("Wald") interval because a bug seen 0 times in 100
// runs still gets an upper bound above 0 (3.7 %), which is the honest answer.
Interval wilson(size_t k, size_t n, double z = 1.959963984540054);

// normalizeOutcome turns a run's stdout into the one-line outcome of cli.md:
// surrounding white space trimmed, each remaining newline -> " / ".
std::string normalizeOutcome(std::string_view stdoutText);

} // namespace gsl::explore
