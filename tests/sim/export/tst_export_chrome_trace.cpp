// tst_export_chrome_trace.cpp — Chrome Trace Event JSON export and its
// validator: exports of hand-built traces pass the validator and hold the
// expected tracks, slices, flows, instants and counters; the validator
// rejects each rule's violation.
#include "export_test_util.h"

#include "sim/export/chrome_trace.h"
#include "sim/export/chrome_trace_check.h"

#include <QtTest>

using namespace gsl::exports;
using namespace gsltest;

class TestExportChromeTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportIsValid_data();
    void exportIsValid();
    void timestampsAreMicrosWithThreeDecimals();
    void deterministic();
    void validatorRejects_data();
    void validatorRejects();
};

void TestExportChromeTrace::exportIsValid_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<int>("procs");
    QTest::addColumn<int>("raceEvent");       // -1 = none
    QTest::addColumn<QString>("slices");      // "Ps/P0=3 Ps/P1=2 ..."
    QTest::addColumn<QString>("flows");       // "create=2 steal=1 wakeup=1"
    QTest::addColumn<QString>("instants");
    QTest::addColumn<QString>("counters");

    // G1 runs on P0 until it parks; G3 (runnext) inherits P0; P1 steals G2,
    // which wakes G1 onto P1 and is preempted; P0 shows the steal marker.
    QTest::newRow("steal-wakeup-preempt-race")
        << "two_p_race" << 2 << 21
        << "Goroutines/G1=5 Goroutines/G2=3 Goroutines/G3=2 Ms/M0=2 Ms/M1=2 Ps/P0=3 Ps/P1=2"
        << "create=2 steal=1 wakeup=1" << "DATA RACE=1 preempt G2=1" << "runqueue";
    QTest::newRow("gosched-throttle-quota-counter")
        << "cfs_throttle" << 1 << -1 << "Goroutines/G1=4 Goroutines/G2=2 Ms/M0=3 Ps/P0=3"
        << "create=1" << "CFS throttled=1 CFS unthrottled=1" << "cfs quota used (us),runqueue";
}

static QString mapText(const QMap<QString, int> &m)
{
    QStringList l;
    for (auto it = m.begin(); it != m.end(); ++it) l << it.key() + "=" + QString::number(it.value());
    return l.join(' ');
}

void TestExportChromeTrace::exportIsValid()
{
    QFETCH(QString, trace);
    QFETCH(int, procs);
    QFETCH(int, raceEvent);
    QFETCH(QString, slices);
    QFETCH(QString, flows);
    QFETCH(QString, instants);
    QFETCH(QString, counters);

    gsl::trace::Trace t = loadTrace(trace, procs);
    QVERIFY(t.size() > 0);
    ExportContext ctx;
    ctx.title = "test";
    if (raceEvent >= 0) ctx.races.push_back(RaceMark{size_t(raceEvent), size_t(raceEvent), "race on counter"});
    const std::string json = toChromeTraceJson(t, ctx);

    ChromeTraceCheck check = checkChromeTrace(json);
    QVERIFY2(check.ok(), check.problems.empty() ? "" : check.problems.front().c_str());

    ChromeSummary s = summarize(json);
    QCOMPARE(mapText(s.slicesPerTrack), slices);
    QCOMPARE(mapText(s.flowsPerCat), flows);
    QCOMPARE(mapText(s.instants), instants);
    QCOMPARE(s.counters.join(','), counters);
    QCOMPARE(int(check.stats.flows), s.flowsPerCat.isEmpty() ? 0 : [&] { int n = 0; for (int v : s.flowsPerCat) n += v; return n; }());
}

void TestExportChromeTrace::timestampsAreMicrosWithThreeDecimals()
{
    gsl::trace::Trace t = loadTrace("two_p_race", 2);
    const std::string json = toChromeTraceJson(t, {});
    // G2 is preempted at 9000 ns = 9 µs; its P1 slice starts at 3 µs and lasts 6 µs.
    QVERIFY(json.find("\"name\":\"preempt G2\",\"pid\":1,\"tid\":1,\"ts\":9.000") != std::string::npos);
    QVERIFY(json.find("\"name\":\"G2\",\"pid\":1,\"tid\":1,\"ts\":3.000,\"dur\":6.000") != std::string::npos);
    QVERIFY(json.find("\"displayTimeUnit\":\"ns\"") != std::string::npos);
}

