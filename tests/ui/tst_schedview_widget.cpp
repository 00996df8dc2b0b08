// ui.schedview_widget — the scheduler view's layout (where each goroutine
// token sits), its animation between two states, and a screenshot of a move
// in flight saved to ${GSL_BINARY_DIR}/screenshots/.
#include "ui/controller/playback.h"
#include "ui/demo/demotrace.h"
#include "ui/schedview/schedviewwidget.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;
using trace::EvKind;

namespace {
// after: the position just after the nth (0-based) event of kind k for g.
size_t after(const trace::Trace &t, EvKind k, int32_t g, int nth = 0)
{
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i].kind == k && t[i].g == g && nth-- == 0) return i + 1;
    return 0;
}
QString shotDir()
{
    const QString d = QStringLiteral(GSL_BINARY_DIR "/screenshots");
    QDir().mkpath(d);
    return d;
}
} // namespace

class TestSchedView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placesTokens_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("goid");
        QTest::addColumn<int>("watch");
        QTest::addColumn<int>("where");
        QTest::addColumn<int>("owner");
        QTest::addColumn<int>("nth");
        QTest::newRow("created-into-runnext") << int(EvKind::RunqPut) << 2 << 2 << int(TokenPlace::Runnext) << 0 << 0;
        QTest::newRow("runnext-kicks-old-to-tail") << int(EvKind::RunqPut) << 3 << 2 << int(TokenPlace::Runq) << 0 << 0;
        QTest::newRow("stolen-rest-to-thief-ring") << int(EvKind::ProcSteal) << 3 << 2 << int(TokenPlace::Runq) << 1 << 0;
        QTest::newRow("stolen-g-heads-to-thief-run-slot") << int(EvKind::ProcSteal) << 3 << 3 << int(TokenPlace::Running) << 1 << 0;
        QTest::newRow("preempted-to-global") << int(EvKind::GlobRunqPut) << 3 << 3 << int(TokenPlace::Global) << -1 << 0;
        QTest::newRow("parked-is-blocked") << int(EvKind::GoPark) << 1 << 1 << int(TokenPlace::Blocked) << -1 << 0;
        QTest::newRow("woken-between-events-in-limbo") << int(EvKind::GoUnpark) << 1 << 1 << int(TokenPlace::Limbo) << -1 << 0;
        QTest::newRow("woken-into-wakers-runnext") << int(EvKind::RunqPut) << 1 << 1 << int(TokenPlace::Runnext) << 0 << 1;
        QTest::newRow("running-on-p1") << int(EvKind::GoStart) << 3 << 3 << int(TokenPlace::Running) << 1 << 0;
    }

    void placesTokens()
    {
        QFETCH(int, kind);
        QFETCH(int, goid);
        QFETCH(int, watch);
        QFETCH(int, where);
        QFETCH(int, owner);
        QFETCH(int, nth);
        auto t = makeDemoTrace();
        const size_t pos = after(*t, EvKind(kind), goid, nth);
        QVERIFY(pos > 0);
        const trace::SchedState s = trace::stateAt(*t, pos);
        const SchedLayout l = computeLayout(s, QSizeF(1000, 600));
        const auto places = tokenPlaces(s, l);
        QVERIFY(places.contains(watch));
        QCOMPARE(int(places.value(watch).where), where);
        QCOMPARE(places.value(watch).owner, owner);
        // The token is drawn inside its lane.
        if (owner >= 0)
            QVERIFY(l.ps[owner].lane.contains(places.value(watch).center));
    }

    void overflowCollapsesPastVisibleSlots()
    {
        trace::SchedState s;
        s.gomaxprocs = 1;
        s.cpus = 1;
        s.ps.resize(1);
        s.ps[0].status = trace::PStatus::Running;
        s.gs.resize(41);
        for (int32_t g = 1; g <= 40; ++g) {
            s.gs[size_t(g)] = trace::GState{g, trace::GStatus::Runnable, 0, 0, -1, 0, 0};
            s.ps[0].runq.push_back(g);
        }
        const SchedLayout l = computeLayout(s, QSizeF(1000, 600));
        const auto places = tokenPlaces(s, l);
        QCOMPARE(places.value(16).center, l.ps[0].runq[15].center());
        QCOMPARE(places.value(17).center, l.ps[0].overflow.center());
        QCOMPARE(places.value(40).center, l.ps[0].overflow.center());
    }

    void manyCpusAndThreadsWrapInsideTheWidth()
    {
        // 256 CPUs and 300 threads: the rows wrap (the CPUs into at most 8
        // rows) instead of running off the right edge; the lanes start below
        // the CPUs and the threads stay inside the threads row.
        trace::SchedState s;
        s.gomaxprocs = 256;
        s.cpus = 256;
        s.ps.resize(256);
        s.ms.resize(300);
        const SchedLayout l = computeLayout(s, QSizeF(1200, 800));
        QCOMPARE(l.cpuBoxes.size(), 256);
        QCOMPARE(l.mBoxes.size(), 300);
        QSet<int> cpuRows;
        for (const QRectF &b : l.cpuBoxes) {
            QVERIFY2(b.right() <= 1200 - 8 && l.cpus.contains(b), qPrintable(QStringLiteral("%1,%2").arg(b.x()).arg(b.y())));
            QVERIFY(b.width() >= 26);
            cpuRows.insert(int(b.top()));
        }
        QVERIFY2(cpuRows.size() > 1 && cpuRows.size() <= 8, qPrintable(QString::number(cpuRows.size())));
        QVERIFY(l.ps.front().lane.top() > l.cpuBoxes.back().bottom());
        for (const QRectF &b : l.mBoxes)
            QVERIFY(b.right() <= 1200 - 8 && l.ms.contains(b));
        // The widget is tall enough for all of it (its scroll area scrolls).
        SchedViewWidget w;
        w.resize(1200, 800);
        w.setState(s);
        QVERIFY(w.minimumHeight() >= int(l.ms.bottom()));
    }

    void animatesBetweenStates()
    {
        auto t = makeDemoTrace();
        PlaybackController pc;
        pc.setTrace(t);
        SchedViewWidget w;
        w.resize(1000, 560);
        w.setAnimationDuration(200);
        QObject::connect(&pc, &PlaybackController::stepped, &w, &SchedViewWidget::animateStep);
        // Step to just before the steal, then animate the steal.
        const size_t steal = after(*t, EvKind::ProcSteal, 3) - 1;
        pc.seek(steal);
        w.setState(pc.state());
        pc.stepForward();
        QVERIFY(w.isAnimating());
        QCOMPARE(w.moveText(), QStringLiteral("P1 steals 2 from P0"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isAnimating(), 2000);
        QCOMPARE(w.progress(), 1.0);

        // Mid-flight screenshot: G2 is on its way from P0's ring to P1's.
        pc.seek(steal);
        w.setState(pc.state());
        pc.stepForward();
        w.setProgress(0.5);
        const QImage img = w.grab().toImage();
        QVERIFY(img.save(shotDir() + QStringLiteral("/schedview_mid_steal.png")));
        // Lanes are drawn: P0 is running (green-ish lane background), sampled
        // at the left of its lane, below the label.
        const SchedLayout l = computeLayout(pc.state(), w.size());
        const QColor lane = img.pixelColor(l.ps[0].lane.topLeft().toPoint() + QPoint(4, 40));
        QVERIFY2(lane.green() > lane.red() && lane.green() > lane.blue(), qPrintable(lane.name()));
        // The moving token is between its two places: not at either.
        const trace::SchedState before = trace::stateAt(*t, steal);
        const auto from = tokenPlaces(before, computeLayout(before, w.size())).value(2).center;
        const auto to = tokenPlaces(pc.state(), l).value(2).center;
        const QPointF mid = (from + to) / 2;
        QVERIFY(QLineF(from, to).length() > 20);
        // Below the "G2" text, inside the disc.
        const QColor atMid = img.pixelColor((mid + QPointF(0, l.slot / 2 - 4)).toPoint());
        QCOMPARE(atMid.rgb(), goroutineColor(2).rgb());
    }

    void clickOnTokenSelectsGoroutine()
    {
        auto t = makeDemoTrace();
        SchedViewWidget w;
        w.resize(1000, 560);
        const trace::SchedState s = trace::stateAt(*t, after(*t, EvKind::GoStart, 3));
        w.setState(s);
        const auto places = tokenPlaces(s, computeLayout(s, w.size()));
        QSignalSpy clicked(&w, &SchedViewWidget::goroutineClicked);
        QTest::mouseClick(&w, Qt::LeftButton, {}, places.value(3).center.toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 3);
        QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(clicked.count(), 1);
    }

    void throttledShadesCpus()
    {
        auto t = makeDemoTrace();
        SchedViewWidget w;
        w.resize(1000, 560);
        const trace::SchedState s = trace::stateAt(*t, after(*t, EvKind::Throttle, 0));
        QVERIFY(s.cfs.throttled);
        w.setState(s);
        const QImage img = w.grab().toImage();
        img.save(shotDir() + QStringLiteral("/schedview_throttled.png"));
        const SchedLayout l = computeLayout(s, w.size());
        // CFS throttles per CPU: the throttled CPU's box is shaded red, an
        // unthrottled one is not.
        QCOMPARE(int(s.cfs.throttledCpus.size()), 1);
        const int cpu = s.cfs.throttledCpus.front().first;
        const QRectF box = l.cpuBoxes.at(cpu);
        const QColor c = img.pixelColor((box.topLeft() + QPointF(box.width() * 0.15, box.height() * 0.8)).toPoint());
        QVERIFY2(c.red() > c.green() + 20, qPrintable(c.name()));
        if (l.cpuBoxes.size() > 1) {
            const QRectF other = l.cpuBoxes.at(cpu == 0 ? 1 : 0);
            const QColor o = img.pixelColor((other.topLeft() + QPointF(other.width() * 0.15, other.height() * 0.8)).toPoint());
            QVERIFY2(!(o.red() > o.green() + 20), qPrintable(o.name()));
        }
    }
};

QTEST_MAIN(TestSchedView)
#include "tst_schedview_widget.moc"
