// loop_math.h — the arithmetic of loop plans, internal to sim/program: affine
// forms (sums of register terms, mod 2^64) as the symbolic pass builds them,
// and the exit test's lines, shared by the analysis (loop_analysis.cpp: how
// many times an inner loop runs) and the closed form (loop_accel.cpp: how
// many iterations may be skipped).
#pragma once

#include "sim/program/loop_plan.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace gsl::program::loopmath {

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

constexpr uint64_t kInf = std::numeric_limits<uint64_t>::max();

inline bool addTerm(Affine &a, int32_t reg, uint64_t coef)
{
    if (coef == 0) return true;
    for (int32_t i = 0; i < a.n; ++i)
        if (a.reg[i] == reg) {
            a.coef[i] += coef;
            if (a.coef[i] == 0) {           // cancelled: drop it
                a.reg[i] = a.reg[a.n - 1];
                a.coef[i] = a.coef[a.n - 1];
                --a.n;
            }
            return true;
        }
    if (a.n == Affine::kMaxTerms) return false;
    a.reg[a.n] = reg;
    a.coef[a.n] = coef;
    ++a.n;
    return true;
}

// a + k * b
inline bool addScaled(Affine &a, const Affine &b, uint64_t k)
{
    a.c += k * b.c;
    for (int32_t i = 0; i < b.n; ++i)
        if (!addTerm(a, b.reg[i], k * b.coef[i])) return false;
    return true;
}

inline uint64_t coefOf(const Affine &a, int32_t reg)
{
    for (int32_t i = 0; i < a.n; ++i)
        if (a.reg[i] == reg) return a.coef[i];
    return 0;
}


// A linear form j iterations on: v0 + j * slope (no wrap allowed over the
// range considered: maxInRange bounds j).
struct Line {
    i128 v0 = 0, slope = 0;
};

// maxInRange: the largest j for which v0 + j * slope stays in int64 (kInf if it always does).
inline uint64_t maxInRange(const Line &l)
{
    const i128 lo = std::numeric_limits<int64_t>::min(), hi = std::numeric_limits<int64_t>::max();
    if (l.slope > 0) return uint64_t(std::min<i128>((hi - l.v0) / l.slope, i128(kInf - 1)));
    if (l.slope < 0) return uint64_t(std::min<i128>((l.v0 - lo) / -l.slope, i128(kInf - 1)));
    return kInf;
}

// floor / ceil division for a positive divisor
inline i128 floorDiv(i128 a, i128 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
inline i128 ceilDiv(i128 a, i128 b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); }

// firstFail: the first j >= 0 at which `d(j) cmp 0` differs from `stay`
// (d(j) = d0 + j * slope), kInf if never.
inline uint64_t firstFail(i128 d0, i128 slope, LoopCmp cmp, bool stay)
{
    auto holds = [&](i128 d) {
        bool t = false;
        switch (cmp) {
        case LoopCmp::Lt: t = d < 0; break;
        case LoopCmp::Le: t = d <= 0; break;
        case LoopCmp::Gt: t = d > 0; break;
        case LoopCmp::Ge: t = d >= 0; break;
        case LoopCmp::Eq: t = d == 0; break;
        default: t = d != 0; break;
        }
        return t == stay;
    };
    if (!holds(d0)) return 0;
    if (slope == 0) return kInf;
    // The stay set over j is contiguous for every comparison but ==/!=, whose
    // single special point is handled directly. Find the first j where it ends.
    if (cmp == LoopCmp::Eq || cmp == LoopCmp::Ne) {
        // Holds at 0. With a non-zero slope, d == 0 at most once.
        if ((cmp == LoopCmp::Eq) == stay) return 1;                // staying needs d == 0: only at j = 0
        // the same line made increasing: e(j) = d(j) * sign
        const i128 s = slope > 0 ? 1 : -1;
        const i128 e0 = d0 * s, es = slope * s;
        // staying needs d != 0: fails where d(j) == 0, if that j is a whole number >= 0
        if (e0 < 0 && (-e0) % es == 0) return uint64_t(std::min<i128>((-e0) / es, i128(kInf - 1)));
        return kInf;
    }
    // Monotone: true at 0, it turns false where d crosses the boundary in the
    // direction of the slope (or never). The condition that must hold, on d:
    LoopCmp eff = cmp;
    if (!stay)
        eff = cmp == LoopCmp::Lt ? LoopCmp::Ge : cmp == LoopCmp::Le ? LoopCmp::Gt
            : cmp == LoopCmp::Gt ? LoopCmp::Le : LoopCmp::Lt;
    const bool upperBound = eff == LoopCmp::Lt || eff == LoopCmp::Le;   // holds while d is small
    if (upperBound == (slope < 0)) return kInf;                          // moving away from the boundary
    i128 j;
    switch (eff) {
    case LoopCmp::Lt: j = ceilDiv(-d0, slope); break;          // slope > 0: first d >= 0
    case LoopCmp::Le: j = floorDiv(-d0, slope) + 1; break;     // slope > 0: first d > 0
    case LoopCmp::Gt: j = ceilDiv(d0, -slope); break;          // slope < 0: first d <= 0
    default: j = floorDiv(d0, -slope) + 1; break;              // Ge, slope < 0: first d < 0
    }
    if (j < 0) return 0;
    return uint64_t(std::min<i128>(j, i128(kInf - 1)));
}

} // namespace gsl::program::loopmath
