// tst_explore_schedule.cpp — schedule strings, PCT points, preemption bounding.
#include "sim/explore/schedule.h"

#include <QtTest>

using namespace gsl::explore;

class TestSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void pct();
    void bounded();
};

void TestSchedule::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("choices");
    QTest::newRow("free-schedule-is-empty") << "" << 0;
    QTest::newRow("one-preemption") << "12p" << 1;
    QTest::newRow("preempt-and-pick") << "12p,40g5,41p" << 3;
}

void TestSchedule::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, choices);
    const auto s = parseSchedule(text.toStdString());
    QVERIFY(s);
    QCOMPARE(int(s->size()), choices);
    QCOMPARE(QString::fromStdString(formatSchedule(*s)), text);
}

void TestSchedule::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("points-must-increase") << "5p,5p" << "schedule: points must increase";
    QTest::newRow("missing-kind") << "7" << "schedule: missing 'p' or 'g<goid>' after point 7";
    QTest::newRow("bad-goid") << "7g" << "schedule: expected a goroutine id after 'g'";
    QTest::newRow("trailing-comma") << "7p," << "schedule: trailing ','";
    QTest::newRow("garbage") << "x" << "schedule: expected a point number at offset 0";
}

void TestSchedule::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    std::string err;
    QVERIFY(!parseSchedule(text.toStdString(), &err));
    QCOMPARE(QString::fromStdString(err), message);
}

void TestSchedule::pct()
{
    const auto a = pctSchedule(7, 3, 1000);
    QCOMPARE(a.size(), size_t(2));
    QVERIFY(a[0].point < a[1].point && a[1].point < 1000);
    QCOMPARE(pctSchedule(7, 3, 1000), a);           // deterministic in the seed
    QVERIFY(pctSchedule(8, 3, 1000) != a);
    QVERIFY(pctSchedule(7, 1, 1000).empty());       // depth 1: no change point
    QCOMPARE(pctSchedule(7, 5, 2).size(), size_t(2));   // never more points than exist
}

void TestSchedule::bounded()
{
    const auto s = preemptionSets(4, 2, 100);
    QCOMPARE(s.size(), size_t(1 + 4 + 6));   // C(4,0) + C(4,1) + C(4,2)
    QVERIFY(s[0].empty());
    QCOMPARE(formatSchedule(s[1]), std::string("0p"));
    QCOMPARE(formatSchedule(s.back()), std::string("2p,3p"));
    QCOMPARE(preemptionSets(100, 3, 10).size(), size_t(10));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_explore_schedule.moc"
