// Replay: the runtime's keyframes (snapshots of the live model) must equal
// what trace::apply rebuilds from the events alone, for random runs. This is
// what the GUI's step-back stands on.
#include "run_script.h"

#include "sim/trace/sched_state.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyframesMatchReplay_data();
    void keyframesMatchReplay();
};

static ScriptProgram makeProgram(int which)
{
    ScriptProgram prog;
    switch (which) {
    case 0:   // mutex counter with 8 goroutines
        prog.fn(0).wgAdd(1, 8).loop(8).go(1).endLoop().wgWait(1).end();
        prog.fn(1).loop(50).lock(2).load(1).compute(40).store(1).unlock(2).endLoop().wgDone(1).end();
        break;
    case 1:   // pipeline of 20 stages over unbuffered channels
        prog.fn(0).chanMake(1, 0).loop(20).go(1).endLoop().loop(30).send(1, 5).endLoop().sleep(kMillisecond).end();
        prog.fn(1).loop(-1).recv(1).compute(200).endLoop().end();
        break;
    case 2:   // Gosched storm + many goroutines (global queue, stealing)
        prog.fn(0).wgAdd(1, 300).loop(300).go(1).endLoop().wgWait(1).end();
        prog.fn(1).compute(500).gosched().compute(300).wgDone(1).end();
        break;
    case 3:   // buffered channel, close, select with timers
        prog.fn(0).chanMake(1, 4).loop(6).go(1).endLoop().loop(40).send(1, 1).endLoop().close(1).sleep(2 * kMillisecond).end();
        prog.fn(1).loop(-1).recv(1).compute(3000).endLoop().end();
        break;
    }
    return prog;
}

void TstRuntimeReplay::keyframesMatchReplay_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("procs");
    for (int w = 0; w < 4; ++w)
        for (int p : {1, 2, 4})
            QTest::newRow(qPrintable(QStringLiteral("prog%1-gomaxprocs-%2").arg(w).arg(p))) << w << p;
}

void TstRuntimeReplay::keyframesMatchReplay()
{
    QFETCH(int, which);
    QFETCH(int, procs);
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        ScriptProgram prog = makeProgram(which);
        RunConfig cfg = test::config(procs, seed, 4);
        cfg.keyframeEvery = 97;
        RunResult r = test::runScript(prog, cfg);
        QVERIFY(r.exitStatus == 0 || r.exitStatus == 2);
        QVERIFY(r.trace.keyframes().size() > 1);
        for (const trace::Snapshot &k : r.trace.keyframes()) {
            trace::SchedState replayed;
            try {
                replayed = trace::replayState(r.trace, k.eventIndex);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("replay failed at %1: %2").arg(k.eventIndex).arg(e.what())));
            }
            if (!(replayed == k.state)) {
                QString why;
                for (size_t i = 0; i < std::min(replayed.ps.size(), k.state.ps.size()); ++i)
                    if (!(replayed.ps[i] == k.state.ps[i])) why += QStringLiteral(" p%1").arg(i);
                for (size_t i = 0; i < std::min(replayed.ms.size(), k.state.ms.size()); ++i)
                    if (!(replayed.ms[i] == k.state.ms[i])) why += QStringLiteral(" m%1").arg(i);
                for (size_t i = 0; i < std::min(replayed.gs.size(), k.state.gs.size()); ++i)
                    if (!(replayed.gs[i] == k.state.gs[i])) why += QStringLiteral(" g%1").arg(i);
                if (replayed.globrunq != k.state.globrunq) why += QStringLiteral(" globrunq");
                if (!(replayed.cfs == k.state.cfs)) why += QStringLiteral(" cfs");
                if (replayed.npidle != k.state.npidle) why += QStringLiteral(" npidle");
                if (replayed.nmspinning != k.state.nmspinning) why += QStringLiteral(" nmspinning");
                if (replayed.time != k.state.time) why += QStringLiteral(" time");
                if (replayed.cpus != k.state.cpus) why += QStringLiteral(" cpus");
                if (replayed.gomaxprocs != k.state.gomaxprocs) why += QStringLiteral(" gomaxprocs");
                if (replayed.ps.size() != k.state.ps.size() || replayed.ms.size() != k.state.ms.size() ||
                    replayed.gs.size() != k.state.gs.size())
                    why += QStringLiteral(" sizes");
                QFAIL(qPrintable(QStringLiteral("seed %1 keyframe at event %2 differs:%3")
                                     .arg(seed).arg(k.eventIndex).arg(why)));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TstRuntimeReplay)
#include "tst_runtime_replay.moc"
