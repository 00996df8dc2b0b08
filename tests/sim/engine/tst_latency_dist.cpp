// tst_latency_dist.cpp — drawing a latency from its quantiles: the empirical
// quantiles of many draws match the configured ones, the same seed gives the
// same draws, and a profile without a distribution stays constant.
#include "sim/engine/latency_dist.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using gsl::LatencyQuantiles;
using gsl::SimDur;

namespace {

LatencyQuantiles dist(std::array<SimDur, 5> q)
{
    LatencyQuantiles d;
    d.set = true;
    d.q = q;
    return d;
}

std::vector<SimDur> draws(const LatencyQuantiles &d, uint64_t seed, int n)
{
    gsl::engine::Rng rng(seed, uint64_t(gsl::engine::RngStream::Latency));
    std::vector<SimDur> v;
    v.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        v.push_back(gsl::engine::drawLatency(d, 0, rng));
    return v;
}

} // namespace

class TestLatencyDist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inverseCdfAtKnots();
    void drawsMatchQuantiles_data();
    void drawsMatchQuantiles();
    void deterministicPerSeed();
    void unsetIsConstantAndDrawsNothing();
};

void TestLatencyDist::inverseCdfAtKnots()
{
    const LatencyQuantiles d = dist({1000, 2000, 10000, 50000, 1000000});
    QCOMPARE(gsl::engine::quantileAt(d, 0.0), SimDur(1000));   // below p1: p1
    QCOMPARE(gsl::engine::quantileAt(d, 0.01), SimDur(1000));
    QCOMPARE(gsl::engine::quantileAt(d, 0.10), SimDur(2000));
    QCOMPARE(gsl::engine::quantileAt(d, 0.50), SimDur(10000));
    QCOMPARE(gsl::engine::quantileAt(d, 0.30), SimDur(6000));  // halfway p10..p50
    QCOMPARE(gsl::engine::quantileAt(d, 0.70), SimDur(30000)); // halfway p50..p90
    QCOMPARE(gsl::engine::quantileAt(d, 0.99), SimDur(1000000));
    QCOMPARE(gsl::engine::quantileAt(d, 0.999999), SimDur(1000000)); // tail cut at p99
}

void TestLatencyDist::drawsMatchQuantiles_data()
{
    QTest::addColumn<qint64>("p1");
    QTest::addColumn<qint64>("p10");
    QTest::addColumn<qint64>("p50");
    QTest::addColumn<qint64>("p90");
    QTest::addColumn<qint64>("p99");
    // A heavy-tailed wake-up spread (an idle vCPU vs one busy with foreign load).
    QTest::newRow("wakeup") << qint64(8886) << qint64(11401) << qint64(31178) << qint64(49243) << qint64(2885394);
    QTest::newRow("narrow") << qint64(100000) << qint64(100100) << qint64(100200) << qint64(100300) << qint64(100400);
    QTest::newRow("constant") << qint64(55000) << qint64(55000) << qint64(55000) << qint64(55000) << qint64(55000);
}

void TestLatencyDist::drawsMatchQuantiles()
{
    QFETCH(qint64, p1);
    QFETCH(qint64, p10);
    QFETCH(qint64, p50);
    QFETCH(qint64, p90);
    QFETCH(qint64, p99);
    const std::array<SimDur, 5> q = {p1, p10, p50, p90, p99};
    const int n = 200000;
    std::vector<SimDur> v = draws(dist(q), 42, n);
    std::sort(v.begin(), v.end());
    // The empirical quantile at each level lies between the configured
    // quantiles at level -/+ 0.005 (a 200000-draw sample's quantile is within
    // ~0.001 of its level with overwhelming probability).
    for (size_t i = 0; i < q.size(); ++i) {
        const double level = gsl::kLatencyQuantileLevels[i];
        const SimDur got = v[size_t(level * (n - 1))];
        const SimDur lo = gsl::engine::quantileAt(dist(q), std::max(0.0, level - 0.005));
        const SimDur hi = gsl::engine::quantileAt(dist(q), std::min(0.999, level + 0.005));
        QVERIFY2(got >= lo && got <= hi, qPrintable(QString("level %1: %2 not in [%3, %4] (configured %5)")
                                                        .arg(level).arg(got).arg(lo).arg(hi).arg(q[i])));
    }
    QCOMPARE(v.front(), SimDur(p1));
    QCOMPARE(v.back(), SimDur(p99));
    // Mean of the piecewise-linear distribution, worked out: 0.01*p1 + sum of
    // segment midpoints * widths + 0.01*p99.
    const double mean = 0.01 * p1 + 0.09 * (p1 + p10) / 2 + 0.40 * (p10 + p50) / 2 + 0.40 * (p50 + p90) / 2 +
                        0.09 * (p90 + p99) / 2 + 0.01 * p99;
    // Within 5 standard errors of the sample mean.
    double sum = 0, sum2 = 0;
    for (SimDur x : v) {
        sum += double(x);
        sum2 += double(x) * double(x);
    }
    const double m = sum / n, se = std::sqrt(std::max(0.0, sum2 / n - m * m) / n);
    QVERIFY2(std::abs(m - mean) <= 5 * se + 1, qPrintable(QString("mean %1 vs %2, se %3").arg(m).arg(mean).arg(se)));
}

void TestLatencyDist::deterministicPerSeed()
{
    const LatencyQuantiles d = dist({8886, 11401, 31178, 49243, 2885394});
    QCOMPARE(draws(d, 7, 1000), draws(d, 7, 1000));
    QVERIFY(draws(d, 7, 1000) != draws(d, 8, 1000));
}

void TestLatencyDist::unsetIsConstantAndDrawsNothing()
{
    gsl::engine::Rng a(3, 7), b(3, 7);
    LatencyQuantiles none;
    for (int i = 0; i < 10; ++i)
        QCOMPARE(gsl::engine::drawLatency(none, 20000, a), SimDur(20000));
    QCOMPARE(a.next(), b.next()); // the stream was not advanced
}

QTEST_GUILESS_MAIN(TestLatencyDist)
#include "tst_latency_dist.moc"
