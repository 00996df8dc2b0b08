// tst_run_keyframes — the keyframes a run stores are the engine's own state
// (Simulation::snapshot), independent of the trace's replay (trace::apply).
// For every keyframe k of a few bundled scenarios: keyframe k's state, with
// the events between k and k+1 applied, equals keyframe k+1's stored state;
// and replay from the start agrees with every keyframe. A mismatch names the
// part of the state (Ps, Ms, Gs, global queue, CFS) and the keyframe.
// (In tests/sim/run rather than tests/sim/trace: it needs whole runs, and
// test folders link only their own library.)
// moc (Qt 6.4) cannot parse the C++20 standard headers the engine uses.
#ifndef Q_MOC_RUN
#include "sim/run/config_text.h"
#include "sim/run/run.h"
#include "sim/trace/sched_state.h"
#endif

#include <QtTest>

using namespace gsl;

namespace {

// firstDifference names the first part of two states that differs ("" if equal).
std::string firstDifference(const trace::SchedState &a, const trace::SchedState &b)
{
    if (a.time != b.time) return "time " + std::to_string(a.time) + " vs " + std::to_string(b.time);
    if (a.gomaxprocs != b.gomaxprocs) return "gomaxprocs";
    if (a.ps.size() != b.ps.size()) return "number of Ps";
    for (size_t i = 0; i < a.ps.size(); ++i)
        if (!(a.ps[i] == b.ps[i])) {
            const auto &x = a.ps[i], &y = b.ps[i];
            return "P" + std::to_string(i) + (x.status != y.status ? " status" : x.runnext != y.runnext ? " runnext"
                                              : x.runq != y.runq ? " runq" : x.schedtick != y.schedtick ? " schedtick"
                                              : x.curg != y.curg ? " curg" : x.m != y.m ? " m" : " (other field)");
        }
    if (a.globrunq != b.globrunq) return "global run queue";
    if (a.ms.size() != b.ms.size()) return "number of Ms";
    for (size_t i = 0; i < a.ms.size(); ++i)
        if (!(a.ms[i] == b.ms[i])) return "M" + std::to_string(i);
    if (a.gs.size() != b.gs.size()) return "number of Gs " + std::to_string(a.gs.size()) + " vs " + std::to_string(b.gs.size());
    for (size_t i = 0; i < a.gs.size(); ++i)
        if (!(a.gs[i] == b.gs[i])) {
            const auto &x = a.gs[i], &y = b.gs[i];
            return "G" + std::to_string(i) + (x.status != y.status ? " status" : x.waitReason != y.waitReason ? " waitReason"
                                              : x.p != y.p ? " p" : x.m != y.m ? " m" : x.line != y.line ? " line" : " (other field)");
        }
    if (a.npidle != b.npidle) return "npidle";
    if (a.nmspinning != b.nmspinning) return "nmspinning";
    if (!(a.cfs == b.cfs)) return "cfs";
    if (!(a == b)) return "(other field)";
    return {};
}

} // namespace

class TestRunKeyframes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forward_data();
    void forward();
};

void TestRunKeyframes::forward_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("flags");   // extra Config words after the file's own
    QTest::newRow("racy_counter-p4") << "racy_counter.go" << "gomaxprocs=4";
    QTest::newRow("racy_counter-p1") << "racy_counter.go" << "gomaxprocs=1";
    QTest::newRow("mutex_counter-p2") << "mutex_counter.go" << "gomaxprocs=2";
    QTest::newRow("mutex_starvation-p2") << "mutex_starvation.go" << "gomaxprocs=2";
    QTest::newRow("select_fairness-p2") << "select_fairness.go" << "gomaxprocs=2";
}

void TestRunKeyframes::forward()
{
    QFETCH(QString, file);
    QFETCH(QString, flags);
    const std::string path = std::string(GSL_SCENARIO_DIR) + "/" + file.toStdString();
    run::Scenario probe = run::loadScenario(path, GoVersion{1, 22});
    QVERIFY(probe.ok());
    run::ConfigSpec spec;
    QVERIFY(run::applyConfigLine(spec, probe.compiled.metadata.config).empty());
    QVERIFY(run::applyConfigLine(spec, flags.toStdString()).empty());
    const auto configs = spec.expand();
    QCOMPARE(configs.size(), size_t(1));
    runtime::RunConfig cfg = configs[0];
    cfg.seed = 7;
    cfg.keyframeEvery = 1;   // as many as the engine makes (it spaces them by at least 4x its state size, 8x beyond 256 goroutines)
    run::Scenario sc = run::loadScenario(path, cfg.go);
    QVERIFY(sc.ok());
    runtime::RunResult r = run::runScenario(sc, cfg);
    QVERIFY2(!r.budgetHit, r.budgetMessage.c_str());
    const trace::Trace &t = r.trace;
    const auto &kf = t.keyframes();
    QVERIFY2(kf.size() >= 3, qPrintable(QString("only %1 keyframes in %2 events").arg(kf.size()).arg(t.size())));

    // The initial state forward to the first keyframe.
    trace::SchedState s = t.initialState();
    try {
        for (size_t i = 0; i < kf[0].eventIndex; ++i) trace::apply(s, t[i], t);
    } catch (const std::exception &e) {
        QFAIL(qPrintable(QString("before keyframe 0: ") + e.what()));
    }
    std::string diff = firstDifference(s, kf[0].state);
    QVERIFY2(diff.empty(), qPrintable(QString("initial state -> keyframe 0 (event %1): %2").arg(kf[0].eventIndex).arg(QString::fromStdString(diff))));

    for (size_t k = 0; k + 1 < kf.size(); ++k) {
        trace::SchedState st = kf[k].state;
        for (size_t i = kf[k].eventIndex; i < kf[k + 1].eventIndex; ++i) {
            try {
                trace::apply(st, t[i], t);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QString("keyframe %1, event %2: %3").arg(k).arg(i).arg(e.what())));
            }
        }
        diff = firstDifference(st, kf[k + 1].state);
        QVERIFY2(diff.empty(), qPrintable(QString("keyframe %1 (event %2) -> keyframe %3 (event %4): %5")
                                              .arg(k).arg(kf[k].eventIndex).arg(k + 1).arg(kf[k + 1].eventIndex)
                                              .arg(QString::fromStdString(diff))));
    }
    // Replay from the start (one pass, to the last keyframe) agrees too.
    try {
        diff = firstDifference(trace::replayState(t, kf.back().eventIndex), kf.back().state);
    } catch (const std::exception &e) {
        diff = e.what();
    }
    QVERIFY2(diff.empty(), qPrintable(QString("replay to the last keyframe: %1").arg(QString::fromStdString(diff))));
    qInfo("%zu keyframes over %zu events", kf.size(), t.size());
}

QTEST_GUILESS_MAIN(TestRunKeyframes)
#include "tst_run_keyframes.moc"
