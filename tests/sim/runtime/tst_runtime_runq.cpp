// Go's own run-queue property tests (proc_test.go TestRunqPut..., runqsteal),
// ported: the ring is FIFO at every fill level, overflow moves half + the new
// G, stealing takes ⌈half⌉ and loses or duplicates nothing, stealOrder
// visits every P once.
#include "sim_access.h"

#include "sim/runtime/steal_order.h"

#include <QtTest>

#include <algorithm>
#include <set>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeRunq : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ringFifoAtEveryFillLevel();
    void runnextKicksOldToTail();
    void overflowMovesHalfPlusNew();
    void stealTakesHalfRoundedUp();
    void stealRunnextOnlyWhenAsked();
    void stealRunnextBacksOffWhileVictimRuns();
    void stealOrderVisitsEveryP();
    void globalBatchFormula_data();
    void globalBatchFormula();
};

void TstRuntimeRunq::ringFifoAtEveryFillLevel()
{
    QueueFixture f(2);
    for (int n = 0; n <= int(kRunqSize); ++n) {
        std::vector<int32_t> put;
        for (int i = 0; i < n; ++i) {
            put.push_back(SimTestAccess::newG(f.sim));
            SimTestAccess::runqput(f.sim, 1, put.back(), false);
        }
        QCOMPARE(SimTestAccess::ring(f.sim, 1), put);
        for (int i = 0; i < n; ++i) {
            bool inherit = true;
            QCOMPARE(SimTestAccess::runqget(f.sim, 1, inherit), put[size_t(i)]);
            QVERIFY(!inherit);
        }
        bool inherit = false;
        QCOMPARE(SimTestAccess::runqget(f.sim, 1, inherit), 0);
    }
}

void TstRuntimeRunq::runnextKicksOldToTail()
{
    QueueFixture f(2);
    const int32_t a = SimTestAccess::newG(f.sim), b = SimTestAccess::newG(f.sim), c = SimTestAccess::newG(f.sim);
    SimTestAccess::runqput(f.sim, 1, a, true);
    SimTestAccess::runqput(f.sim, 1, b, true);
    SimTestAccess::runqput(f.sim, 1, c, true);
    QCOMPARE(SimTestAccess::runnext(f.sim, 1), c);
    QCOMPARE(SimTestAccess::ring(f.sim, 1), (std::vector<int32_t>{a, b}));
    bool inherit = false;
    QCOMPARE(SimTestAccess::runqget(f.sim, 1, inherit), c);
    QVERIFY(inherit);
}

void TstRuntimeRunq::overflowMovesHalfPlusNew()
{
    QueueFixture f(2);
    std::vector<int32_t> put;
    for (uint32_t i = 0; i < kRunqSize; ++i) {
        put.push_back(SimTestAccess::newG(f.sim));
        SimTestAccess::runqput(f.sim, 1, put.back(), false);
    }
    const size_t globBefore = f.sim.globrunq().size();
    const int32_t extra = SimTestAccess::newG(f.sim);
    SimTestAccess::runqput(f.sim, 1, extra, false);
    const auto &glob = f.sim.globrunq();
    QCOMPARE(glob.size() - globBefore, size_t(kRunqSize / 2 + 1));
    std::vector<int32_t> moved(glob.begin() + long(globBefore), glob.end());
    std::vector<int32_t> expect(put.begin(), put.begin() + kRunqSize / 2);
    expect.push_back(extra);
    QCOMPARE(moved, expect);
    QCOMPARE(SimTestAccess::ring(f.sim, 1), std::vector<int32_t>(put.begin() + kRunqSize / 2, put.end()));
}

void TstRuntimeRunq::stealTakesHalfRoundedUp()
{
    for (uint32_t n = 1; n <= kRunqSize; ++n) {
        QueueFixture f(3);
        std::vector<int32_t> put;
        for (uint32_t i = 0; i < n; ++i) {
            put.push_back(SimTestAccess::newG(f.sim));
            SimTestAccess::runqput(f.sim, 2, put.back(), false);
        }
        bool backoff = false;
        const int32_t got = SimTestAccess::runqsteal(f.sim, 1, 2, false, backoff);
        const uint32_t want = n - n / 2;
        std::vector<int32_t> thief = SimTestAccess::ring(f.sim, 1);
        thief.push_back(got);
        QCOMPARE(thief, std::vector<int32_t>(put.begin(), put.begin() + want));
        QCOMPARE(SimTestAccess::ring(f.sim, 2), std::vector<int32_t>(put.begin() + want, put.end()));
        std::set<int32_t> all(thief.begin(), thief.end());
        for (int32_t g : SimTestAccess::ring(f.sim, 2)) QVERIFY(all.insert(g).second);
        QCOMPARE(all.size(), size_t(n));
    }
}

