// tst_analysis_hbgraph.cpp — HB graph edges, transitive reduction, DOT and race excerpts.
#include "sim/analysis/hbgraph.h"
#include "trace_builder.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::testing;
using analysis::HbEdgeType;

namespace {
constexpr int X = 1, M = 20, CH = 10;
} // namespace

class TestHbGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void edgesAndReduction();
    void channelHandOffEdge();
    void dot();
    void raceExcerpt();
};

void TestHbGraph::edgesAndReduction()
{
    TB t;
    t.lock(1, M).wr(1, X, 5).unlock(1, M).go(2, 1, 7).lock(2, M).rd(2, X, 9);
    const auto g = analysis::HbGraph::build(t.ev);
    QCOMPARE(g.nodes().size(), size_t(6));
    QCOMPARE(g.nodes()[3].goid, 1);   // the go statement belongs to the creator
    QCOMPARE(g.edges().size(), size_t(6));
    const auto hasEdge = [](const analysis::HbGraph &h, size_t a, size_t b, HbEdgeType type) {
        for (const auto &e : h.edges())
            if (e.from == a && e.to == b && e.type == type) return true;
        return false;
    };
    QVERIFY(hasEdge(g, 2, 4, HbEdgeType::Sync));   // Unlock -> Lock
    QVERIFY(hasEdge(g, 3, 4, HbEdgeType::Sync));   // go statement -> child's first event
    QVERIFY(g.reaches(1, 5));
    QVERIFY(!g.reaches(5, 1));
    // Unlock -> Lock is implied by Unlock -> go -> Lock: the reduction drops it.
    const auto r = g.reduced();
    QCOMPARE(r.edges().size(), size_t(5));
    QVERIFY(!hasEdge(r, 2, 4, HbEdgeType::Sync));
    QVERIFY(hasEdge(r, 3, 4, HbEdgeType::Sync));
    QVERIFY(r.reaches(1, 5));
}

void TestHbGraph::channelHandOffEdge()
{
    // Direct hand-off: the send is recorded before the parked receiver's receive.
    TB t;
    t.mkchan(1, CH, 0).go(2, 1, 3).park(1, trace::wait::ChanReceive, CH).wr(2, X, 5).send(2, CH, 1).recv(1, CH).rd(1, X, 8);
    const auto g = analysis::HbGraph::build(t.ev);
    const size_t w = g.nodeOf(3), s = g.nodeOf(4), rcv = g.nodeOf(5), rd = g.nodeOf(6);
    QVERIFY(w != SIZE_MAX && s != SIZE_MAX && rcv != SIZE_MAX && rd != SIZE_MAX);
    QVERIFY(g.reaches(w, rd));
    bool found = false;
    for (const auto &e : g.edges())
        found |= e.from == s && e.to == rcv && e.type == HbEdgeType::Sync && e.sync == analysis::EdgeKind::ChanSendRecv;
    QVERIFY(found);
}

void TestHbGraph::dot()
{
    TB t;
    t.lock(1, M).wr(1, X, 5).unlock(1, M).go(2, 1, 7).lock(2, M).rd(2, X, 9);
    const auto g = analysis::HbGraph::build(t.ev).reduced();
    const std::string dot = g.toDot([](uint32_t) { return std::string("counter"); });
    QVERIFY(dot.rfind("digraph hb {\n", 0) == 0);
    QVERIFY(dot.find("  subgraph cluster_g1 {\n    label=\"G1\";\n") != std::string::npos);
    QVERIFY(dot.find("    e1 [label=\"MemWrite counter :5\"];\n") != std::string::npos);
    QVERIFY(dot.find("  e3 -> e4 [color=blue, label=\"go\"];\n") != std::string::npos);
    QVERIFY(dot.find("  e2 -> e4") == std::string::npos);
    QVERIFY(dot.size() > 2 && dot.substr(dot.size() - 2) == "}\n");
}

void TestHbGraph::raceExcerpt()
{
    TB t;
    t.go(2, 1, 3).lock(2, M).wr(2, X, 5).unlock(2, M).rd(1, X, 8);
    const auto races = analysis::detectRaces(t.ev, analysis::RaceOptions{});
    QCOMPARE(races.reports.size(), size_t(1));
    const auto g = analysis::HbGraph::build(t.ev);
    std::string why;
    const auto x = g.excerpt(races.reports[0], 3, &why);
    QVERIFY(x.nodes().size() >= 3);
    size_t missing = 0;
    for (const auto &e : x.edges())
        if (e.type == HbEdgeType::Missing) {
            ++missing;
            QCOMPARE(x.nodes()[e.from].event, size_t(2));
            QCOMPARE(x.nodes()[e.to].event, size_t(4));
        }
    QCOMPARE(missing, size_t(1));
    QVERIFY2(why.find("G2's MutexUnlock (event 3) was not acquired by G1") != std::string::npos, why.c_str());
}

QTEST_GUILESS_MAIN(TestHbGraph)
#include "tst_analysis_hbgraph.moc"
