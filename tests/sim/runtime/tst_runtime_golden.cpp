// Golden traces of scripted programs: one event per line, simulated time
// first (trace::traceText). Any change in the model's prediction shows as a
// diff. Regenerate after a reviewed, intended change with:
//     GSL_REGEN_GOLDEN=1 ctest --test-dir build -R sim.runtime_golden
// then review `git diff tests/sim/runtime/golden/`. On mismatch the test
// writes <golden>.actual next to the golden file and prints the first
// differing lines.
#include "run_script.h"

#include "sim/trace/trace_text.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
};

static ScriptProgram scriptFor(const QString &name)
{
    ScriptProgram prog;
    if (name == "spawn_order_gomaxprocs1") {
        prog.fn(0).wgAdd(1, 10).loop(10).go(1).endLoop().wgWait(1).end();
        prog.fn(1).print("{arg} ").wgDone(1).end();
    } else if (name == "pingpong_gomaxprocs2") {
        prog.fn(0).chanMake(1, 0).chanMake(2, 0).go(1).loop(3).send(1, 7).recv(2).endLoop().end();
        prog.fn(1).loop(3).recv(1).send(2, 8).endLoop().end();
    } else if (name == "deadlock") {
        prog.fn(0).chanMake(1, 0).go(1).recv(1).end();
        prog.fn(1).sleep(kMillisecond).end();
    } else if (name == "preempt_tight_loop") {
        prog.fn(0).go(1).sleep(kMillisecond).print("main\n").end();
        prog.fn(1).loop(-1).compute(500 * kMicrosecond).endLoop().end();
    }
    return prog;
}

void TstRuntimeGolden::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("procs");
    QTest::newRow("spawn_order_gomaxprocs1") << "spawn_order_gomaxprocs1" << 1;
    QTest::newRow("pingpong_gomaxprocs2") << "pingpong_gomaxprocs2" << 2;
    QTest::newRow("deadlock") << "deadlock" << 2;
    QTest::newRow("preempt_tight_loop") << "preempt_tight_loop" << 1;
}

void TstRuntimeGolden::golden()
{
    QFETCH(QString, name);
    QFETCH(int, procs);
    ScriptProgram prog = scriptFor(name);
    RunResult r = test::runScript(prog, test::config(procs, 1, 2));
    std::string actual = trace::traceText(r.trace);
    actual += "# exit " + std::to_string(r.exitStatus) + " fingerprint " + std::to_string(r.fingerprint) + "\n";
    const std::string path = std::string(GSL_TEST_DATA_DIR) + "/sim/runtime/golden/" + name.toStdString() + ".trace";
    if (qEnvironmentVariableIsSet("GSL_REGEN_GOLDEN")) {
        std::ofstream(path) << actual;
        QSKIP("golden regenerated");
    }
    std::ifstream in(path);
    QVERIFY2(in.good(), qPrintable(QStringLiteral("missing golden %1 (GSL_REGEN_GOLDEN=1 creates it)")
                                       .arg(QString::fromStdString(path))));
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string expected = ss.str();
    if (actual != expected) {
        std::ofstream(path + ".actual") << actual;
        std::istringstream a(actual), e(expected);
        std::string la, le;
        int line = 1;
        while (std::getline(e, le)) {
            if (!std::getline(a, la)) la = "<end>";
            if (la != le) break;
            ++line;
        }
        QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n- %3\n+ %4\n(actual written to %1.actual)")
                             .arg(QString::fromStdString(path)).arg(line)
                             .arg(QString::fromStdString(le), QString::fromStdString(la))));
    }
}

QTEST_APPLESS_MAIN(TstRuntimeGolden)
#include "tst_runtime_golden.moc"
