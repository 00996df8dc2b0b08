// tst_trace_machine_profile.cpp — the machine profile: the bundled file
// equals defaultProfile(), the text format round-trips, and errors name the
// line (and column for a bad value).
#include "sim/engine/machine_profile.h"

#include <QFile>

#include <algorithm>
#include <utility>
#include <QTemporaryDir>
#include <QTest>

class TestTraceMachineProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledFileIsDefault();
    void defaultsAreSane();
    void textRoundTrip();
    void units_data();
    void units();
    void errors_data();
    void errors();
    void saveAndLoad();
    void unreadableFile();
    void quantilesRoundTrip();
    void quantilesOnlySetTheScalar();
    void oldFormatIsConstant();
    void quantileErrors_data();
    void quantileErrors();
};

void TestTraceMachineProfile::bundledFileIsDefault()
{
    gsl::MachineProfileLoad r = gsl::loadMachineProfile(GSL_SOURCE_DIR "/resources/machines/default.profile");
    QVERIFY2(r.ok, r.error.c_str());
    // Every field is set in the file (not left to the default): a profile
    // parsed from the file over a zeroed base would equal too.
    QFile f(GSL_SOURCE_DIR "/resources/machines/default.profile");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char *key : {"name", "cpus", "stepCost", "callCost", "sharedAccessCost", "contendedAccessCost",
                            "goCreateCost", "chanOpCost", "lockCost", "atomicCost", "findRunnableCost", "timerCheckCost",
                            "goCreateFirstCost", "goCreateNewCost", "wakeupLatency", "threadCreateCost", "stealBackoff", "timerLatency", "printCost",
                            "osTimeSlice", "jitter"})
        QVERIFY2(text.contains(QString("\n%1 = ").arg(key)), key);
    QVERIFY(r.profile == gsl::defaultProfile());
}

void TestTraceMachineProfile::defaultsAreSane()
{
    gsl::MachineProfile p = gsl::defaultProfile();
    // Orders of magnitude the model relies on (machine_profile.cpp says why).
    QVERIFY(p.stepCostPs >= 1 && p.stepCostPs < p.callCostPs);
    QVERIFY(p.sharedAccessCostPs < p.contendedAccessCostPs);
    QVERIFY(p.stepCostPs + p.sharedAccessCostPs >= 0);   // a memory step costs at least nothing
    QVERIFY(p.lockCost < p.chanOpCost && p.chanOpCost < p.goCreateCost);
    // The measured wake-up includes the run-queue wait of a loaded VM (the
    // file's caveat): at least a futex wake (1 us), at most a few CFS slices.
    QVERIFY(p.wakeupLatency >= gsl::kMicrosecond && p.wakeupLatency <= 20 * gsl::kMillisecond);
    QVERIFY(p.stealBackoff > 3 * gsl::kMicrosecond); // usleep(3) really sleeps the timer slack
    QVERIFY(p.osTimeSlice >= gsl::kMillisecond);
    QVERIFY(p.jitter > 0 && p.jitter < 0.2);
    // A go statement that must allocate a new G (fresh process) costs more
    // than one that reuses a dead G.
    QVERIFY(p.goCreateFirstCost > p.goCreateCost);
    // Every latency distribution the default gives is ordered and centred on
    // its scalar (measured ones: docs/machine-profiles.md).
    for (auto [d, s] : {std::pair{&p.wakeupLatencyQuantiles, p.wakeupLatency}, {&p.threadCreateCostQuantiles, p.threadCreateCost},
                        {&p.stealBackoffQuantiles, p.stealBackoff}, {&p.timerLatencyQuantiles, p.timerLatency},
                        {&p.goCreateFirstCostQuantiles, p.goCreateFirstCost},
                        {&p.goCreateNewCostQuantiles, p.goCreateNewCost}}) {
        if (!d->set) continue;
        QVERIFY(std::is_sorted(d->q.begin(), d->q.end()));
        QCOMPARE(d->median(), s);
    }
}