void TstRuntimeRunq::stealRunnextOnlyWhenAsked()
{
    QueueFixture f(3);
    const int32_t a = SimTestAccess::newG(f.sim);
    SimTestAccess::runqput(f.sim, 2, a, true);
    bool backoff = false;
    QCOMPARE(SimTestAccess::runqsteal(f.sim, 1, 2, false, backoff), 0);
    QCOMPARE(SimTestAccess::runnext(f.sim, 2), a);
    // P2 is idle (not running a G): no usleep(3) backoff, runnext is taken.
    QCOMPARE(SimTestAccess::runqsteal(f.sim, 1, 2, true, backoff), a);
    QVERIFY(!backoff);
    QCOMPARE(SimTestAccess::runnext(f.sim, 2), 0);
}

// runqgrab (go1.19 proc.go): with the victim _Prunning, the thief sleeps
// usleep(3) before taking runnext, whether the victim's M is running a G or is
// in schedule() after that G blocked (curg nil): the case the comment there
// names, a G that readies another and then blocks at once.
void TstRuntimeRunq::stealRunnextBacksOffWhileVictimRuns()
{
    for (const bool inScheduler : {false, true}) {
        QueueFixture f(3);
        const int32_t running = SimTestAccess::newG(f.sim), a = SimTestAccess::newG(f.sim);
        SimTestAccess::runqput(f.sim, 2, a, true);
        SimTestAccess::setRunning(f.sim, 2, inScheduler ? 0 : running);
        bool backoff = false;
        QCOMPARE(SimTestAccess::runqsteal(f.sim, 1, 2, true, backoff), 0);
        QVERIFY2(backoff, inScheduler ? "victim's M in schedule(): must back off" : "victim running a G: must back off");
        QCOMPARE(SimTestAccess::runnext(f.sim, 2), a);
    }
}

void TstRuntimeRunq::stealOrderVisitsEveryP()
{
    for (uint32_t n = 1; n <= 64; ++n) {
        const std::vector<uint32_t> cop = stealCoprimes(n);
        QVERIFY(!cop.empty());
        for (uint32_t start = 0; start < n; ++start) {
            for (uint32_t stride : cop) {
                std::vector<int> seen(n, 0);
                for (uint32_t k = 0; k < n; ++k) ++seen[stealPosition(start, k, stride, n)];
                QVERIFY2(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }),
                         qPrintable(QStringLiteral("n=%1 start=%2 stride=%3").arg(n).arg(start).arg(stride)));
            }
        }
    }
}

void TstRuntimeRunq::globalBatchFormula_data()
{
    QTest::addColumn<int>("procs");
    QTest::addColumn<int>("queued");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("taken");
    QTest::newRow("n/gomaxprocs+1") << 4 << 20 << 0 << 6;
    QTest::newRow("at-most-n") << 1 << 3 << 0 << 3;
    QTest::newRow("at-most-128") << 1 << 300 << 0 << 128;
    QTest::newRow("fairness-takes-one") << 2 << 10 << 1 << 1;
}

void TstRuntimeRunq::globalBatchFormula()
{
    QFETCH(int, procs);
    QFETCH(int, queued);
    QFETCH(int, max);
    QFETCH(int, taken);
    QueueFixture f(std::max(procs, 2));
    if (procs == 1) {
        // gomaxprocs 1 formula: checked through a 1-P fixture
        QueueFixture f1(1);
        std::vector<int32_t> gs;
        for (int i = 0; i < queued; ++i) {
            gs.push_back(SimTestAccess::newG(f1.sim));
            SimTestAccess::globrunqput(f1.sim, gs.back());
        }
        const size_t before = f1.sim.globrunq().size();
        // P0 is held by M0 in the fixture; its ring is empty.
        const size_t ringBefore = SimTestAccess::ring(f1.sim, 0).size();
        QVERIFY(SimTestAccess::globrunqget(f1.sim, 0, uint32_t(max)) != 0);
        QCOMPARE(int(before - f1.sim.globrunq().size()), taken);
        QCOMPARE(int(SimTestAccess::ring(f1.sim, 0).size() - ringBefore), taken - 1);
        return;
    }
    std::vector<int32_t> gs;
    for (int i = 0; i < queued; ++i) {
        gs.push_back(SimTestAccess::newG(f.sim));
        SimTestAccess::globrunqput(f.sim, gs.back());
    }
    const size_t before = f.sim.globrunq().size();
    QCOMPARE(SimTestAccess::globrunqget(f.sim, 1, uint32_t(max)), gs[size_t(before) - size_t(queued)]);
    QCOMPARE(int(before - f.sim.globrunq().size()), taken);
    QCOMPARE(SimTestAccess::ring(f.sim, 1), std::vector<int32_t>(gs.begin() + 1, gs.begin() + taken));
}

QTEST_APPLESS_MAIN(TstRuntimeRunq)
#include "tst_runtime_runq.moc"
