// oracle_stats.h — the statistics of the real-runtime oracle (tst_oracle):
// outcome distributions, Wilson intervals, total variation distance and the
// sampling floor that says how much TVD two samples of one distribution show.
// Header-only: tests/validation builds one executable per tst_*.cpp.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gsl::validation {

// Distribution is a tally of outcomes over `runs` runs. QMap keeps the order
// of outcomes deterministic (style: no iteration over unordered containers).
struct Distribution {
    QMap<QString, int> counts;
    int runs = 0;

    void add(const QString &outcome, int n)
    {
        counts[outcome] += n;
        runs += n;
    }
    double share(const QString &outcome) const { return runs ? double(counts.value(outcome)) / runs : 0.0; }
    bool isEmpty() const { return runs == 0; }

    // byCount returns the outcomes by descending count, ties by name.
    QStringList byCount() const
    {
        QStringList out = counts.keys();
        std::stable_sort(out.begin(), out.end(), [this](const QString &a, const QString &b) {
            return counts.value(a) > counts.value(b);
        });
        return out;
    }

    // coverCount is how many of the most frequent outcomes it takes to cover
    // `fraction` of the runs (the "handful of outcomes" test of issue #4).
    int coverCount(double fraction) const
    {
        int covered = 0, k = 0;
        for (const QString &o : byCount()) {
            if (covered >= fraction * runs) break;
            covered += counts.value(o);
            ++k;
        }
        return k;
    }
};

// Interval is a 95 % confidence interval of a proportion.
struct Interval {
    double lo = 0, hi = 0;
};

// wilson is the Wilson score interval (z = 1.96) of k successes in n trials:
// unlike the normal approximation it stays inside [0, 1] and is honest at
// rates of 0 and 1, which most of our cells have.
inline Interval wilson(int k, int n)
{
    if (n <= 0) return {0, 1};
    const double z = 1.96, p = double(k) / n, z2 = z * z;
    const double denom = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

// tvd is the total variation distance ½ Σ |r(o) − s(o)| over the union of outcomes.
inline double tvd(const Distribution &r, const Distribution &s)
{
    QStringList all = r.counts.keys();
    for (const QString &o : s.counts.keys())
        if (!r.counts.contains(o)) all << o;
    double sum = 0;
    for (const QString &o : all) sum += std::abs(r.share(o) - s.share(o));
    return sum / 2;
}

// tvdSamplingFloor estimates the TVD two independent samples of sizes n1 and
// n2 from one distribution show on average (each share difference is about
// normal with variance p(1−p)(1/n1 + 1/n2); E|X| = σ·√(2/π)). Informative
// only: the bound stays 0.15 whatever the floor is, as the issue asks.
inline double tvdSamplingFloor(const Distribution &r, const Distribution &s)
{
    if (r.runs == 0 || s.runs == 0) return 0;
    Distribution pooled = r;
    for (auto it = s.counts.cbegin(); it != s.counts.cend(); ++it) pooled.add(it.key(), it.value());
    double sum = 0;
    for (auto it = pooled.counts.cbegin(); it != pooled.counts.cend(); ++it) {
        const double p = double(it.value()) / pooled.runs;
        sum += std::sqrt(p * (1 - p) * (1.0 / r.runs + 1.0 / s.runs)) * std::sqrt(2.0 / M_PI);
    }
    return sum / 2;
}

inline QString pct(double v) { return QString::number(100.0 * v, 'f', 1) + "%"; }
inline QString interval(const Interval &i) { return "[" + pct(i.lo) + ", " + pct(i.hi) + "]"; }

} // namespace gsl::validation
