// tst_explore_manifest.cpp — manifestation map cells and the perturbation search,
// on a substituted run function.
#include "sim/explore/manifest.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::explore;

namespace {
// Lost update only with >= 2 Ps and an even seed.
RunOutcome fake(const runtime::RunConfig &cfg)
{
    RunOutcome o;
    o.gomaxprocs = cfg.gomaxprocs.value_or(1);
    o.outcome = o.gomaxprocs >= 2 && cfg.seed % 2 == 0 ? "1" : "2";
    return o;
}
} // namespace

class TestManifest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapCells();
    void perturbation_data();
    void perturbation();
};

void TestManifest::mapCells()
{
    ExploreOptions o;
    o.runs = 10;
    o.correct = "^2$";
    o.threads = 2;
    const auto cells = runManifestationMap(o, {1, 2}, {-1, 150'000}, {}, fake);
    QCOMPARE(cells.size(), size_t(4));
    QCOMPARE(cells[0].gomaxprocs, 1);
    QCOMPARE(cells[0].manifested, size_t(0));
    QVERIFY(!cells[0].witness);
    QCOMPARE(cells[0].ci, wilson(0, 10));
    QCOMPARE(cells[1].quota, std::string("1.5"));
    QCOMPARE(cells[2].gomaxprocs, 2);
    QCOMPARE(cells[2].manifested, size_t(5));
    QCOMPARE(cells[2].rate, 0.5);
    QCOMPARE(*cells[2].witness, uint64_t(2));
}

void TestManifest::perturbation_data()
{
    QTest::addColumn<int>("procs");
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("description");
    QTest::newRow("next-seed-suffices-with-two-ps") << 2 << 3 << "seed 4 instead of 3";
    QTest::newRow("one-p-needs-one-more-p") << 1 << 4 << "GOMAXPROCS 2 instead of 1 (seed 4)";
    QTest::newRow("one-p-odd-seed-more-p-and-next-seed") << 1 << 3 << "GOMAXPROCS 2 instead of 1 (seed 4)";
}

void TestManifest::perturbation()
{
    QFETCH(int, procs);
    QFETCH(int, seed);
    QFETCH(QString, description);
    runtime::RunConfig cfg;
    cfg.gomaxprocs = procs;
    cfg.seed = uint64_t(seed);
    const auto p = findPerturbation(cfg, "^2$", fake, 5);
    QVERIFY(p);
    QCOMPARE(QString::fromStdString(p->description), description);
    QCOMPARE(p->outcome, std::string("1"));
    QCOMPARE(fake(p->config).outcome, std::string("1"));   // replayable
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_explore_manifest.moc"
