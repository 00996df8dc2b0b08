// ui.charts — the Qt Charts views: outcome bars with Wilson whiskers and the
// manifested outcomes highlighted, the manifestation heat map, run-queue and
// CFS charts from a real run's analysis; a screenshot of each to
// ${GSL_BINARY_DIR}/screenshots/.
#include "analysis_fixtures.h"

#include "ui/charts/chartspanel.h"
#include "ui/charts/heatmapchart.h"
#include "ui/charts/outcomechart.h"
#include "ui/charts/runcharts.h"
#include "ui/controller/runoutput.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QLineSeries>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}

// Two configurations x 10 runs, synthetic outcomes through the real aggregation.
explore::ExploreResult synthetic()
{
    explore::ExploreOptions o;
    explore::Configuration base;
    o.configs = explore::grid(base, {1, 4}, {}, {}, {});
    o.runs = 10;
    o.correct = "^counter=200000$";
    std::vector<std::optional<explore::RunOutcome>> outs;
    for (int i = 0; i < 20; ++i) {
        explore::RunOutcome r;
        // GOMAXPROCS 1: always right; GOMAXPROCS 4: 6 lost updates of two kinds.
        r.outcome = i < 10 || i % 10 < 4 ? "counter=200000" : (i % 2 ? "counter=131072" : "counter=117005");
        r.gomaxprocs = i < 10 ? 1 : 4;
        outs.push_back(r);
    }
    return explore::Explorer(o).aggregate(outs);
}

