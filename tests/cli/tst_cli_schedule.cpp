// tst_cli_schedule — forced schedules from the command line: `run --schedule S`
// replays exactly, a schedule that cannot apply is a warning (the run goes on
// free, cli.md), bad schedule text is a usage error, and the witness that
// `explore --pct` / `--exhaustive` prints replays to its outcome.
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include "cli_process.h"

class TestCliSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badScheduleIsUsageError_data();
    void badScheduleIsUsageError();
    void replayIsExact();
    void divergenceIsAWarning();
    void pctWitnessReplays();
    void exhaustiveReportsCoverage();

private:
    using Out = gsl::testing::CliOut;
    static Out cli(const QStringList &args)
    {
        return gsl::testing::runCli(args, QProcessEnvironment::systemEnvironment(), 240000);
    }
    QString small() { return QStringLiteral(GSL_TEST_DATA_DIR "/sim/explore/data/small_counter.go"); }
};

void TestCliSchedule::badScheduleIsUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString f = small();
    QTest::newRow("garbage") << QStringList{"run", f, "--schedule", "x"} << "--schedule";
    QTest::newRow("not-increasing") << QStringList{"run", f, "--schedule", "5p,3p"} << "points must increase";
    QTest::newRow("pct-and-exhaustive") << QStringList{"explore", f, "--pct", "2", "--exhaustive"} << "choose one";
    QTest::newRow("pct-zero") << QStringList{"explore", f, "--pct", "0"} << "--pct";
    QTest::newRow("bound-without-exhaustive") << QStringList{"explore", f, "--preemption-bound", "2"} << "--exhaustive";
    QTest::newRow("runs-with-exhaustive") << QStringList{"explore", f, "--exhaustive", "--runs", "5"} << "--runs";
}

void TestCliSchedule::badScheduleIsUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Out o = cli(args);
    QCOMPARE(o.code, 64);
    QVERIFY2(o.err.contains(mentions), qPrintable(o.err));
    QCOMPARE(o.err.count('\n'), 1);
}

void TestCliSchedule::replayIsExact()
{
    const QStringList base{"run", small(), "--seed", "3", "--trace-text"};
    const Out free = cli(base);
    QCOMPARE(free.code, 0);
    QCOMPARE(free.out, QStringLiteral("counter=4\n"));
    // Preemptions inside the run (it has 23 scheduling points), replayed twice.
    for (const char *s : {"6p", "10p", "7p,12p"}) {
        const Out a = cli(base + QStringList{"--schedule", s});
        const Out b = cli(base + QStringList{"--schedule", s});
        QCOMPARE(a.code, 0);
        QCOMPARE(b.out, a.out);
        QCOMPARE(b.err, a.err);                  // the whole trace text, byte for byte
        QVERIFY(a.err != free.err);              // the preemption changed the run
        QVERIFY2(a.err.contains("GoPreempt"), qPrintable(s));
        QVERIFY(!a.err.contains("warning"));
    }
}

void TestCliSchedule::divergenceIsAWarning()
{
    const Out o = cli({"run", small(), "--schedule", "100000p"});
    QCOMPARE(o.code, 0);                         // the program's own status: the run went on free
    QCOMPARE(o.out, QStringLiteral("counter=4\n"));
    QVERIFY2(o.err.contains("warning: replay diverged at scheduling point 100000"), qPrintable(o.err));
    QVERIFY2(o.err.contains("beyond the run's end"), qPrintable(o.err));
    const Out p = cli({"run", small(), "--schedule", "3g42"});
    QVERIFY2(p.err.contains("expected goroutine 42 runnable"), qPrintable(p.err));
}

void TestCliSchedule::pctWitnessReplays()
{
    const QString f = QStringLiteral(GSL_SCENARIO_DIR "/racy_counter.go");
    const Out o = cli({"explore", f, "--gomaxprocs", "1", "--pct", "2", "--runs", "12", "--format", "tsv"});
    QCOMPARE(o.code, 0);
    const QStringList lines = o.out.split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines[0].endsWith("\tseed\tschedule"), qPrintable(lines[0]));
    bool sawBug = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f2 = lines[i].split('\t');
        QCOMPARE(f2.size(), 12);
        const QString outcome = f2[4], seed = f2[10], schedule = f2[11];
        QStringList args{"run", f, "--gomaxprocs", "1", "--seed", seed};
        if (schedule != "-") args += QStringList{"--schedule", schedule};
        const Out r = cli(args);
        QCOMPARE(r.out.trimmed(), outcome);
        QVERIFY2(!r.err.contains("warning"), qPrintable(r.err));
        sawBug |= f2[9] == "no";
    }
    QVERIFY2(sawBug, qPrintable(o.out));
}

void TestCliSchedule::exhaustiveReportsCoverage()
{
    const Out o = cli({"explore", small(), "--exhaustive", "--preemption-bound", "1"});
    QCOMPARE(o.code, 0);
    QVERIFY2(o.out.contains("exhaustive preemption-bound=1"), qPrintable(o.out));
    QVERIFY2(o.out.contains("bound exhausted"), qPrintable(o.out));
    QVERIFY2(o.out.contains("happens-before classes"), qPrintable(o.out));
    QVERIFY2(o.out.contains("in one order only"), qPrintable(o.out));
    QVERIFY2(o.out.contains(QRegularExpression("counter=[0-3] .* no ")), qPrintable(o.out));   // the lost update
    const Out j = cli({"explore", small(), "--exhaustive", "--preemption-bound", "1", "--format", "json"});
    QCOMPARE(j.code, 0);
    QVERIFY(j.out.contains("\"mode\":\"exhaustive\""));
    QVERIFY(j.out.contains("\"exhausted\":true"));
    QVERIFY(j.out.contains("\"pairsOneOrder\":"));
}

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
