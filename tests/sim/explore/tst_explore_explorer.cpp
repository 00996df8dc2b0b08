// tst_explore_explorer.cpp — aggregation, Wilson intervals, formats and
// thread-count independence of explore, on a substituted run function.
#include "sim/explore/explorer.h"
#include "sim/explore/format.h"

#include <QtTest>

#include <mutex>

using namespace gsl;
using namespace gsl::explore;

namespace {

// A fake scenario: the "counter" prints 2000 unless the seed's hash says the
// lost update happened, more often with more Ps; seed % 7 == 0 panics.
RunOutcome fakeRun(const runtime::RunConfig &cfg)
{
    RunOutcome o;
    const int procs = cfg.gomaxprocs.value_or(4);
    uint64_t h = cfg.seed * 0x9E3779B97F4A7C15ull + uint64_t(procs);
    h ^= h >> 29;
    o.gomaxprocs = procs;
    o.fingerprint = h % 5;
    if (cfg.seed % 7 == 0) {
        o.outcome = "";
        o.exitStatus = 2;
    } else if (procs > 1 && h % 3 == 0) {
        o.outcome = normalizeOutcome("1999\n");
    } else {
        o.outcome = normalizeOutcome("  2000\n");
    }
    if (cfg.race && procs > 1) {
        o.races = 1;
        o.exitStatus = o.exitStatus == 0 ? 66 : o.exitStatus;
        o.conflicts = {{12, false, 12, true, false}};
        if (h % 2) o.conflicts.push_back({12, true, 12, false, false});
        o.hbClass = h % 2;
    }
    return o;
}

ExploreOptions options(int threads)
{
    ExploreOptions o;
    Configuration base;
    o.configs = grid(base, {1, 2, 4}, {-1, 50'000}, {}, {});
    o.runs = 40;
    o.firstSeed = 1;
    o.threads = threads;
    o.correct = "^2000$";
    return o;
}

} // namespace

class TestExplorer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wilsonValues_data();
    void wilsonValues();
    void normalize_data();
    void normalize();
    void gridOrder();
    void aggregateCounts();
    void deterministicAcrossThreads();
    void raceCoverage();
    void tsvExact();
    void jsonAndTable();
    void tableSumsRareOutcomes();
    void cancelAndProgress();
};

void TestExplorer::wilsonValues_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    // Hand-computed: lo/hi = (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), z = 1.959964.
    QTest::newRow("zero-of-100-upper-3.7pct") << 0 << 100 << 0.0 << 0.036994;
    QTest::newRow("half-of-10") << 5 << 10 << 0.236593 << 0.763407;
    QTest::newRow("all-of-10-lower-72pct") << 10 << 10 << 0.722467 << 1.0;
    QTest::newRow("one-of-1") << 1 << 1 << 0.206549 << 1.0;
    QTest::newRow("30-of-100") << 30 << 100 << 0.218949 << 0.395849;
    QTest::newRow("no-runs-knows-nothing") << 0 << 0 << 0.0 << 1.0;
}

void TestExplorer::wilsonValues()
{
    QFETCH(int, k);
    QFETCH(int, n);
    QFETCH(double, lo);
    QFETCH(double, hi);
    const Interval iv = wilson(size_t(k), size_t(n));
    QVERIFY2(std::abs(iv.lo - lo) < 1e-5, qPrintable(QString::number(iv.lo, 'f', 6)));
    QVERIFY2(std::abs(iv.hi - hi) < 1e-5, qPrintable(QString::number(iv.hi, 'f', 6)));
}

void TestExplorer::normalize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("trailing-newline-trimmed") << "3\n" << "3";
    QTest::newRow("lines-joined-with-slash") << "a\nb\n" << "a / b";
    QTest::newRow("surrounding-space-trimmed") << "  timeout 2 \n\n" << "timeout 2";
    QTest::newRow("crlf") << "x\r\ny\r\n" << "x / y";
    QTest::newRow("empty") << "" << "";
}

void TestExplorer::normalize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(QString::fromStdString(normalizeOutcome(in.toStdString())), out);
}

