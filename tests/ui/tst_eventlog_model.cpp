// ui.eventlog_model — the event log model and its filter, tested with
// QAbstractItemModelTester, and the narration sentence of each kind of move.
#include "ui/demo/demotrace.h"
#include "ui/eventlog/eventlogmodel.h"
#include "ui/eventlog/narration.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;
using trace::EvKind;

class TestEventLogModel : public QObject
{
    Q_OBJECT
private:
    // Index of the first event of kind k (and goroutine g when g != 0).
    static size_t find(const trace::Trace &t, EvKind k, int32_t g = 0, size_t from = 0)
    {
        for (size_t i = from; i < t.size(); ++i)
            if (t[i].kind == k && (g == 0 || t[i].g == g)) return i;
        return size_t(-1);
    }

private Q_SLOTS:
    void modelTester()
    {
        EventLogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        auto t = makeDemoTrace();
        m.setTrace(t);
        QCOMPARE(m.rowCount(), int(t->size()));
        QCOMPARE(m.columnCount(), int(EventLogModel::ColumnCount));
        m.setCurrent(3);
        QVERIFY(m.data(m.index(3, 0), Qt::FontRole).value<QFont>().bold());
        m.setTrace(nullptr);
        QCOMPARE(m.rowCount(), 0);
    }

    void lazyOnLargeTrace()
    {
        // A million rows open at once: nothing is computed per row up front.
        EventLogModel m;
        auto t = makeLargeTrace(1'000'000);
        QElapsedTimer clock;
        clock.start();
        m.setTrace(t);
        QCOMPARE(m.rowCount(), int(t->size()));
        QVERIFY(m.data(m.index(999'999, EventLogModel::NarrationCol)).toString().size() > 5);
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    }

    void filterTester()
    {
        EventLogModel m;
        EventFilterModel f;
        f.setSourceModel(&m);
        QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto t = makeDemoTrace();
        m.setTrace(t);
        f.setGoroutine(4);
        QVERIFY(f.rowCount() > 0);
        for (int r = 0; r < f.rowCount(); ++r) {
            const size_t i = f.index(r, 0).data(EventLogModel::EventIndexRole).toULongLong();
            const auto &e = (*t)[i];
            // G4's own events, and the event that kicked G4 to the tail
            // (RunqPut of G5 with a = 4) or that G4 created.
            QVERIFY(e.g == 4 || e.a == 4);
        }
        f.setGoroutine(0);
        f.setProc(1);
        for (int r = 0; r < f.rowCount(); ++r) {
            const size_t i = f.index(r, 0).data(EventLogModel::EventIndexRole).toULongLong();
            QVERIFY((*t)[i].p == 1 || ((*t)[i].kind == EvKind::ProcSteal && (*t)[i].b == 1));
        }
        f.setProc(-1);
        f.setKinds({EvKind::ProcSteal});
        QCOMPARE(f.rowCount(), 1);
        f.setKinds({});
        f.setText(QStringLiteral("kicked"));
        QCOMPARE(f.rowCount(), 3); // G3, G4 and G5 each kicked the previous one
        f.setText({});
        QCOMPARE(f.rowCount(), int(t->size()));
    }

    void narration_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("goid");
        QTest::addColumn<bool>("withState");
        QTest::addColumn<QString>("expected");
        QTest::newRow("runnext-kicks-old-to-tail") << int(EvKind::RunqPut) << 5 << false
            << QStringLiteral("G5 was placed in P0.runnext; G4 was kicked to the tail of P0's local run queue");
        QTest::newRow("first-into-empty-runnext") << int(EvKind::RunqPut) << 2 << false
            << QStringLiteral("G2 was placed in P0.runnext");
        QTest::newRow("steal-half-with-count") << int(EvKind::ProcSteal) << 3 << true
            << QStringLiteral("P1 found nothing locally, stole 2 of 3 goroutines from P0 (half its queue); G3 runs first");
        QTest::newRow("steal-half-without-state") << int(EvKind::ProcSteal) << 3 << false
            << QStringLiteral("P1 found nothing locally, stole 2 goroutines from P0 (half its queue); G3 runs first");
        QTest::newRow("preempt-to-global") << int(EvKind::GlobRunqPut) << 3 << false
            << QStringLiteral("G3 went to the tail of the global run queue because it was preempted");
        QTest::newRow("park-with-reason") << int(EvKind::GoPark) << 1 << false
            << QStringLiteral("G1 blocked [semacquire] (line 21); its P looks for other work");
        QTest::newRow("wake-by-goready") << int(EvKind::GoUnpark) << 1 << false
            << QStringLiteral("G3 woke G1 (goready): runnable again");
        QTest::newRow("created-by") << int(EvKind::GoCreate) << 4 << false
            << QStringLiteral("G4 was created by G1 (line 16) and is runnable");
        QTest::newRow("global-take") << int(EvKind::GlobRunqGet) << 3 << false
            << QStringLiteral("P0 took G3 from the global run queue");
    }

    void narration()
    {
        QFETCH(int, kind);
        QFETCH(int, goid);
        QFETCH(bool, withState);
        QFETCH(QString, expected);
        auto t = makeDemoTrace();
        const size_t i = find(*t, EvKind(kind), goid);
        QVERIFY(i != size_t(-1));
        const trace::SchedState before = trace::stateAt(*t, i);
        QCOMPARE(narrate((*t)[i], *t, withState ? &before : nullptr), expected);
    }

    void everyKindHasASentence()
    {
        trace::Trace t;
        for (int k = 0; k < int(EvKind::Count_); ++k) {
            trace::TraceEvent e;
            e.kind = EvKind(k);
            e.g = 1;
            QVERIFY2(!narrate(e, t).isEmpty(), trace::eventKindName(e.kind).data());
        }
    }

    void formatsTime()
    {
        QCOMPARE(formatTime(850), QStringLiteral("850 ns"));
        QCOMPARE(formatTime(1'234'567), QStringLiteral("1234.567 µs"));
        QCOMPARE(formatTime(12'345'678), QStringLiteral("12.346 ms"));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlog_model.moc"
