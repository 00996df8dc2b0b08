// ui.races_analysis — analyzeRun (races in Go's format, HB excerpt laid out by
// Graphviz, wait-for, why hidden + perturbation, chart series), the Graphviz
// bridge, the races/blocked models under QAbstractItemModelTester, and the
// analysis controller (worker thread, values, stale results dropped).
#include "analysis_fixtures.h"

#include "ui/controller/runoutput.h"
#include "ui/races/analysiscontroller.h"
#include "ui/races/blockedmodel.h"
#include "ui/races/graphviz.h"
#include "ui/races/racemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
RunRequest request(const QString &source, int gomaxprocs, uint64_t seed = 1)
{
    RunRequest r;
    r.path = QStringLiteral("racy_small.go");
    r.source = source;
    r.config.gomaxprocs = gomaxprocs;
    r.config.seed = seed;
    return r;
}

AnalysisRequest analysisOf(const RunRequest &rr, const RunOutput &out)
{
    AnalysisRequest a;
    a.path = rr.path;
    a.source = rr.source;
    a.config = rr.config;
    a.trace = out.trace;
    a.stdoutText = out.stdoutText;
    return a;
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestRacesAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void graphvizLaysOutWithDot()
    {
        QString err;
        const QByteArray svg = dotToSvg("digraph g { rankdir=TB; a -> b; b -> c [color=red, style=dashed]; }", &err);
        QVERIFY2(!svg.isEmpty(), qPrintable(err));
        QVERIFY(svg.contains("<svg"));
        for (const char *n : {"<title>a</title>", "<title>b</title>", "<title>c</title>", "<title>b&#45;&gt;c</title>"})
            QVERIFY2(svg.contains(n), n);
        // Layered layout: a above b above c (SVG y grows downwards; dot puts ranks top to bottom).
        QSvgRenderer r(svg);
        QVERIFY(r.isValid());
        QVERIFY(r.boundsOnElement(QStringLiteral("node1")).center().y() < r.boundsOnElement(QStringLiteral("node3")).center().y());
        // Bad input: an error, not a crash.
        QVERIFY(dotToSvg("digraph { a -> ", &err).isEmpty());
        QVERIFY(err.startsWith(QStringLiteral("graphviz:")));
    }

    void racyRunHasGoReportAndExcerpt()
    {
        const RunRequest rr = request(test::racyCounter(3), 2);
        const RunOutput out = executeRun(rr);
        QVERIFY2(out.ok(), qPrintable(out.errorText));
        AnalysisRequest req = analysisOf(rr, out);
        req.searchPerturbation = false;
        const RunAnalysis a = analyzeRun(req);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY(!a.races.isEmpty());
        QCOMPARE(a.raceSummary, QStringLiteral("Found %1 data race(s)").arg(a.races.size()));
        const RaceItem &r = a.races.front();
        QVERIFY(r.text.startsWith(QStringLiteral("==================\nWARNING: DATA RACE\n")));
        QVERIFY(r.text.contains(QStringLiteral("racy_small.go:%1").arg(test::kCounterLine)));
        QVERIFY(r.text.contains(QStringLiteral("by goroutine %1:").arg(r.report.current.goid)));
        QCOMPARE(r.report.current.line, test::kCounterLine);
        QCOMPARE(r.report.current.var, std::string("counter"));
        QVERIFY(r.report.current.goid != r.report.previous.goid);
        // The accesses point at real memory events of the trace.
        const trace::TraceEvent &ce = (*out.trace)[r.report.current.eventIndex];
        const trace::TraceEvent &pe = (*out.trace)[r.report.previous.eventIndex];
        QCOMPARE(ce.g, r.report.current.goid);
        QCOMPARE(pe.g, r.report.previous.goid);
        QCOMPARE(ce.c, test::kCounterLine);
        // The excerpt: both accesses as nodes, a red dashed "missing" edge between them, laid out by dot.
        const QString cur = QStringLiteral("e%1").arg(r.report.current.eventIndex);
        const QString prev = QStringLiteral("e%1").arg(r.report.previous.eventIndex);
        QVERIFY(r.dot.contains(QStringLiteral("%1 -> %2 [color=red, style=dashed, label=\"missing\"]").arg(prev, cur)));
        QVERIFY2(!r.svg.isEmpty(), qPrintable(r.layoutError));
        QVERIFY(r.svg.contains(QStringLiteral("<title>%1</title>").arg(cur).toUtf8()));
        QVERIFY(r.svg.contains(QStringLiteral("<title>%1</title>").arg(prev).toUtf8()));
        QVERIFY(r.svg.contains(QStringLiteral("<title>%1&#45;&gt;%2</title>").arg(prev, cur).toUtf8()));
        QVERIFY(r.svg.contains("missing"));
        QVERIFY(r.svg.contains("cluster_g"));
        QVERIFY(!r.why.isEmpty());
        // Two goroutines ran: no deadlock, nothing blocked at the end.
        QVERIFY(!a.deadlock);
        QVERIFY(a.blocked.isEmpty());
        // Chart series: samples over the run, 2 Ps.
        QCOMPARE(a.procs, 2);
        QVERIFY(a.queues.size() > 2);
        QVERIFY(a.quotaMs < 0);
    }

    void deadlockFindings()
    {
        const QString path = QStringLiteral(GSL_SCENARIO_DIR "/deadlock_all_asleep.go");
        RunRequest rr;
        rr.path = path;
        rr.source = fileText(path);
        if (rr.source.isEmpty()) QSKIP("scenarios/deadlock_all_asleep.go is missing");
        rr.config.gomaxprocs = 2;
        const RunOutput out = executeRun(rr);
        QVERIFY(out.ok());
        AnalysisRequest req = analysisOf(rr, out);
        req.searchPerturbation = false;
        const RunAnalysis a = analyzeRun(req);
        QVERIFY(a.deadlock);
        QVERIFY(!a.blocked.isEmpty());
        QVERIFY(a.blocked.front().forever);
        QVERIFY(!a.waitText.isEmpty());
        BlockedModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBlocked(a.blocked);
        QCOMPARE(m.rowCount(), int(a.blocked.size()));
        QCOMPARE(m.index(0, BlockedModel::GCol).data().toString(), QStringLiteral("G%1").arg(a.blocked.front().goid));
        QCOMPARE(m.index(0, BlockedModel::ForeverCol).data().toString(), QStringLiteral("blocked forever"));
    }

    void hiddenRunExplainedAndPerturbed()
    {
        // One P, short loops: each goroutine runs to completion, the total is right.
        const RunRequest rr = request(test::racyCounter(20000), 1);
        const RunOutput out = executeRun(rr);
        QVERIFY(out.ok());
        QCOMPARE(out.stdoutText.trimmed(), QStringLiteral("counter=40000"));
        const RunAnalysis a = analyzeRun(analysisOf(rr, out));
        QCOMPARE(a.correct, QStringLiteral("^counter=40000$"));
        QVERIFY(!a.manifested);
        QVERIFY(!a.hiddenFacts.isEmpty());
        QVERIFY(!a.races.isEmpty());   // the race is there even though the bug hid
        QVERIFY(a.perturbationSearched);
        if (!a.perturbationFound) QSKIP("no nearby perturbation exposed the lost update for this program");
        // Replaying the perturbed configuration really shows the bug.
        RunRequest again = rr;
        again.config = a.perturbedConfig;
        const RunOutput o2 = executeRun(again);
        QVERIFY(o2.ok());
        QVERIFY(o2.stdoutText.trimmed() != QStringLiteral("counter=40000"));
        QCOMPARE(o2.stdoutText.trimmed(), a.perturbedOutcome);
    }

    void raceModel()
    {
        const RunRequest rr = request(test::racyCounter(3), 2);
        const RunOutput out = executeRun(rr);
        AnalysisRequest req = analysisOf(rr, out);
        req.searchPerturbation = false;
        const RunAnalysis a = analyzeRun(req);
        RaceModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRaces(a.races);
        QCOMPARE(m.rowCount(), int(a.races.size()));
        QCOMPARE(m.columnCount(), int(RaceModel::ColumnCount));
        QCOMPARE(m.index(0, RaceModel::VarCol).data().toString(), QStringLiteral("counter"));
        QCOMPARE(m.index(0, RaceModel::CurrentCol).data().toString(),
                 QStringLiteral("G%1 %2 at line %3").arg(a.races[0].report.current.goid)
                     .arg(a.races[0].report.current.write ? "write" : "read").arg(test::kCounterLine));
        QCOMPARE(m.index(0, 0).data(RaceModel::CurrentEventRole).toULongLong(), qulonglong(a.races[0].report.current.eventIndex));
        QCOMPARE(m.index(0, 0).data(RaceModel::TextRole).toString(), a.races[0].text);
        m.setRaces({});
        QCOMPARE(m.rowCount(), 0);
    }

    void controllerDeliversOffThread()
    {
        const RunRequest rr = request(test::racyCounter(3), 2);
        const RunOutput out = executeRun(rr);
        AnalysisRequest req = analysisOf(rr, out);
        req.searchPerturbation = false;
        AnalysisController c;
        QSignalSpy done(&c, &AnalysisController::analysisFinished);
        const quint64 first = c.start(req);
        const quint64 second = c.start(req);   // supersedes the first
        QVERIFY(second > first);
        QVERIFY(done.wait(30000));
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
        const RunAnalysis a = done.front().front().value<RunAnalysis>();
        QCOMPARE(a.job, second);
        QVERIFY(!a.races.isEmpty());
        QTRY_COMPARE(c.droppedCount(), 1);
        QVERIFY(!c.isBusy());
    }
};

QTEST_MAIN(TestRacesAnalysis)
#include "tst_races_analysis.moc"