void TestTraceMachineProfile::textRoundTrip()
{
    gsl::MachineProfile p = gsl::defaultProfile();
    p.name = "odd box";
    p.cpus = 64;
    p.stealBackoff = 3001;
    p.stealBackoffQuantiles = {}; // a constant now (set, the distribution would win)
    p.jitter = 0.125;
    p.sharedAccessCostPs = -7;    // written "-0.007"
    QVERIFY(gsl::machineProfileText(p).find("\nsharedAccessCost = -0.007  #") != std::string::npos);
    gsl::MachineProfileLoad r = gsl::parseMachineProfile(gsl::machineProfileText(p));
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.profile == p);
    gsl::MachineProfileLoad d = gsl::parseMachineProfile(gsl::machineProfileText(gsl::defaultProfile()));
    QVERIFY(d.ok && d.profile == gsl::defaultProfile());
}

void TestTraceMachineProfile::units_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("ns");
    QTest::newRow("bare-is-ns") << "250" << qint64(250);
    QTest::newRow("ns") << "250ns" << qint64(250);
    QTest::newRow("us") << "20us" << qint64(20000);
    QTest::newRow("micro-sign") << QString::fromUtf8("20\xC2\xB5s") << qint64(20000);
    QTest::newRow("ms") << "3ms" << qint64(3000000);
    QTest::newRow("s") << "1s" << qint64(1000000000);
}

void TestTraceMachineProfile::units()
{
    QFETCH(QString, value);
    QFETCH(qint64, ns);
    gsl::MachineProfileLoad r = gsl::parseMachineProfile(("wakeupLatency = " + value + "  # c\n").toStdString());
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(qint64(r.profile.wakeupLatency), ns);
}

void TestTraceMachineProfile::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown-key") << "# c\nstepCost = 1\nfoo = 2\n" << "3: unknown key 'foo'";
    QTest::newRow("bad-number-has-column") << "stepCost = 1\ncallCost = x1\n" << "2:12: bad number 'x1'";
    QTest::newRow("bad-unit") << "lockCost = 20 parsecs\n" << "1:12: bad number '20 parsecs'";
    QTest::newRow("negative") << "lockCost = -5\n" << "1:12: bad number '-5'";
    // 455,555,555,555,555,555 us does not fit in int64 ns (fuzz_readers found it wrapping negative).
    QTest::newRow("overflow") << "printCost = 455555555555555555us\n" << "1:13: bad number '455555555555555555us'";
    QTest::newRow("jitter-out-of-range") << "jitter = 1.5\n" << "1:10: bad number '1.5' (a fraction in [0, 1))";
    QTest::newRow("cpus-zero") << "  cpus   =   0\n" << "1:14: bad number '0'";
    QTest::newRow("missing-equals") << "\n\nstepCost 1\n" << "3: expected 'key = value'";
}

void TestTraceMachineProfile::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    gsl::MachineProfileLoad r = gsl::parseMachineProfile(text.toStdString());
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error), error);
}

void TestTraceMachineProfile::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::string path = (dir.path() + "/m.profile").toStdString();
    gsl::MachineProfile p = gsl::defaultProfile();
    p.threadCreateCost = 12345;
    p.threadCreateCostQuantiles = {};
    std::string err;
    QVERIFY2(gsl::saveMachineProfile(p, path, &err), err.c_str());
    gsl::MachineProfileLoad r = gsl::loadMachineProfile(path);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.profile == p);
}

void TestTraceMachineProfile::unreadableFile()
{
    gsl::MachineProfileLoad r = gsl::loadMachineProfile("/nonexistent/x.profile");
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error), QString("/nonexistent/x.profile: cannot open"));
    std::string err;
    QVERIFY(!gsl::saveMachineProfile(gsl::defaultProfile(), "/nonexistent/dir/x.profile", &err));
    QCOMPARE(QString::fromStdString(err), QString("/nonexistent/dir/x.profile: cannot write"));
}

void TestTraceMachineProfile::quantilesRoundTrip()
{
    gsl::MachineProfile p = gsl::defaultProfile();
    p.wakeupLatencyQuantiles = {true, {1000, 2000, 3000, 4000, 5000000}};
    p.wakeupLatency = 3000;
    p.timerLatencyQuantiles = {true, {7, 7, 7, 7, 7}};
    p.timerLatency = 7;
    p.threadCreateCostQuantiles = {};
    p.threadCreateCost = 44444;
    const std::string text = gsl::machineProfileText(p, {{"wakeupLatency", "measured somehow\nsecond line"}});
    QVERIFY(text.find("# measured somehow\n# second line\nwakeupLatency = 3000") != std::string::npos);
    QVERIFY(text.find("\nwakeupLatencyQuantiles = 1000 2000 3000 4000 5000000  #") != std::string::npos);
    QVERIFY(text.find("threadCreateCostQuantiles") == std::string::npos);
    gsl::MachineProfileLoad r = gsl::parseMachineProfile(text);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.profile == p);
}