void TestExportChromeTrace::deterministic()
{
    gsl::trace::Trace t = loadTrace("two_p_race", 2);
    QCOMPARE(toChromeTraceJson(t, {}), toChromeTraceJson(loadTrace("two_p_race", 2), {}));
}

void TestExportChromeTrace::validatorRejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("problem");
    const QString m = R"({"ph":"M","name":"thread_name","pid":1,"tid":0,"args":{"name":"P0"}})";
    QTest::newRow("not-json") << "{\"traceEvents\": [" << "invalid JSON";
    QTest::newRow("no-trace-events") << "{\"events\": []}" << "no \"traceEvents\"";
    QTest::newRow("bad-time-unit") << "{\"traceEvents\": [], \"displayTimeUnit\": \"s\"}" << "displayTimeUnit";
    QTest::newRow("complete-without-dur")
        << "[{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":1}]" << "needs a number \"dur\"";
    QTest::newRow("partial-overlap")
        << "[{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":1,\"dur\":5},"
           "{\"ph\":\"X\",\"name\":\"b\",\"pid\":1,\"tid\":0,\"ts\":3,\"dur\":5}]"
        << "partially overlaps";
    QTest::newRow("nested-is-fine-but-time-goes-back")
        << "[{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":3,\"dur\":1},"
           "{\"ph\":\"X\",\"name\":\"b\",\"pid\":1,\"tid\":0,\"ts\":1,\"dur\":5}]"
        << "goes backwards";
    QTest::newRow("flow-start-without-end")
        << "[{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":1,\"dur\":5},"
           "{\"ph\":\"s\",\"name\":\"w\",\"cat\":\"c\",\"id\":1,\"pid\":1,\"tid\":0,\"ts\":2}]"
        << "flow start without an end";
    QTest::newRow("flow-end-unbound")
        << "[{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":1,\"dur\":5},"
           "{\"ph\":\"s\",\"name\":\"w\",\"cat\":\"c\",\"id\":1,\"pid\":1,\"tid\":0,\"ts\":2},"
           "{\"ph\":\"f\",\"bp\":\"e\",\"name\":\"w\",\"cat\":\"c\",\"id\":1,\"pid\":1,\"tid\":1,\"ts\":3}]"
        << "no slice to bind to";
    QTest::newRow("flow-backwards")
        << "[{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":1,\"dur\":5},"
           "{\"ph\":\"X\",\"name\":\"b\",\"pid\":1,\"tid\":1,\"ts\":0,\"dur\":9},"
           "{\"ph\":\"s\",\"name\":\"w\",\"cat\":\"c\",\"id\":1,\"pid\":1,\"tid\":0,\"ts\":4},"
           "{\"ph\":\"f\",\"bp\":\"e\",\"name\":\"w\",\"cat\":\"c\",\"id\":1,\"pid\":1,\"tid\":1,\"ts\":2}]"
        << "flow goes back in time";
    QTest::newRow("instant-bad-scope")
        << "[{\"ph\":\"i\",\"s\":\"x\",\"name\":\"a\",\"pid\":1,\"tid\":0,\"ts\":1}]" << "scope";
    QTest::newRow("counter-string-value")
        << "[{\"ph\":\"C\",\"name\":\"q\",\"pid\":1,\"ts\":1,\"args\":{\"P0\":\"x\"}}]" << "must be numbers";
    QTest::newRow("end-without-begin") << "[{\"ph\":\"E\",\"pid\":1,\"tid\":0,\"ts\":1}]" << "without a matching";
    QTest::newRow("thread-name-without-name")
        << "[{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":0,\"args\":{}}]" << "needs a string args.name";
    QTest::newRow("valid-metadata-only") << "[" + m + "]" << "";
}

void TestExportChromeTrace::validatorRejects()
{
    QFETCH(QString, json);
    QFETCH(QString, problem);
    ChromeTraceCheck c = checkChromeTrace(json.toStdString());
    if (problem.isEmpty()) {
        QVERIFY2(c.ok(), c.problems.empty() ? "" : c.problems.front().c_str());
        return;
    }
    QVERIFY(!c.ok());
    QVERIFY2(QString::fromStdString(c.problems.front()).contains(problem), c.problems.front().c_str());
}

QTEST_APPLESS_MAIN(TestExportChromeTrace)
#include "tst_export_chrome_trace.moc"