void TestExplorer::gridOrder()
{
    Configuration base;
    const auto g = grid(base, {1, 2}, {-1, 50'000}, {GoVersion{1, 21}, GoVersion{1, 22}}, {});
    QCOMPARE(g.size(), size_t(8));
    QCOMPARE(*g[0].gomaxprocs, 1);
    QCOMPARE(g[0].quotaText(), std::string("none"));
    QCOMPARE(g[1].go, (GoVersion{1, 22}));
    QCOMPARE(g[2].quotaText(), std::string("0.5"));
    QCOMPARE(*g[7].gomaxprocs, 2);
}

void TestExplorer::aggregateCounts()
{
    ExploreOptions o = options(1);
    o.configs.resize(1);   // GOMAXPROCS=1, no quota
    o.runs = 14;
    const ExploreResult r = Explorer(o).run(fakeRun);
    QCOMPARE(r.configs.size(), size_t(1));
    const ConfigResult &c = r.configs[0];
    QCOMPARE(c.runs, size_t(14));
    QCOMPARE(c.gomaxprocs, 1);
    // GOMAXPROCS=1 never loses the update in the fake; seeds 7 and 14 panic.
    QCOMPARE(c.rows.size(), size_t(2));
    QCOMPARE(c.rows[0].outcome, std::string("2000"));
    QCOMPARE(c.rows[0].count, size_t(12));
    QCOMPARE(c.rows[0].seed, uint64_t(1));
    QCOMPARE(c.rows[0].correct, Verdict::Yes);
    QCOMPARE(c.rows[1].outcome, std::string(""));
    QCOMPARE(c.rows[1].exitStatus, 2);
    QCOMPARE(c.rows[1].seed, uint64_t(7));
    QCOMPARE(c.rows[1].correct, Verdict::No);
    QCOMPARE(c.manifested, size_t(2));
    QCOMPARE(*c.manifestSeed, uint64_t(7));
    QCOMPARE(c.bugRate, wilson(2, 14));
    QCOMPARE(c.rows[1].share, 2.0 / 14.0);
}

void TestExplorer::deterministicAcrossThreads()
{
    const ExploreResult one = Explorer(options(1)).run(fakeRun);
    const ExploreResult two = Explorer(options(2)).run(fakeRun);
    const ExploreResult eight = Explorer(options(8)).run(fakeRun);
    QCOMPARE(one.configs.size(), size_t(6));
    QVERIFY(one == two);
    QVERIFY(one == eight);
    QCOMPARE(formatTsv(one), formatTsv(eight));
    QCOMPARE(formatJson(one), formatJson(two));
    // The fake loses updates only with more than one P.
    QCOMPARE(one.configs[0].manifested, size_t(5));   // the 5 panics among seeds 1..40
    QVERIFY(one.configs[2].manifested > one.configs[0].manifested);
}

void TestExplorer::raceCoverage()
{
    ExploreOptions o = options(2);
    o.base.race = true;
    const ExploreResult r = Explorer(o).run(fakeRun);
    const ConfigResult &p1 = r.configs[0];
    const ConfigResult &p2 = r.configs[2];
    QCOMPARE(p1.racyRuns, size_t(0));
    QCOMPARE(p1.coverage.pairsBothOrders, size_t(0));
    QCOMPARE(p2.racyRuns, size_t(40));
    QCOMPARE(p2.raceRate, wilson(40, 40));
    QCOMPARE(p2.coverage.distinctHbClasses, size_t(2));
    QCOMPARE(p2.coverage.pairsBothOrders, size_t(1));   // (12 read, 12 write) seen both ways
    QCOMPARE(p2.predicted.size(), size_t(1));
    QCOMPARE(p2.predicted[0].runs, size_t(40));
    QVERIFY(p2.coverage.distinctSchedules >= 2 && p2.coverage.distinctSchedules <= 5);
}

void TestExplorer::tsvExact()
{
    ExploreResult r;
    r.hasCorrect = true;
    ConfigResult c;
    c.config.gomaxprocs = 2;
    c.config.cpus = 4;
    c.config.quotaUs = 50'000;
    c.config.go = GoVersion{1, 22};
    c.gomaxprocs = 2;
    c.runs = 4;
    c.rows.push_back(OutcomeRow{"2000", 0, 0, 3, 0.75, wilson(3, 4), Verdict::Yes, 1, {}});
    c.rows.push_back(OutcomeRow{"1999 / a\tb", 66, 1, 1, 0.25, wilson(1, 4), Verdict::No, 3, {}});
    r.configs.push_back(c);
    ConfigResult d = c;
    d.config.quotaUs = -1;
    d.config.gomaxprocs.reset();
    d.gomaxprocs = 4;
    d.rows = {OutcomeRow{"2000", 0, 0, 4, 1.0, wilson(4, 4), Verdict::Unknown, 1, {}}};
    r.configs.push_back(d);
    const std::string expected =
        "gomaxprocs\tcpus\tquota\tgo\toutcome\texit\traces\tcount\tshare\tcorrect\tseed\n"
        "2\t4\t0.5\t1.22\t2000\t0\t0\t3\t0.7500\tyes\t1\n"
        "2\t4\t0.5\t1.22\t1999 / a\\tb\t66\t1\t1\t0.2500\tno\t3\n"
        "4\t4\tnone\t1.22\t2000\t0\t0\t4\t1.0000\t-\t1\n";
    QCOMPARE(formatTsv(r), expected);
}

void TestExplorer::jsonAndTable()
{
    ExploreOptions o = options(2);
    o.configs.resize(1);
    o.runs = 7;
    const ExploreResult r = Explorer(o).run(fakeRun);
    const std::string json = formatJson(r);
    QVERIFY(json.find("\"outcomes\":[{\"outcome\":\"2000\",\"exit\":0,\"races\":0,\"count\":6,") != std::string::npos);
    QVERIFY(json.find("\"manifestSeed\":7") != std::string::npos);
    const std::string table = formatTable(r);
    QVERIFY(table.find("GOMAXPROCS=1 cpus=4 quota=none go=1.22 policy=runtime runs=7\n") == 0);
    QVERIFY(table.find("bug manifested in 1/7 runs (14.3%") != std::string::npos);
}

// With more outcomes than maxRows, the table shows the most frequent
// maxRows - 1 and sums the rest in one line; with maxRows 0, or few outcomes,
// every row.
void TestExplorer::tableSumsRareOutcomes()
{
    ExploreResult r;
    r.hasCorrect = true;
    ConfigResult c;
    c.config.go = GoVersion{1, 22};
    c.gomaxprocs = 2;
    c.runs = 20;
    c.rows.push_back(OutcomeRow{"n=100", 0, 0, 10, 0.5, wilson(10, 20), Verdict::Yes, 1, {}});
    c.rows.push_back(OutcomeRow{"n=97", 0, 0, 4, 0.2, wilson(4, 20), Verdict::No, 2, {}});
    c.rows.push_back(OutcomeRow{"n=98", 0, 0, 3, 0.15, wilson(3, 20), Verdict::No, 5, {}});
    c.rows.push_back(OutcomeRow{"n=95", 0, 0, 2, 0.1, wilson(2, 20), Verdict::No, 7, {}});
    c.rows.push_back(OutcomeRow{"n=99", 0, 0, 1, 0.05, wilson(1, 20), Verdict::No, 9, {}});
    c.manifested = 10;
    r.configs.push_back(c);
    const std::string all = formatTable(r);
    QCOMPARE(formatTable(r, false, 5), all);             // five outcomes fit in five rows
    QVERIFY(all.find("n=99") != std::string::npos);
    QVERIFY(all.find("more outcomes") == std::string::npos);
    const std::string cut = formatTable(r, false, 3);
    QVERIFY(cut.find("n=100") != std::string::npos);
    QVERIFY(cut.find("n=97") != std::string::npos);
    QVERIFY(cut.find("n=98 ") == std::string::npos);
    QVERIFY(cut.find("n=95") == std::string::npos);
    QVERIFY2(cut.find("  ... 3 more outcomes (each in 1-3 runs): 6 runs, 30.0%, none correct; --all-outcomes or --format "
                      "tsv lists them\n") != std::string::npos,
             cut.c_str());
    QVERIFY(cut.find("bug manifested in 10/20 runs") != std::string::npos);
    // one hidden correct row among incorrect ones
    r.configs[0].rows[3].correct = Verdict::Yes;
    QVERIFY(formatTable(r, false, 3).find("6 runs, 30.0%, some correct;") != std::string::npos);
}

void TestExplorer::cancelAndProgress()
{
    ExploreOptions o = options(2);
    std::mutex mu;
    size_t calls = 0, last = 0;
    o.progress = [&](size_t d, size_t total) {
        std::lock_guard lock(mu);
        ++calls;
        last = std::max(last, d);
        QCOMPARE(total, size_t(240));
    };
    Explorer(o).run(fakeRun);
    QCOMPARE(calls, size_t(240));
    QCOMPARE(last, size_t(240));

    std::atomic<bool> cancel{true};
    o.progress = nullptr;
    o.cancel = &cancel;
    const ExploreResult r = Explorer(o).run(fakeRun);
    QVERIFY(r.cancelled);
    QCOMPARE(r.configs[0].runs, size_t(0));
    QVERIFY(r.configs[0].rows.empty());
}

QTEST_GUILESS_MAIN(TestExplorer)
#include "tst_explore_explorer.moc"