void TestTraceMachineProfile::quantilesOnlySetTheScalar()
{
    gsl::MachineProfileLoad r = gsl::parseMachineProfile("stealBackoffQuantiles = 50us 60us 70us 80us 1ms\n");
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.profile.stealBackoff, 70 * gsl::kMicrosecond);
    QVERIFY(r.profile.stealBackoffQuantiles.set);
    QCOMPARE(r.profile.stealBackoffQuantiles.q[4], gsl::kMillisecond);
    // Both given and agreeing is fine, in either order.
    r = gsl::parseMachineProfile("stealBackoffQuantiles = 1 2 3 4 5\nstealBackoff = 3\n");
    QVERIFY2(r.ok, r.error.c_str());
}

void TestTraceMachineProfile::oldFormatIsConstant()
{
    // A profile written before distributions existed: the scalar alone gives a
    // constant latency even though the bundled default has a distribution.
    gsl::MachineProfileLoad r = gsl::parseMachineProfile("wakeupLatency = 20us\ntimerLatency = 50us\n");
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.profile.wakeupLatency, 20 * gsl::kMicrosecond);
    QVERIFY(!r.profile.wakeupLatencyQuantiles.set);
    QVERIFY(!r.profile.timerLatencyQuantiles.set);
    // Keys not given keep the default, distributions included.
    QCOMPARE(r.profile.stealBackoffQuantiles, gsl::defaultProfile().stealBackoffQuantiles);
}

void TestTraceMachineProfile::quantileErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString what = " (five durations p1 p10 p50 p90 p99, non-decreasing)";
    QTest::newRow("four") << "wakeupLatencyQuantiles = 1 2 3 4\n" << "1:26: bad quantiles '1 2 3 4'" + what;
    QTest::newRow("six") << "wakeupLatencyQuantiles = 1 2 3 4 5 6\n" << "1:26: bad quantiles '1 2 3 4 5 6'" + what;
    QTest::newRow("decreasing") << "timerLatencyQuantiles = 1 2 3 2 5\n" << "1:25: bad quantiles '1 2 3 2 5'" + what;
    QTest::newRow("bad-unit") << "timerLatencyQuantiles = 1 2 3 4 5h\n" << "1:25: bad quantiles '1 2 3 4 5h'" + what;
    QTest::newRow("unknown") << "stepCostQuantiles = 1 2 3 4 5\n" << "1: unknown key 'stepCostQuantiles'";
    QTest::newRow("shared-below-step") << "stepCost = 0.05\nsharedAccessCost = -0.051\n"
                                       << "2: sharedAccessCost below -stepCost (a memory step would cost less than nothing)";
    QTest::newRow("step-below-shared") << "sharedAccessCost = -0.04\nstepCost = 0.03\n"
                                       << "2: sharedAccessCost below -stepCost (a memory step would cost less than nothing)";
    QTest::newRow("negative-step") << "stepCost = -0.05\n" << "1:12: bad number '-0.05'";
    const QString table = "' (goCreateTable.2 to goCreateTable.40)";
    QTest::newRow("table-index-1") << "goCreateTable.1 = 1 2 3 4 5\n" << "1: unknown key 'goCreateTable.1" + table;
    QTest::newRow("table-index-41") << "goCreateTable.41 = 1 2 3 4 5\n" << "1: unknown key 'goCreateTable.41" + table;
    QTest::newRow("table-index-text") << "goCreateTable.x = 1 2 3 4 5\n" << "1: unknown key 'goCreateTable.x" + table;
    QTest::newRow("table-four") << "\ngoCreateTable.7 = 1 2 3 4\n" << "2:19: bad quantiles '1 2 3 4'" + what;
    QTest::newRow("p50-mismatch") << "wakeupLatency = 20us\nwakeupLatencyQuantiles = 1us 2us 3us 4us 5us\n"
                                  << "1: wakeupLatency differs from the p50 of wakeupLatencyQuantiles";
}

void TestTraceMachineProfile::quantileErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    gsl::MachineProfileLoad r = gsl::parseMachineProfile(text.toStdString());
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error), error);
}

QTEST_GUILESS_MAIN(TestTraceMachineProfile)
#include "tst_trace_machine_profile.moc"
