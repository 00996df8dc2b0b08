// The engine: the event queue's total order (time, then insertion sequence),
// lazy cancellation by generation, RNG streams that depend only on
// (seed, stream), unbiased bounded integers, and the FNV-1a fingerprint.
#include "sim/engine/event_queue.h"
#include "sim/engine/fingerprint.h"
#include "sim/engine/rng.h"

#include <QtTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace gsl;
using namespace gsl::engine;

class TstEngineCore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queueOrdersByTimeThenSequence();
    void queueRejectsThePast();
    void queueMatchesSortedOrder();
    void rngStreamsAreIndependentAndReproducible();
    void rngKnownValues();
    void boundedIsInRangeAndRoughlyUniform_data();
    void boundedIsInRangeAndRoughlyUniform();
    void fingerprintFnv1a();
};

void TstEngineCore::queueOrdersByTimeThenSequence()
{
    EventQueue q;
    q.schedule(10, 1, 1, 0);
    q.schedule(5, 1, 2, 0);
    q.schedule(10, 1, 3, 0);
    q.schedule(5, 1, 4, 0);
    q.schedule(0, 1, 5, 0);
    std::vector<uint32_t> ids;
    while (!q.empty()) ids.push_back(q.pop().id);
    QCOMPARE(ids, (std::vector<uint32_t>{5, 2, 4, 1, 3}));
    QCOMPARE(q.now(), SimTime(10));
}

// Random interleavings of schedule and pop (many equal times, events both
// earlier and later than everything queued) come out exactly in (time, seq)
// order, as a sorted reference list says.
void TstEngineCore::queueMatchesSortedOrder()
{
    Rng rng(11, 1);
    EventQueue q;
    std::vector<std::pair<SimTime, uint64_t>> ref;   // (time, seq) still queued
    uint64_t seq = 0;
    for (int i = 0; i < 20000; ++i) {
        if (rng.bounded(3) != 0 || ref.empty()) {
            const SimTime t = q.now() + SimTime(rng.bounded(4) == 0 ? 0 : rng.bounded(50));
            q.schedule(t, 1, uint32_t(seq), 0);
            ref.emplace_back(t, seq++);
        } else {
            auto it = std::min_element(ref.begin(), ref.end());
            QCOMPARE(q.size(), ref.size());
            QCOMPARE(q.top().seq, it->second);
            const Event e = q.pop();
            QCOMPARE(e.time, it->first);
            QCOMPARE(uint64_t(e.id), it->second);
            QCOMPARE(q.now(), it->first);
            ref.erase(it);
        }
    }
}

void TstEngineCore::queueRejectsThePast()
{
    EventQueue q;
    q.schedule(10, 1, 1, 0);
    q.pop();
    QVERIFY_THROWS_EXCEPTION(std::logic_error, q.schedule(9, 1, 1, 0));
}

void TstEngineCore::rngStreamsAreIndependentAndReproducible()
{
    Rng a(7, 1), b(7, 1), c(7, 2), d(8, 1);
    bool diffStream = false, diffSeed = false;
    for (int i = 0; i < 100; ++i) {
        const uint64_t x = a.next();
        QCOMPARE(x, b.next());
        diffStream = diffStream || x != c.next();
        diffSeed = diffSeed || x != d.next();
    }
    QVERIFY(diffStream);
    QVERIFY(diffSeed);
}

// Pin the generator: a change of algorithm would silently change every
// golden trace; this test makes it loud.
void TstEngineCore::rngKnownValues()
{
    uint64_t s = 0;
    QCOMPARE(splitmix64(s), 0xe220a8397b1dcdafULL);   // published splitmix64 first output for seed 0
    Rng r(1, 1);
    const uint64_t first = r.next();
    Rng r2(1, 1);
    QCOMPARE(r2.next(), first);
    QVERIFY(first != 0);
}

void TstEngineCore::boundedIsInRangeAndRoughlyUniform_data()
{
    QTest::addColumn<uint32_t>("n");
    QTest::newRow("n=1") << 1u;
    QTest::newRow("n=2") << 2u;
    QTest::newRow("n=3") << 3u;
    QTest::newRow("n=61") << 61u;
    QTest::newRow("n=1000") << 1000u;
}

void TstEngineCore::boundedIsInRangeAndRoughlyUniform()
{
    QFETCH(uint32_t, n);
    Rng r(99, 3);
    std::vector<int> count(n, 0);
    const int draws = int(n) * 2000;
    for (int i = 0; i < draws; ++i) {
        const uint32_t x = r.bounded(n);
        QVERIFY(x < n);
        ++count[x];
    }
    for (int c : count) QVERIFY2(c > 1700 && c < 2300, qPrintable(QString::number(c)));
}

void TstEngineCore::fingerprintFnv1a()
{
    Fingerprint f;
    QCOMPARE(f.value(), 0xcbf29ce484222325ULL);
    f.addByte('a');
    QCOMPARE(f.value(), 0xaf63dc4c8601ec8cULL);   // FNV-1a 64 of "a"
}

QTEST_APPLESS_MAIN(TstEngineCore)
#include "tst_engine_core.moc"
