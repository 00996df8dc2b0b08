// tst_runtime_fairness — the 1-in-61 fairness check of findRunnable
// (proc.go: "Check the global runnable queue once in a while to ensure
// fairness. Otherwise two goroutines can completely occupy the local runqueue
// by constantly respawning each other."), ported as a property test: a
// goroutine on the global queue runs within 61 schedticks even when the local
// queue never drains, from every schedtick phase, and not before the tick
// that is a multiple of 61 (the local queue wins every other time).
#include "sim_access.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeFairness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void globalRunsWithin61Ticks();
    void oneGlobalGPer61Ticks();
};

// Schedules on P1 the way schedule/execute do: findRunnable's local part, then
// schedtick++ unless the G inherited the time slice. Every G taken from the
// local ring is replaced by a new one at the tail, so the ring never drains.
static int picksUntil(QueueFixture &f, int32_t target, int limit, uint32_t *tickAtPick)
{
    for (int n = 1; n <= limit; ++n) {
        const uint32_t tick = SimTestAccess::schedtick(f.sim, 1);
        bool inherit = false;
        const int32_t g = SimTestAccess::findRunnableLocal(f.sim, 1, inherit);
        if (g == 0) return -1;
        if (!inherit) ++SimTestAccess::schedtick(f.sim, 1);
        if (g == target) {
            if (tickAtPick) *tickAtPick = tick;
            return n;
        }
        SimTestAccess::runqput(f.sim, 1, SimTestAccess::newG(f.sim), false);
    }
    return 0;
}

void TstRuntimeFairness::globalRunsWithin61Ticks()
{
    for (uint32_t phase = 0; phase < 61 * 2; ++phase) {
        QueueFixture f(2);
        for (int i = 0; i < 10; ++i) SimTestAccess::runqput(f.sim, 1, SimTestAccess::newG(f.sim), false);
        const int32_t victim = SimTestAccess::newG(f.sim);
        SimTestAccess::globrunqput(f.sim, victim);
        SimTestAccess::schedtick(f.sim, 1) = phase;
        uint32_t tick = 0;
        const int n = picksUntil(f, victim, 1000, &tick);
        QVERIFY2(n > 0, qPrintable(QString("phase %1: the global G never ran").arg(phase)));
        QVERIFY2(n <= 61, qPrintable(QString("phase %1: the global G ran after %2 schedticks").arg(phase).arg(n)));
        QCOMPARE(tick % 61, 0u);                        // exactly at the fairness tick
        QCOMPARE(n, int((61 - phase % 61) % 61) + 1);   // the local ring wins every other pick
        QCOMPARE(SimTestAccess::ring(f.sim, 1).size(), size_t(10));   // the local queue never drained
    }
}

void TstRuntimeFairness::oneGlobalGPer61Ticks()
{
    // Three Gs on the global queue with a local queue that never drains: the
    // check takes one at a time (globrunqget(pp, 1)), one per 61 ticks.
    QueueFixture f(2);
    for (int i = 0; i < 5; ++i) SimTestAccess::runqput(f.sim, 1, SimTestAccess::newG(f.sim), false);
    int32_t globals[3];
    for (int32_t &g : globals) {
        g = SimTestAccess::newG(f.sim);
        SimTestAccess::globrunqput(f.sim, g);
    }
    SimTestAccess::schedtick(f.sim, 1) = 1;
    int total = 0;
    for (int k = 0; k < 3; ++k) {
        uint32_t tick = 0;
        const int n = picksUntil(f, globals[k], 1000, &tick);
        QVERIFY2(n > 0 && n <= 61, qPrintable(QString("global G %1 after %2 picks").arg(k).arg(n)));
        QCOMPARE(tick % 61, 0u);
        QCOMPARE(SimTestAccess::globalLen(f.sim), size_t(2 - k));
        total += n;
    }
    QCOMPARE(total, 61 + 61 + 61);   // ticks 1..60 local, 61 global; then 61 picks per global G
}

QTEST_GUILESS_MAIN(TstRuntimeFairness)
#include "tst_runtime_fairness.moc"
