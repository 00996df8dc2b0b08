// ui.source_view — the source view while a run plays: every live goroutine
// has a badge in its colour at its current line, the step within the line
// is written after the code ("G3 between the load and the store of
// counter"), and the markers move when the user steps with the keyboard.
#include "ui/controller/playback.h"
#include "ui/demo/demotrace.h"
#include "ui/mainwindow.h"
#include "ui/schedview/schedlayout.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/source/goroutinesteps.h"
#include "ui/source/sourcepanel.h"
#include "ui/source/sourceview.h"

#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
// index of the n-th (0-based) event of kind k by goroutine g, or t.size().
size_t find(const trace::Trace &t, trace::EvKind k, int32_t g, int n = 0)
{
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i].kind == k && t[i].g == g && n-- == 0) return i;
    return t.size();
}
const GoroutineAt *of(const QVector<GoroutineAt> &v, int32_t g)
{
    for (const GoroutineAt &a : v)
        if (a.goid == g) return &a;
    return nullptr;
}
bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 && std::abs(a.blue() - b.blue()) < 12;
}
} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_source_view"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void stepsWithinTheLine()
    {
        auto t = makeDemoTrace();
        // Just after G3 loaded counter on line 18; its store comes later.
        const size_t load = find(*t, trace::EvKind::MemRead, 3);
        QVERIFY(load < t->size());
        auto at = goroutinesAt(*t, trace::stateAt(*t, load + 1), load + 1);
        const GoroutineAt *g3 = of(at, 3);
        QVERIFY(g3);
        QCOMPARE(g3->line, 18);
        QCOMPARE(g3->status, trace::GStatus::Running);
        QCOMPARE(g3->proc, 1);
        QVERIFY(g3->betweenLoadAndStore);
        QCOMPARE(g3->step, QStringLiteral("between the load and the store of counter"));
        // G1 is alive and not on line 18; dead and not-yet-created goroutines are absent.
        QVERIFY(of(at, 1));
        QCOMPARE(of(at, 1)->line, 15);
        // After G3's store: the step is the store, not "between".
        const size_t store = find(*t, trace::EvKind::MemWrite, 3);
        at = goroutinesAt(*t, trace::stateAt(*t, store + 1), store + 1);
        QVERIFY(!of(at, 3)->betweenLoadAndStore);
        QCOMPARE(of(at, 3)->step, QStringLiteral("stored counter"));
        // Once G5 has ended it has no marker.
        const size_t end5 = find(*t, trace::EvKind::GoEnd, 5);
        QVERIFY(of(goroutinesAt(*t, trace::stateAt(*t, end5), end5), 5));
        QVERIFY(!of(goroutinesAt(*t, trace::stateAt(*t, end5 + 1), end5 + 1), 5));
        // A blocked goroutine: G1 parked in wg.Wait on line 21.
        const size_t park = find(*t, trace::EvKind::GoPark, 1);
        at = goroutinesAt(*t, trace::stateAt(*t, park + 1), park + 1);
        QCOMPARE(of(at, 1)->line, 21);
        QCOMPARE(of(at, 1)->status, trace::GStatus::Waiting);
        QVERIFY(goroutineStatusText(*of(at, 1)).startsWith(QStringLiteral("blocked: ")));
        // With no look-back nothing is known of the step, only the line.
        at = goroutinesAt(*t, trace::stateAt(*t, load + 1), load + 1, 0);
        QVERIFY(of(at, 3)->step.isEmpty());
        QCOMPARE(of(at, 3)->line, 18);
    }

    void badgesFollowThePlaybackCursor()
    {
        auto t = makeDemoTrace();
        PlaybackController pc;
        pc.setTrace(t);
        SourceView v;
        v.resize(700, 480);
        v.setSource(QString::fromUtf8(demoSource()));
        v.follow(&pc);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        const size_t load = find(*t, trace::EvKind::MemRead, 3);
        pc.seek(load + 1);
        QCOMPARE(v.lineOf(3), 18);
        QVERIFY(v.annotation(18).contains(QStringLiteral("G3 between the load and the store of counter · running on P1")));
        QRect r = v.badgeRect(3);
        QVERIFY(!r.isEmpty());
        // The badge is filled with G3's colour (the scheduler view's and timeline's).
        QImage img = v.gutter()->grab().toImage();
        const qreal dpr = img.devicePixelRatio();
        QVERIFY(near(img.pixelColor(int((r.left() + 4) * dpr), int((r.top() + 3) * dpr)), goroutineColor(3)));
        // Step back before the load: G3's marker leaves the step; back to the park: G1 moves to line 21.
        pc.seek(find(*t, trace::EvKind::GoPark, 1) + 1);
        QCOMPARE(v.lineOf(1), 21);
        QVERIFY(v.annotation(21).startsWith(QStringLiteral("G1 · blocked: ")));
        // Clicking a badge names the goroutine.
        QSignalSpy clicked(&v, &SourceView::goroutineClicked);
        r = v.badgeRect(1);
        QVERIFY(!r.isEmpty());
        QTest::mouseClick(v.gutter(), Qt::LeftButton, {}, r.center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).value<int32_t>(), 1);
        // At the end every goroutine is dead: no markers.
        pc.toEnd();
        QVERIFY(v.goroutines().isEmpty());
        QVERIFY(v.badgeRect(1).isEmpty());
    }

    void inTheMainWindowWithKeys()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        RunOutput out;
        auto t = makeDemoTrace();
        out.trace = t;
        out.timeline = std::make_shared<TimelineData>(TimelineData::build(*t));
        out.demo = true;
        out.gomaxprocs = 2;
        out.info = parseScenarioInfo(QString::fromUtf8(demoSource()));
        w.showRun(out);
        SourceView *v = w.sourceView();
        QVERIFY(v);
        QCOMPARE(v->toPlainText(), QString::fromUtf8(demoSource()));
        // Stand just before G5's load, then step with the keyboard like a user.
        const size_t load5 = find(*t, trace::EvKind::MemRead, 5);
        w.playback()->seek(load5);
        QCOMPARE(v->lineOf(5), 16); // created at the go statement, not yet in the loop body
        w.schedView()->setFocus();
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.playback()->position(), load5 + 1);
        QCOMPARE(v->lineOf(5), 18);
        QVERIFY(v->annotation(18).contains(QStringLiteral("G5 between the load and the store of counter")));
        QTest::keyClick(&w, Qt::Key_Right);
        QVERIFY(v->annotation(18).contains(QStringLiteral("G5 stored counter")));
        QTest::keyClick(&w, Qt::Key_Left);
        QVERIFY(v->annotation(18).contains(QStringLiteral("G5 between the load and the store of counter")));
        // The legend under the source says the same, one line per goroutine.
        auto *panel = w.findChild<SourcePanel *>();
        QVERIFY(panel);
        QVERIFY(panel->legendText().contains(QStringLiteral("<b>G5</b> line 18: between the load and the store of counter · running on P0")));
        // Screenshot of the source view dock, raised.
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("sourceViewDock"));
        QVERIFY(dock);
        dock->raise();
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
        QVERIFY(panel->grab().save(QStringLiteral(GSL_BINARY_DIR "/screenshots/source_view.png")));
        QVERIFY(w.grab().save(QStringLiteral(GSL_BINARY_DIR "/screenshots/mainwindow_source_view.png")));
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_source_view.moc"
