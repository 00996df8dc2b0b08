// tst_trace_machine_profile.cpp — the machine profile: the bundled file
// equals defaultProfile(), the text format round-trips, and errors name the
// line (and column for a bad value).
#include "sim/engine/machine_profile.h"

#include <QFile>
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
                            "goCreateCost", "chanOpCost", "lockCost", "atomicCost", "findRunnableCost",
                            "wakeupLatency", "threadCreateCost", "stealBackoff", "timerLatency", "printCost",
                            "osTimeSlice", "jitter"})
        QVERIFY2(text.contains(QString("\n%1 = ").arg(key)), key);
    QVERIFY(r.profile == gsl::defaultProfile());
}

void TestTraceMachineProfile::defaultsAreSane()
{
    gsl::MachineProfile p = gsl::defaultProfile();
    // Orders of magnitude the model relies on (machine_profile.cpp says why).
    QVERIFY(p.stepCost >= 1 && p.stepCost < p.callCost);
    QVERIFY(p.sharedAccessCost < p.contendedAccessCost);
    QVERIFY(p.lockCost < p.chanOpCost && p.chanOpCost < p.goCreateCost);
    QVERIFY(p.wakeupLatency >= 5 * gsl::kMicrosecond && p.wakeupLatency <= 50 * gsl::kMicrosecond);
    QVERIFY(p.stealBackoff > 3 * gsl::kMicrosecond); // usleep(3) really sleeps the timer slack
    QVERIFY(p.osTimeSlice >= gsl::kMillisecond);
    QVERIFY(p.jitter > 0 && p.jitter < 0.1);
}

void TestTraceMachineProfile::textRoundTrip()
{
    gsl::MachineProfile p = gsl::defaultProfile();
    p.name = "odd box";
    p.cpus = 64;
    p.stealBackoff = 3001;
    p.jitter = 0.125;
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

QTEST_GUILESS_MAIN(TestTraceMachineProfile)
#include "tst_trace_machine_profile.moc"
