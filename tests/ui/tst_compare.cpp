// ui.compare — compare mode: the first meaningful divergence of two traces
// (a pure function, checked on hand-built traces), the side-by-side widget
// (shared clock, shared cursor, the divergence marked on both timelines)
// and a real comparison of GOMAXPROCS=1 vs 4 through the engine.
#include "ui/compare/comparewidget.h"
#include "ui/compare/comparewindow.h"
#include "ui/compare/divergence.h"
#include "ui/demo/demotrace.h"
#include "ui/timeline/timelinewidget.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;
using trace::EvKind;

namespace {

struct Ev { EvKind k; int32_t g; int p; int32_t a; int32_t b; int32_t c; SimTime dt; };

// A tiny trace: ev(kind, g, p, a, b, c); times advance by dt (default 100).
std::shared_ptr<trace::Trace> make(std::initializer_list<Ev> evs)
{
    auto t = std::make_shared<trace::Trace>();
    const int32_t x = int32_t(t->intern("x"));
    const int32_t y = int32_t(t->intern("y"));
    SimTime now = 0;
    for (const Ev &e : evs) {
        trace::TraceEvent te;
        now += e.dt;
        te.time = now;
        te.kind = e.k;
        te.g = e.g;
        te.p = int16_t(e.p);
        te.m = e.p;
        te.a = e.a;
        // Memory events: b names the variable; the test passes 1 for x, 2 for y.
        te.b = (e.k == EvKind::MemRead || e.k == EvKind::MemWrite) ? (e.b == 1 ? x : y) : e.b;
        te.c = e.c;
        t->push(te);
    }
    return t;
}

QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}

