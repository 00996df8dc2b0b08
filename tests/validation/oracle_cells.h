// oracle_cells.h — the metrics of issue #4, one Cell per (file, GOMAXPROCS,
// metric), and the side-by-side table a disagreeing cell prints.
//
// Metrics and bounds (fixed; never widened to pass):
//   exact   — the real runtime produced one outcome in all N runs: the
//             simulator must produce that outcome in all of its runs.
//   bugrate — the file has a `Correct` pattern: the share of runs whose
//             outcome does not match it, |real − sim| ≤ 0.10.
//   tvd     — the real distribution is not deterministic and ≤ 10 outcomes
//             cover 95 % of its runs: total variation distance ≤ 0.15.
// A configuration whose real distribution needs more than 10 outcomes for
// 95 % gets no tvd cell; it is listed as "not compared" with that count.
#pragma once

#include "oracle_stats.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace gsl::validation {

constexpr double kBugRateBound = 0.10;
constexpr double kTvdBound = 0.15;
constexpr int kHandful = 10;
constexpr double kCoverage = 0.95;

struct Cell {
    QString file;
    int gomaxprocs = 0;
    QString metric;          // exact | bugrate | tvd
    Distribution real, sim;
    QString correct;         // regex of the file's Correct key ("" if none)
    QString simError;        // the CLI could not produce rows for this file
    double realValue = 0, simValue = 0;   // rates (bugrate) or modal share (exact)
    Interval realCi, simCi;
    double distance = 0;     // |Δ rate|, TVD, or 1 − sim share of the real outcome
    double bound = 0;
    double floor = 0;        // tvd only: sampling floor (informative)
    bool pass = false;

    QString name() const { return file + "@" + QString::number(gomaxprocs) + ":" + metric; }
};

// bugRuns counts the runs whose outcome does not match `correct`; a run that
// exited non-zero carries " / exit=N" in its label, so it never matches an
// anchored pattern: a panic is a manifested bug, as in the real runtime.
inline int bugRuns(const Distribution &d, const QRegularExpression &correct)
{
    int n = 0;
    for (auto it = d.counts.cbegin(); it != d.counts.cend(); ++it)
        if (!correct.match(it.key()).hasMatch()) n += it.value();
    return n;
}

// evaluate fills the metric fields of a cell whose file, gomaxprocs, metric,
// distributions and correct pattern are set.
inline void evaluate(Cell &c)
{
    if (!c.simError.isEmpty() || c.sim.isEmpty()) {
        c.pass = false;
        c.distance = 1;
        c.bound = c.metric == "tvd" ? kTvdBound : c.metric == "bugrate" ? kBugRateBound : 0;
        return;
    }
    if (c.metric == "bugrate") {
        const QRegularExpression re(c.correct);
        const int rb = bugRuns(c.real, re), sb = bugRuns(c.sim, re);
        c.realValue = double(rb) / c.real.runs;
        c.simValue = double(sb) / c.sim.runs;
        c.realCi = wilson(rb, c.real.runs);
        c.simCi = wilson(sb, c.sim.runs);
        c.distance = std::abs(c.realValue - c.simValue);
        c.bound = kBugRateBound;
        c.pass = c.distance <= c.bound + 1e-12;
    } else if (c.metric == "tvd") {
        c.distance = tvd(c.real, c.sim);
        c.floor = tvdSamplingFloor(c.real, c.sim);
        c.bound = kTvdBound;
        c.pass = c.distance <= c.bound + 1e-12;
    } else {   // exact
        const QString only = c.real.counts.firstKey();
        const int k = c.sim.counts.value(only);
        c.realValue = 1.0;
        c.simValue = double(k) / c.sim.runs;
        c.realCi = wilson(c.real.runs, c.real.runs);
        c.simCi = wilson(k, c.sim.runs);
        c.distance = 1.0 - c.simValue;
        c.bound = 0;
        c.pass = k == c.sim.runs;
    }
}

// metricsFor lists the metrics that apply to a real distribution.
inline QStringList metricsFor(const Distribution &real, bool hasCorrect)
{
    QStringList m;
    if (real.counts.size() == 1) m << "exact";
    else if (real.coverCount(kCoverage) <= kHandful) m << "tvd";
    if (hasCorrect) m << "bugrate";
    return m;
}

// sideBySide renders real and simulated distributions next to each other,
// most frequent (in either) first, at most `maxRows` outcomes.
inline QString sideBySide(const Cell &c, int maxRows = 15)
{
    QStringList order = c.real.byCount();
    for (const QString &o : c.sim.byCount())
        if (!order.contains(o)) order << o;
    int w = 7;
    for (int i = 0; i < order.size() && i < maxRows; ++i) w = std::max(w, int(std::min<qsizetype>(order[i].size(), 60)));
    auto cellText = [](const Distribution &d, const QString &o) {
        const int k = d.counts.value(o);
        return QString("%1 %2 %3").arg(k, 4).arg(pct(d.share(o)), 6).arg(interval(wilson(k, d.runs)), 16);
    };
    QString out = QString("  %1 | %2 | %3\n").arg("outcome", -w).arg(QString("real (N=%1)").arg(c.real.runs), -28)
                      .arg(QString("sim (N=%1)").arg(c.sim.runs));
    for (int i = 0; i < order.size() && i < maxRows; ++i)
        out += QString("  %1 | %2 | %3\n").arg(order[i].left(60), -w).arg(cellText(c.real, order[i]), -28)
                   .arg(cellText(c.sim, order[i]));
    if (order.size() > maxRows) out += QString("  ... %1 more outcomes\n").arg(order.size() - maxRows);
    return out;
}

// verdictLine is the one-line summary of a cell.
inline QString verdictLine(const Cell &c)
{
    if (!c.simError.isEmpty()) return c.name() + ": simulator error: " + c.simError.left(300);
    if (c.metric == "bugrate")
        return QString("%1: bug rate real %2 %3 vs sim %4 %5, |Δ| %6 (bound %7)")
            .arg(c.name(), pct(c.realValue), interval(c.realCi), pct(c.simValue), interval(c.simCi))
            .arg(c.distance, 0, 'f', 3).arg(c.bound, 0, 'f', 2);
    if (c.metric == "tvd")
        return QString("%1: TVD %2 (bound %3, sampling floor ≈ %4)").arg(c.name()).arg(c.distance, 0, 'f', 3)
            .arg(c.bound, 0, 'f', 2).arg(c.floor, 0, 'f', 3);
    return QString("%1: real always \"%2\" (N=%3); sim %4 %5").arg(c.name(), c.real.counts.firstKey().left(60))
        .arg(c.real.runs).arg(pct(c.simValue), interval(c.simCi));
}

} // namespace gsl::validation
