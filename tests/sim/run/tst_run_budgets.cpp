// tst_run_budgets — every budget (issue 8, item 5) has a default, is set by
// its configuration word (the CLI flag of the same name), and stops a Go
// program cleanly with a message naming the budget and the flag that raises it.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "sim/run/config_text.h"
#include "sim/run/run.h"
#endif

using namespace gsl;

class TstRunBudgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void flags_data();
    void flags();
    void badValuesNameTheFlag_data();
    void badValuesNameTheFlag();
    void budgetStopsProgram_data();
    void budgetStopsProgram();
};

void TstRunBudgets::defaults()
{
    runtime::Budgets b;
    QCOMPARE(b.maxSteps, uint64_t(10'000'000'000));
    QCOMPARE(b.maxSimTime, SimDur(60 * kSecond));
    QCOMPARE(b.maxGoroutines, uint32_t(100'000));
    QCOMPARE(b.maxTraceEvents, uint64_t(20'000'000));
    QCOMPARE(b.maxHeapBytes, uint64_t(512) << 20);
}

void TstRunBudgets::flags_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("which");
    QTest::addColumn<qulonglong>("expected");
    QTest::newRow("steps") << "max-steps" << "1234" << 0 << qulonglong(1234);
    QTest::newRow("time") << "max-time" << "250ms" << 1 << qulonglong(250 * kMillisecond);
    QTest::newRow("goroutines") << "max-goroutines" << "77" << 2 << qulonglong(77);
    QTest::newRow("events") << "max-events" << "5000" << 3 << qulonglong(5000);
    QTest::newRow("memory-mb") << "max-memory" << "64MB" << 4 << qulonglong(64) * 1024 * 1024;
    QTest::newRow("memory-gb") << "max-memory" << "2GB" << 4 << qulonglong(2) * 1024 * 1024 * 1024;
    QTest::newRow("memory-bytes") << "max-memory" << "65536" << 4 << qulonglong(65536);
}

void TstRunBudgets::flags()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, which);
    QFETCH(qulonglong, expected);
    run::ConfigSpec spec;
    QCOMPARE(QString::fromStdString(run::applyKey(spec, key.toStdString(), value.toStdString())), QString());
    const runtime::Budgets &b = spec.base.budgets;
    const uint64_t got[] = {b.maxSteps, uint64_t(b.maxSimTime), b.maxGoroutines, b.maxTraceEvents, b.maxHeapBytes};
    QCOMPARE(qulonglong(got[which]), expected);
}

void TstRunBudgets::badValuesNameTheFlag_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("memory-zero") << "max-memory" << "0";
    QTest::newRow("memory-unit") << "max-memory" << "12 parsecs";
    QTest::newRow("memory-negative") << "max-memory" << "-5MB";
    QTest::newRow("memory-huge") << "max-memory" << "99999999GB";
    QTest::newRow("steps-zero") << "max-steps" << "0";
    QTest::newRow("time-garbage") << "max-time" << "soon";
}

void TstRunBudgets::badValuesNameTheFlag()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    run::ConfigSpec spec;
    const QString msg = QString::fromStdString(run::applyKey(spec, key.toStdString(), value.toStdString()));
    QVERIFY2(msg.startsWith(QStringLiteral("--") + key + QStringLiteral(": expected ")), qPrintable(msg));
    QVERIFY(!msg.contains(QLatin1Char('\n')));
}

void TstRunBudgets::budgetStopsProgram_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("names");   // in the message: the budget and how to raise it
    const QString spin = QStringLiteral(
        "package main\n\nvar n int\n\nfunc main() {\n\tfor {\n\t\tn++\n\t}\n}\n");
    const QString spawn = QStringLiteral(
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tfor {\n\t\tgo func() { time.Sleep(time.Hour) }()\n\t}\n}\n");
    const QString sleep = QStringLiteral(
        "package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.Sleep(time.Hour)\n}\n");
    const QString alloc = QStringLiteral(
        "package main\n\nvar keep [][]int\n\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]int, 100000))\n\t}\n}\n");
    QTest::newRow("steps") << "max-steps" << "100000" << spin << "steps limit 100000 reached; raise it with --max-steps";
    QTest::newRow("time") << "max-time" << "10ms" << sleep << "simulated time limit 10ms reached; raise it with --max-time";
    QTest::newRow("goroutines") << "max-goroutines" << "300" << spawn
                                << "live goroutines limit 300 reached; raise it with --max-goroutines";
    QTest::newRow("events") << "max-events" << "2000" << spawn << "trace events limit 2000 reached; raise it with --max-events";
    QTest::newRow("memory") << "max-memory" << "8MB" << alloc
                            << "heap memory limit 8388608 bytes (";
}

void TstRunBudgets::budgetStopsProgram()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, src);
    QFETCH(QString, names);
    run::ConfigSpec spec;
    QCOMPARE(QString::fromStdString(run::applyKey(spec, key.toStdString(), value.toStdString())), QString());
    runtime::RunConfig cfg = spec.base;
    cfg.gomaxprocs = 2;
    run::Scenario sc = run::compileScenario("budget.go", src.toStdString(), cfg.go);
    QVERIFY2(sc.ok(), sc.compiled.diagnostics.empty() ? "" : sc.compiled.diagnostics.front().format().c_str());
    runtime::RunResult r = run::runScenario(sc, cfg);
    QVERIFY(r.budgetHit);
    QCOMPARE(r.exitStatus, -1);
    QVERIFY2(QString::fromStdString(r.budgetMessage).contains(names), r.budgetMessage.c_str());
    if (key == QLatin1String("max-memory"))
        QVERIFY2(QString::fromStdString(r.budgetMessage).endsWith(QStringLiteral("reached; raise it with --max-memory")),
                 r.budgetMessage.c_str());
}

QTEST_GUILESS_MAIN(TstRunBudgets)
#include "tst_run_budgets.moc"