int countColour(const QImage &img, const QColor &c)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixel(x, y) == c.rgb();   // 8-bit compare: fromRgbF colours keep 16 bits
    return n;
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomeBarsWithWhiskers()
    {
        const explore::ExploreResult r = synthetic();
        OutcomeChartView v;
        v.resize(700, 420);
        v.setResult(r);
        QCOMPARE(v.categories(), (QStringList{QStringLiteral("P=1 no quota"), QStringLiteral("P=4 no quota")}));
        QCOMPARE(v.outcomes().size(), 3);
        QCOMPARE(v.outcomes().front(), QStringLiteral("counter=200000"));   // most runs first
        QCOMPARE(v.manifested(), (QList<bool>{false, true, true}));
        // Whiskers for every bar with runs: 1 (P=1) + 3 (P=4).
        QCOMPARE(v.whiskerCount(), 4);
        QBarSeries *bars = nullptr;
        for (QAbstractSeries *s : v.chart()->series())
            if (auto *b = qobject_cast<QBarSeries *>(s)) bars = b;
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        QCOMPARE(bars->barSets()[0]->at(0), 100.0);
        QCOMPARE(bars->barSets()[0]->at(1), 40.0);
        QCOMPARE(bars->barSets()[1]->at(1) + bars->barSets()[2]->at(1), 60.0);
        QVERIFY(bars->barSets()[1]->label().contains(QStringLiteral("bug")));
        QVERIFY(bars->barSets()[1]->color().red() > 150 && bars->barSets()[1]->color().blue() < 100);
        QVERIFY(bars->barSets()[0]->color().blue() > 150);
        // The whisker of the P=4 correct bar spans the Wilson interval of 4/10.
        const explore::Interval w = explore::wilson(4, 10);
        bool found = false;
        for (QAbstractSeries *s : v.chart()->series())
            if (auto *l = qobject_cast<QLineSeries *>(s)) {
                const auto pts = l->points();
                if (pts.size() == 6 && qAbs(pts[2].y() - w.lo * 100) < 1e-9 && qAbs(pts[3].y() - w.hi * 100) < 1e-9) {
                    QVERIFY(pts[2].x() > 0.5 && pts[2].x() < 1.0);   // left part of category 1
                    found = true;
                }
            }
        QVERIFY(found);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        const QImage img = v.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("chart_outcomes.png"))));
        QVERIFY(countColour(img, bars->barSets()[1]->color()) > 200);   // the red bug bar is drawn
    }

    void heatmapCells()
    {
        std::vector<explore::MapCell> cells;
        int i = 0;
        for (int p : {1, 2, 4})
            for (const char *q : {"none", "1", "0.5"}) {
                explore::MapCell c;
                c.gomaxprocs = p;
                c.quota = q;
                c.runs = 20;
                c.manifested = size_t(p == 1 ? 0 : 2 * i + 4);   // up to 20 of 20
                c.rate = double(c.manifested) / 20;
                cells.push_back(c);
                ++i;
            }
        HeatmapChartView v;
        v.resize(640, 420);
        v.setCells(cells);
        QCOMPARE(v.cellCount(), 9);
        QCOMPARE(v.quotaLabels(), (QStringList{QStringLiteral("none"), QStringLiteral("1"), QStringLiteral("0.5")}));
        QCOMPARE(v.gomaxprocsValues(), (QList<int>{1, 2, 4}));
        QCOMPARE(HeatmapChartView::cellColor(0), QColor(Qt::white));
        QVERIFY(HeatmapChartView::cellColor(1).green() < 60);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        const QImage img = v.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("chart_heatmap.png"))));
        // The hottest cell's colour covers a real area.
        QVERIFY(countColour(img, HeatmapChartView::cellColor(cells.back().rate)) > 1000);
    }

    void runChartsFromARealRun()
    {
        RunRequest rr;
        rr.path = QStringLiteral(GSL_SCENARIO_DIR "/gomaxprocs_over_quota.go");
        QFile f(rr.path);
        if (!f.open(QIODevice::ReadOnly)) QSKIP("scenarios/gomaxprocs_over_quota.go is missing");
        rr.source = QString::fromUtf8(f.readAll());
        rr.config.gomaxprocs = 4;
        rr.config.cpus = 4;
        rr.config.quotaUs = 100'000;   // 1 CPU for 4 Ps: throttled
        const RunOutput out = executeRun(rr);
        QVERIFY2(out.ok(), qPrintable(out.errorText));
        AnalysisRequest req;
        req.path = rr.path;
        req.source = rr.source;
        req.config = rr.config;
        req.trace = out.trace;
        req.stdoutText = out.stdoutText;
        req.searchPerturbation = false;
        const RunAnalysis a = analyzeRun(req);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.quotaMs, 100.0);
        QVERIFY2(a.periods.size() >= 2, qPrintable(QString::number(a.periods.size())));
        int throttled = 0;
        for (const CfsPeriodStat &p : a.periods) {
            // Never (noticeably) more CPU than the quota: the host enforces it at 5 ms slice
            // boundaries and the trace-derived use counts every running M (EVENTS.md), so allow 1 %.
            QVERIFY2(p.usedMs <= 101.0, qPrintable(QString::number(p.usedMs)));
            // cpu.stat throttled_time sums the throttled time of every CPU (4 here).
            QVERIFY2(p.throttledMs >= 0 && p.throttledMs <= 4 * 100.0 + 1e-6, qPrintable(QString::number(p.throttledMs)));
            throttled += p.throttledMs > 0;
        }
        QVERIFY(throttled >= 1);
        QCOMPARE(a.procs, 4);
        ChartsPanel panel;
        panel.resize(800, 460);
        panel.setRunAnalysis(a);
        QCOMPARE(panel.cfsChart()->periodCount(), std::min<int>(int(a.periods.size()), CfsChartView::kMaxPeriods));
        QCOMPARE(panel.queueChart()->seriesCount(), 4 + 2);   // 4 Ps, global queue, idle Ps
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setCurrentIndex(0);
        QVERIFY(panel.grab().toImage().save(shot(QStringLiteral("chart_runqueues.png"))));
        panel.setCurrentIndex(1);
        QVERIFY(panel.grab().toImage().save(shot(QStringLiteral("chart_cfs.png"))));
        // No quota: the chart says so instead of drawing nothing.
        RunAnalysis none = a;
        none.quotaMs = -1;
        panel.setRunAnalysis(none);
        QCOMPARE(panel.cfsChart()->periodCount(), 0);
        QVERIFY(panel.cfsChart()->chart()->title().contains(QStringLiteral("no CPU limit")));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
