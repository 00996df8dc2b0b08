// tst_lang_exec — scenario-language constructs compiled by lang::compile and
// run by program::Interpreter under a tiny single-goroutine driver (no
// scheduler: rows use no goroutines or channels; those are in
// tests/sim/run/tst_run_exec.cpp).
//
// output: one row per program in tests/sim/lang/exec/ (one construct of
// scenario-language.md each); the expected .out files were captured with the
// real toolchain (`go run`, Go 1.19.8) or, for Go 1.22 semantics, written by
// hand from the spec (exec/README.md). Never from goschedlab's own output.
// steps: the scheduler-visible step structure, written by hand from
// codegen.h's escape rules.
#include <QDir>
#include <QFile>
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/lang/compile.h"
#include "sim/program/interpreter.h"
#endif

using namespace gsl;
using program::ReqKind;

namespace {

struct Outcome {
    std::string out, err, steps;   // steps: the memory steps, "Load x, Store x"
    bool ok = true;
    std::string diag;
};

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
}

GoVersion versionOf(const QString &v)
{
    const auto parts = v.split('.');
    return GoVersion{parts.value(0).toInt(), parts.value(1).toInt()};
}

// runMain compiles src and drives main to its end. Memory steps complete at
// once; rows must not need the runtime (no goroutines, channels or sync).
Outcome runMain(const QString &src, const QString &ver)
{
    Outcome o;
    lang::CompileResult cr = lang::compile("t.go", src.toStdString(), versionOf(ver));
    if (!cr.ok()) {
        o.ok = false;
        for (const auto &d : cr.diagnostics) o.diag += d.format() + "\n";
        return o;
    }
    program::Interpreter in(cr.program);
    program::CtxId g = in.startMain();
    program::Completion done;
    program::StepEnv env;
    for (int n = 0; n < 1'000'000; ++n) {
        const program::Request &r = in.step(g, done, env);
        switch (r.kind) {
        case ReqKind::Load: case ReqKind::Store: case ReqKind::Atomic: {
            if (!o.steps.empty()) o.steps += ", ";
            o.steps += r.kind == ReqKind::Load ? "Load " : r.kind == ReqKind::Store ? "Store " : "Atomic ";
            o.steps += std::string(in.name(r.access.var));
            break;
        }
        case ReqKind::Compute: break;
        case ReqKind::Print: (r.toStderr ? o.err : o.out) += r.text; break;
        case ReqKind::Panic: case ReqKind::Fatal: o.err += r.text + "\n"; return o;
        case ReqKind::GoEnd: case ReqKind::Exit: return o;
        default:
            o.ok = false;
            o.diag = "row needs the runtime: request kind " + std::to_string(int(r.kind));
            return o;
        }
    }
    o.ok = false;
    o.diag = "did not finish";
    return o;
}

} // namespace

class TestLangExec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void output_data();
    void output();
    void steps_data();
    void steps();
};

void TestLangExec::output_data()
{
    QTest::addColumn<QString>("go");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected");
    QDir dir(QStringLiteral(GSL_TEST_DATA_DIR "/sim/lang/exec"));
    const auto files = dir.entryList({"*.go"}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, "tests/sim/lang/exec holds the rows");
    for (const QString &f : files) {
        const QString src = readAll(dir.filePath(f));
        QString go = "1.19";
        if (src.startsWith("// go: ")) go = src.section('\n', 0, 0).mid(7).trimmed();
        QTest::newRow(qPrintable(f.chopped(3))) << go << src << readAll(dir.filePath(f.chopped(3) + ".out"));
    }
}

void TestLangExec::output()
{
    QFETCH(QString, go);
    QFETCH(QString, src);
    QFETCH(QString, expected);
    Outcome o = runMain(src, go);
    QVERIFY2(o.ok, o.diag.c_str());
    QVERIFY2(o.err.empty(), o.err.c_str());
    QCOMPARE(QString::fromStdString(o.out), expected);
}

// The scheduler-visible structure: which statements become memory steps.
void TestLangExec::steps_data()
{
    QTest::addColumn<QString>("go");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shared-increment-is-load-then-store") << QString("1.22")
        << QString("package main\nvar counter int\nfunc main() { counter++ }\n") << QString("Load counter, Store counter");
    QTest::newRow("locals-produce-no-memory-steps") << QString("1.22")
        << QString("package main\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 100; i++ {\n\t\tx += i\n\t}\n\t_ = x\n}\n") << QString("");
    QTest::newRow("captured-variable-is-shared") << QString("1.22")
        << QString("package main\nfunc main() {\n\tx := 0\n\tf := func() { x++ }\n\tf()\n}\n") << QString("Load x, Store x");
    QTest::newRow("op-assign-on-global-is-load-then-store") << QString("1.22")
        << QString("package main\nvar total int\nfunc main() { total += 5 }\n") << QString("Load total, Store total");
    QTest::newRow("pointer-write-is-a-store") << QString("1.22")
        << QString("package main\nfunc main() {\n\tp := new(int)\n\t*p = 3\n}\n") << QString("Store *p");
    QTest::newRow("slice-element-write-is-a-store") << QString("1.22")
        << QString("package main\nfunc main() {\n\ts := make([]int, 2)\n\ts[1] = 4\n}\n") << QString("Store s[1]");
    QTest::newRow("atomic-add-is-one-atomic-step") << QString("1.22")
        << QString("package main\nimport \"sync/atomic\"\nvar n int64\nfunc main() { atomic.AddInt64(&n, 1) }\n") << QString("Atomic n");
    QTest::newRow("global-read-is-a-load") << QString("1.22")
        << QString("package main\nvar g int\nfunc main() {\n\tx := g\n\t_ = x\n}\n") << QString("Load g");
}

void TestLangExec::steps()
{
    QFETCH(QString, go);
    QFETCH(QString, src);
    QFETCH(QString, expected);
    Outcome o = runMain(src, go);
    QVERIFY2(o.ok, o.diag.c_str());
    QCOMPARE(QString::fromStdString(o.steps), expected);
}

QTEST_GUILESS_MAIN(TestLangExec)
#include "tst_lang_exec.moc"