// demo with G5's and G3's stores in the other order: a different interleaving.
std::shared_ptr<trace::Trace> swappedDemo(size_t *swapAt)
{
    auto a = makeDemoTrace();
    auto b = std::make_shared<trace::Trace>();
    b->setInitialState(a->initialState());
    for (size_t i = 1; i < a->stringCount(); ++i) b->intern(a->str(uint32_t(i)));
    std::vector<trace::TraceEvent> ev = a->events();
    size_t w5 = 0;
    for (size_t i = 0; i < ev.size(); ++i)
        if (ev[i].kind == EvKind::MemWrite && ev[i].g == 5) { w5 = i; break; }
    // ev[w5] is G5's store and ev[w5 + 1] G3's: swap who acts, keep the clock.
    std::swap(ev[w5], ev[w5 + 1]);
    std::swap(ev[w5].time, ev[w5 + 1].time);
    for (const auto &e : ev) b->push(e);
    trace::buildKeyframes(*b, 16);
    *swapAt = w5;
    return b;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_compare"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void identicalRunsAgree()
    {
        auto a = makeDemoTrace(), b = makeDemoTrace();
        for (auto m : {DivergenceMode::Program, DivergenceMode::Schedule, DivergenceMode::Exact}) {
            const Divergence d = firstDivergence(*a, *b, m);
            QVERIFY(!d.diverged);
            QCOMPARE(d.indexA, a->size());
            QVERIFY(d.matched > 0);
        }
        // Every event counts in Exact mode; Program mode leaves queue moves out.
        QCOMPARE(firstDivergence(*a, *b, DivergenceMode::Exact).matched, a->size());
        QVERIFY(firstDivergence(*a, *b, DivergenceMode::Program).matched < a->size());
    }

    void programModeIgnoresWhereAndWhen()
    {
        // Same goroutine steps; B runs them on P1 and later: not a divergence in Program mode.
        auto a = make({{EvKind::GoStart, 1, 0, 0, 0, 0, 100}, {EvKind::MemRead, 1, 0, 0, 1, 7, 100}, {EvKind::MemWrite, 1, 0, 0, 1, 7, 100}});
        auto b = make({{EvKind::ProcStart, 0, 1, 0, 0, 0, 50}, {EvKind::GoStart, 1, 1, 0, 0, 0, 300},
                       {EvKind::MemRead, 1, 1, 0, 1, 7, 100}, {EvKind::MemWrite, 1, 1, 0, 1, 7, 900}});
        Divergence d = firstDivergence(*a, *b, DivergenceMode::Program);
        QVERIFY(!d.diverged);
        QCOMPARE(d.matched, size_t(3));
        // The scheduler's view sees the extra ProcStart at once; Exact too.
        d = firstDivergence(*a, *b, DivergenceMode::Schedule);
        QVERIFY(d.diverged);
        QCOMPARE(d.indexA, size_t(0));
        QCOMPARE(d.indexB, size_t(0));
        QVERIFY(firstDivergence(*a, *b, DivergenceMode::Exact).diverged);
    }

    void programModeFindsTheInterleaving()
    {
        // A: G1 load, G1 store, G2 load.  B: G1 load, G2 load (G2 slipped in between), G1 store.
        auto a = make({{EvKind::MemRead, 1, 0, 0, 1, 7, 100}, {EvKind::MemWrite, 1, 0, 0, 1, 7, 100}, {EvKind::MemRead, 2, 1, 0, 1, 7, 100}});
        auto b = make({{EvKind::MemRead, 1, 0, 0, 1, 7, 100}, {EvKind::MemRead, 2, 1, 0, 1, 7, 100}, {EvKind::MemWrite, 1, 0, 0, 1, 7, 100}});
        const Divergence d = firstDivergence(*a, *b);
        QVERIFY(d.diverged);
        QCOMPARE(d.indexA, size_t(1));
        QCOMPARE(d.indexB, size_t(1));
        QCOMPARE(d.timeA, SimTime(200));
        QCOMPARE(d.matched, size_t(1));
        QCOMPARE(d.whatA, QStringLiteral("G1 wrote x (line 7)"));
        QCOMPARE(d.whatB, QStringLiteral("G2 read x (line 7)"));
        // Same goroutine, another variable or line: also a divergence.
        auto c = make({{EvKind::MemRead, 1, 0, 0, 2, 7, 100}});
        QCOMPARE(firstDivergence(*a, *c).indexA, size_t(0));
        auto e = make({{EvKind::MemRead, 1, 0, 0, 1, 8, 100}});
        QCOMPARE(firstDivergence(*a, *e).indexA, size_t(0));
        // Variables compare by name, not by string index.
        auto f = std::make_shared<trace::Trace>();
        f->intern("unrelated");
        trace::TraceEvent r{100, EvKind::MemRead, 0, 0, 1, 0, 0, int32_t(f->intern("x")), 7};
        f->push(r);
        QCOMPARE(firstDivergence(*a, *f).matched, size_t(1));
    }

    void oneRunEndsEarlier()
    {
        auto a = make({{EvKind::MemRead, 1, 0, 0, 1, 7, 100}, {EvKind::Exit, 0, -1, 0, 0, 0, 100}});
        auto b = make({{EvKind::MemRead, 1, 0, 0, 1, 7, 100}, {EvKind::MemWrite, 1, 0, 0, 1, 7, 100}, {EvKind::Exit, 0, -1, 0, 0, 0, 100}});
        Divergence d = firstDivergence(*a, *b);
        QVERIFY(d.diverged);
        QCOMPARE(d.indexA, size_t(1)); // A exits where B still stores
        QCOMPARE(d.whatA, QStringLiteral("the process exited with status 0"));
        auto shortB = make({{EvKind::MemRead, 1, 0, 0, 1, 7, 100}});
        d = firstDivergence(*a, *shortB);
        QVERIFY(d.diverged);
        QCOMPARE(d.indexB, shortB->size());
        QCOMPARE(d.whatB, QStringLiteral("(the run had ended)"));
    }

    void widgetMarksAndAligns()
    {
        size_t swapAt = 0;
        auto a = makeDemoTrace();
        auto b = swappedDemo(&swapAt);
        RunOutput ra, rb;
        ra.trace = a;
        ra.timeline = std::make_shared<TimelineData>(TimelineData::build(*a));
        ra.gomaxprocs = 2;
        rb.trace = b;
        rb.timeline = std::make_shared<TimelineData>(TimelineData::build(*b));
        rb.gomaxprocs = 2;
        CompareWidget w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setRuns(ra, QStringLiteral("A: original"), rb, QStringLiteral("B: stores swapped"));
        QVERIFY(w.divergence().diverged);
        QCOMPARE(w.divergence().indexA, swapAt);
        QCOMPARE(w.divergence().whatA, QStringLiteral("G5 wrote counter (line 18)"));
        QCOMPARE(w.divergence().whatB, QStringLiteral("G3 wrote counter (line 18)"));
        auto *summary = w.findChild<QLabel *>(QStringLiteral("divergenceSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("First divergence")));
        // Zooming A with the keyboard zooms B: one clock.
        w.timelineA()->setFocus();
        QTest::keyClick(w.timelineA(), Qt::Key_Plus);
        QCOMPARE(w.timelineB()->visibleStart(), w.timelineA()->visibleStart());
        QCOMPARE(w.timelineB()->visibleEnd(), w.timelineA()->visibleEnd());
        // "Go to divergence": both cursors at the divergence, the line drawn there.
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("jumpDivergence")), Qt::LeftButton);
        QCOMPARE(w.timelineA()->cursor(), w.divergence().timeA);
        QCOMPARE(w.timelineB()->cursor(), w.divergence().timeA);
        QTest::qWait(20);
        const QImage img = w.timelineA()->grab().toImage();
        const qreal dpr = img.devicePixelRatio();
        const int x = int(w.timelineA()->mapTimeToX(w.divergence().timeA) * dpr);
        int magenta = 0;
        for (int dx = -2; dx <= 2; ++dx)
            for (int y = 0; y < img.height(); y += 3) {
                const QColor c = img.pixelColor(std::clamp(x + dx, 0, img.width() - 1), y);
                magenta += c.red() > 180 && c.green() < 60 && c.blue() > 120;
            }
        QVERIFY2(magenta > 5, "the divergence line is drawn on timeline A");
        // Clicking B's ruler moves A's cursor too.
        const QPoint click(int(w.timelineB()->mapTimeToX(w.divergence().timeA + 300)), 8);
        QTest::mouseClick(w.timelineB(), Qt::LeftButton, {}, click);
        QCOMPARE(w.timelineA()->cursor(), w.timelineB()->cursor());
        // Schedule mode sees the same first difference here.
        w.setMode(DivergenceMode::Schedule);
        QCOMPARE(w.divergence().indexA, swapAt);
        QVERIFY(w.grab().save(shot(QStringLiteral("compare_widget.png"))));
    }

    void variantsParse()
    {
        runtime::RunConfig base;
        base.gomaxprocs = 2;
        QString err;
        runtime::RunConfig c = CompareWindow::applyVariant(base, QStringLiteral("gomaxprocs=4 seed=9 race=true"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(c.gomaxprocs.value_or(0), 4);
        QCOMPARE(c.seed, uint64_t(9));
        QVERIFY(c.race);
        CompareWindow::applyVariant(base, QStringLiteral("gomaxprocs=zero"), &err);
        QVERIFY(err.contains(QStringLiteral("gomaxprocs")));
        CompareWindow::applyVariant(base, QStringLiteral("nonsense"), &err);
        QVERIFY(!err.isEmpty());
    }

    void gomaxprocsOneVersusFourWithTheEngine()
    {
        QFile f(QStringLiteral(GSL_SCENARIO_DIR "/atomic_counter.go"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CompareWindow win;
        runtime::RunConfig base;
        win.setScenario(f.fileName(), QString::fromUtf8(f.readAll()), base);
        win.setVariants(QStringLiteral("gomaxprocs=1"), QStringLiteral("gomaxprocs=4"));
        win.show();
        QVERIFY(QTest::qWaitForWindowExposed(&win));
        QSignalSpy done(&win, &CompareWindow::finished);
        QTest::mouseClick(win.findChild<QPushButton *>(QStringLiteral("compareRun")), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        const Divergence &d = win.compare()->divergence();
        const QString summary = win.compare()->summaryText();
        if (summary.startsWith(QStringLiteral("Both runs must succeed")))
            QSKIP("the engine could not run atomic_counter.go");
        qInfo("%s", qPrintable(summary));
        // One P vs four: the interleaving differs somewhere, after a common prefix (main starts alike).
        QVERIFY(d.diverged);
        QVERIFY(d.matched > 0);
        qInfo("GOMAXPROCS 1 vs 4: %zu matching goroutine events, then A: %s | B: %s", d.matched,
              qPrintable(d.whatA), qPrintable(d.whatB));
        win.compare()->jumpToDivergence();
        QTest::qWait(50);
        QVERIFY(win.grab().save(shot(QStringLiteral("compare_mode.png"))));
        // A bad variant is reported, not run.
        win.findChild<QLineEdit *>(QStringLiteral("variantB"))->setText(QStringLiteral("gomaxprocs=-3"));
        QTest::mouseClick(win.findChild<QPushButton *>(QStringLiteral("compareRun")), Qt::LeftButton);
        QVERIFY(win.findChild<QLabel *>(QStringLiteral("compareStatus"))->text().startsWith(QStringLiteral("Cannot run")));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
