// tst_cold_create.cpp — the cost of a fresh process's k-th new G
// (sim/engine/cold_create.h): #1 from goCreateFirstCost's distribution,
// #2-#40 from the profile's goCreateTable where it sets an entry and the
// built-in reference table where it does not, later ones from
// goCreateNewCost's distribution.
#include "sim/engine/cold_create.h"

#include <QTest>

using gsl::LatencyQuantiles;
using gsl::MachineProfile;
using gsl::SimDur;

namespace {

LatencyQuantiles constant(SimDur v)
{
    return LatencyQuantiles{true, {v, v, v, v, v}};
}

// The extremes of n draws of the index-th creation's cost.
std::pair<SimDur, SimDur> range(int index, const MachineProfile &p, int n = 2000)
{
    gsl::engine::Rng rng(7, uint64_t(gsl::engine::RngStream::Latency));
    SimDur lo = INT64_MAX, hi = 0;
    for (int i = 0; i < n; ++i) {
        const SimDur c = gsl::engine::coldCreateCost(index, p, rng);
        lo = std::min(lo, c);
        hi = std::max(hi, c);
    }
    return {lo, hi};
}

} // namespace

class TestColdCreate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileTableReplacesReference();
    void withoutDistributionsConstant();
};

void TestColdCreate::profileTableReplacesReference()
{
    MachineProfile p = gsl::defaultProfile();
    p.goCreateFirstCostQuantiles = constant(7000);
    p.goCreateNewCostQuantiles = constant(150);
    p.goCreateTable[13 - 2] = constant(17000);   // #13 set, #12 not
    QCOMPARE(range(1, p), std::make_pair(SimDur(7000), SimDur(7000)));
    QCOMPARE(range(13, p), std::make_pair(SimDur(17000), SimDur(17000)));
    QCOMPARE(range(41, p), std::make_pair(SimDur(150), SimDur(150)));
    QCOMPARE(range(400, p), std::make_pair(SimDur(150), SimDur(150)));
    // #12 keeps the reference VM's distribution: p1 11.7 us to p99 414 us.
    const auto [lo, hi] = range(12, p);
    QVERIFY2(lo >= 11700 && lo < 13290, std::to_string(lo).c_str());
    QVERIFY2(hi > 23870 && hi <= 413694, std::to_string(hi).c_str());
    // Every entry set: #2-#40 all come from the profile.
    for (int k = 2; k <= 40; ++k)
        p.goCreateTable[size_t(k - 2)] = constant(SimDur(1000 + k));
    for (int k = 2; k <= 40; ++k)
        QCOMPARE(range(k, p, 50), std::make_pair(SimDur(1000 + k), SimDur(1000 + k)));
}

// A profile without a new-G distribution (an old file giving the scalar
// only) gets a constant cost for #2 on, except where its table sets one.
void TestColdCreate::withoutDistributionsConstant()
{
    MachineProfile p = gsl::defaultProfile();
    p.goCreateNewCostQuantiles = LatencyQuantiles();
    p.goCreateNewCost = 333;
    p.goCreateTable[0] = constant(5000);
    QCOMPARE(range(2, p), std::make_pair(SimDur(5000), SimDur(5000)));
    QCOMPARE(range(3, p), std::make_pair(SimDur(333), SimDur(333)));
    QCOMPARE(range(20, p), std::make_pair(SimDur(333), SimDur(333)));
    QCOMPARE(range(50, p), std::make_pair(SimDur(333), SimDur(333)));
}

QTEST_GUILESS_MAIN(TestColdCreate)
#include "tst_cold_create.moc"
