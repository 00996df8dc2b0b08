// Determinism (architecture.md): same program + config + seed => identical
// trace bytes and fingerprint; different seeds can differ. Also: the
// deliberately broken invariant is caught, and budgets stop runs cleanly.
#include "run_script.h"

#include <QtTest>

#include <set>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeDeterminism : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameTrace_data();
    void sameSeedSameTrace();
    void seedsCanDiffer();
    void brokenInvariantIsCaught();
    void budgets_data();
    void budgets();
    void raceModeNeverReportsDeadlock();
};

static ScriptProgram busy()
{
    ScriptProgram prog;
    std::vector<program::SelectCase> cases(2);
    cases[0].chan = 1;
    cases[1].chan = 2;
    prog.fn(0).chanMake(1, 2).chanMake(2, 2).wgAdd(3, 8).loop(8).go(1).endLoop().loop(8).go(2).endLoop()
        .wgWait(3).end();
    prog.fn(1).loop(30).lock(4).load(7).compute(300).store(7).unlock(4).send(1, 1).endLoop().wgDone(3).end();
    prog.fn(2).loop(30).select(cases, false).compute(100).endLoop().end();
    return prog;
}

void TstRuntimeDeterminism::sameSeedSameTrace_data()
{
    QTest::addColumn<int>("procs");
    QTest::newRow("gomaxprocs-1") << 1;
    QTest::newRow("gomaxprocs-2") << 2;
    QTest::newRow("gomaxprocs-8") << 8;
}

void TstRuntimeDeterminism::sameSeedSameTrace()
{
    QFETCH(int, procs);
    ScriptProgram p1 = busy(), p2 = busy();
    RunResult a = test::runScript(p1, test::config(procs, 42, 4));
    RunResult b = test::runScript(p2, test::config(procs, 42, 4));
    QVERIFY(a.trace.size() > 100);
    QCOMPARE(a.trace.size(), b.trace.size());
    QVERIFY(a.trace.events() == b.trace.events());
    QCOMPARE(a.fingerprint, b.fingerprint);
    QCOMPARE(a.stdoutText, b.stdoutText);
}

void TstRuntimeDeterminism::seedsCanDiffer()
{
    std::set<uint64_t> prints;
    for (uint64_t seed = 1; seed <= 8; ++seed) {
        ScriptProgram p = busy();
        prints.insert(test::runScript(p, test::config(4, seed, 4)).fingerprint);
    }
    QVERIFY(prints.size() > 1);
}

void TstRuntimeDeterminism::brokenInvariantIsCaught()
{
    ScriptProgram prog = busy();
    ScriptExecutor ex(prog);
    Simulation sim(ex, test::config(2));
    sim.runUntil(50);
    sim.checkInvariants();   // fine so far
    sim.debugCorruptDuplicateG();
    bool caught = false;
    try {
        sim.checkInvariants();
    } catch (const std::logic_error &e) {
        caught = QString::fromUtf8(e.what()).startsWith(QStringLiteral("checkInvariants:"));
    }
    QVERIFY(caught);
}

void TstRuntimeDeterminism::budgets_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("flag");
    QTest::newRow("steps") << 0 << "--max-steps";
    QTest::newRow("time") << 1 << "--max-time";
    QTest::newRow("goroutines") << 2 << "--max-goroutines";
    QTest::newRow("events") << 3 << "--max-events";
}

void TstRuntimeDeterminism::budgets()
{
    QFETCH(int, which);
    QFETCH(QString, flag);
    ScriptProgram prog;
    prog.fn(0).loop(-1).go(1).compute(1000).endLoop().end();
    prog.fn(1).sleep(kSecond).end();
    RunConfig cfg = test::config(2);
    cfg.checkInvariants = false;
    if (which == 0) cfg.budgets.maxSteps = 5000;
    if (which == 1) cfg.budgets.maxSimTime = 2 * kMillisecond;
    if (which == 2) cfg.budgets.maxGoroutines = 500;
    if (which == 3) cfg.budgets.maxTraceEvents = 3000;
    RunResult r = test::runScript(prog, cfg);
    QVERIFY(r.budgetHit);
    QCOMPARE(r.exitStatus, -1);
    QVERIFY2(QString::fromStdString(r.budgetMessage).contains(flag), r.budgetMessage.c_str());
    QCOMPARE(r.trace.events().back().kind, trace::EvKind::Budget);
}

void TstRuntimeDeterminism::raceModeNeverReportsDeadlock()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).recv(1).end();
    RunConfig cfg = test::config(2);
    cfg.race = true;
    cfg.budgets.maxSimTime = 5 * kSecond;
    RunResult r = test::runScript(prog, cfg);
    QVERIFY(r.budgetHit);
    QVERIFY(r.hung);
    QVERIFY(r.stderrText.find("deadlock") == std::string::npos);
    QCOMPARE(r.endTime, 5 * kSecond);
}

QTEST_APPLESS_MAIN(TstRuntimeDeterminism)
#include "tst_runtime_determinism.moc"
