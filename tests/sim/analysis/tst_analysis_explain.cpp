// tst_analysis_explain.cpp — why a lost update stayed hidden, from the trace.
#include "sim/analysis/explain.h"
#include "trace_builder.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::testing;

namespace {
constexpr int X = 1;
TB &start(TB &t, int g, int p, bool runnext)
{
    t.add(EvKind::GoStart, g, runnext ? 1 : 0);
    t.ev.back().p = int16_t(p);
    return t;
}
const analysis::StringFn kNames = [](uint32_t) { return std::string("counter"); };
} // namespace

class TestExplain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hiddenOnOneP();
    void manifestedOnTwoPs();
    void preemptedWindow();
};

void TestExplain::hiddenOnOneP()
{
    TB t;
    t.go(2, 1, 9).go(3, 1, 9);
    start(t, 2, 0, true).rd(2, X, 12).wr(2, X, 12).end(2);
    start(t, 3, 0, true).rd(3, X, 12).wr(3, X, 12).end(3);
    const auto h = analysis::explainHidden(t.ev, -1, kNames);
    QCOMPARE(h.windows.size(), size_t(2));
    QCOMPARE(h.interleaved, size_t(0));
    QCOMPARE(h.parallel, size_t(0));
    QCOMPARE(h.psUsed, std::vector<int32_t>{0});
    QCOMPARE(h.runnextStarts, size_t(2));
    const std::string expected =
        "All 2 read-modify-writes of counter (line 12 load, line 12 store) completed with no other goroutine writing in between.\n"
        "Every goroutine touching counter ran on P0, so they ran one after another.\n"
        "No other P was running user code between a load and its store.\n"
        "No preemption or block landed between a load and its store.\n"
        "2 of 2 starts of those goroutines came through runnext (inheriting the time slice): they ran back to back.\n";
    QCOMPARE(h.text, expected);
}

void TestExplain::manifestedOnTwoPs()
{
    TB t;
    t.go(2, 1, 9).go(3, 1, 9);
    start(t, 2, 0, false);
    start(t, 3, 1, false);
    t.rd(2, X, 12).rd(3, X, 12).wr(2, X, 12).wr(3, X, 12);
    const auto h = analysis::explainHidden(t.ev, -1, kNames);
    QCOMPARE(h.windows.size(), size_t(2));
    QCOMPARE(h.interleaved, size_t(1));
    QVERIFY(!h.windows[0].interleaved);
    QVERIFY(h.windows[1].interleaved);
    QCOMPARE(h.parallel, size_t(2));
    QCOMPARE(h.psUsed, (std::vector<int32_t>{0, 1}));
    QCOMPARE(h.facts[0], std::string("1 of 2 read-modify-writes of counter had another goroutine's write in between: the lost update happened."));
}

void TestExplain::preemptedWindow()
{
    TB t;
    t.go(2, 1, 9);
    start(t, 2, 0, false).rd(2, X, 12).add(EvKind::GoPreempt, 2, 1);
    start(t, 2, 0, false).wr(2, X, 12).rd(1, X, 20);
    const auto h = analysis::explainHidden(t.ev, X, kNames);
    QCOMPARE(h.windows.size(), size_t(1));
    QVERIFY(h.windows[0].preempted);
    QCOMPARE(h.preempted, size_t(1));
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_analysis_explain.moc"
