// tst_export_report.cpp — the report layout (sim/export/report.h) from
// hand-built traces and a synthetic exploration result: sections present,
// replay command and fingerprint in the HTML, SVG well-formed with a lane
// per P, pages that hold every block inside the page, long sources split.
#include "export_test_util.h"

#include "sim/export/narration.h"
#include "sim/export/report.h"
#include "sim/export/svg.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace gsl::exports;
using namespace gsltest;

class TestExportReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void htmlHasSectionsReplayAndFingerprint();
    void svgIsWellFormedWithLanes();
    void pagesHoldEveryBlock_data();
    void pagesHoldEveryBlock();
    void longSourceIsSplitIntoBlocks();
    void narration_data();
    void narration();
    void wrapNeverExceedsWidth_data();
    void wrapNeverExceedsWidth();

private:
    ReportInput input(size_t sourceLines);
    gsl::trace::Trace m_bad, m_good;
    gsl::explore::ExploreResult m_dist;
};

void TestExportReport::initTestCase()
{
    m_bad = loadTrace("two_p_race", 2);
    m_good = loadTrace("cfs_throttle", 1);
    QVERIFY(m_bad.size() > 0 && m_good.size() > 0);
    gsl::explore::ConfigResult c;
    c.gomaxprocs = 2;
    c.runs = 200;
    c.manifested = 150;
    c.bugRate = {0.69, 0.80};
    gsl::explore::OutcomeRow r1;
    r1.outcome = "counter=1";
    r1.count = 150;
    r1.share = 0.75;
    r1.ci = {0.69, 0.80};
    r1.correct = gsl::explore::Verdict::No;
    r1.seed = 17;
    gsl::explore::OutcomeRow r2 = r1;
    r2.outcome = "counter=2";
    r2.count = 50;
    r2.share = 0.25;
    r2.ci = {0.2, 0.31};
    r2.correct = gsl::explore::Verdict::Yes;
    r2.seed = 3;
    c.rows = {r1, r2};
    m_dist.configs = {c};
    m_dist.hasCorrect = true;
}

ReportInput TestExportReport::input(size_t sourceLines)
{
    ReportInput in;
    in.title = "Unsynchronized counter";
    in.topic = "races";
    in.lesson = "Two goroutines increment a shared counter without synchronization, so updates get lost.";
    in.correct = "^counter=2$";
    in.scenarioPath = "scenarios/racy_counter.go";
    for (size_t i = 0; i < sourceLines; ++i) in.source += "\tcounter++ // line " + std::to_string(i + 1) + "\n";
    in.configText = "GOMAXPROCS=2 cpus=4 quota=none go=1.22";
    in.engineVersion = "0.1.0";
    ReportRun bad;
    bad.label = "Run where the bug manifested";
    bad.replayCommand = "goschedlab-cli run scenarios/racy_counter.go --gomaxprocs 2 --seed 17";
    bad.outcome = "counter=1";
    bad.manifested = true;
    bad.trace = &m_bad;
    bad.ctx.races.push_back(RaceMark{21, 20, "data race on counter"});
    ReportRun good;
    good.label = "Run where the bug stayed hidden";
    good.replayCommand = "goschedlab-cli run scenarios/racy_counter.go --gomaxprocs 1 --seed 3";
    good.outcome = "counter=2";
    good.trace = &m_good;
    in.runs = {bad, good};
    in.distribution = &m_dist;
    in.runsPerConfig = 200;
    in.findings.push_back({"race", "data race on counter (line 12)"});
    return in;
}

void TestExportReport::htmlHasSectionsReplayAndFingerprint()
{
    ReportDocument doc = buildReport(input(20));
    const QString html = QString::fromStdString(doc.html);
    for (const char *id : {"header", "replay", "source", "runs", "distribution", "findings", "reproducibility"})
        QVERIFY2(html.contains(QString("<section id=\"%1\"").arg(id)), id);
    QCOMPARE(html.count("<section class=\"run\""), 2);
    QVERIFY(html.contains("goschedlab-cli run scenarios/racy_counter.go --gomaxprocs 2 --seed 17"));
    QVERIFY(html.contains(QString::fromStdString(gsl::exports::xmlEscape("goschedlab-cli run scenarios/racy_counter.go --gomaxprocs 1 --seed 3"))));
    char fp[32];
    std::snprintf(fp, sizeof fp, "%016llx", static_cast<unsigned long long>(m_bad.fingerprint()));
    QVERIFY(html.contains(fp));
    // Self-contained: no external resource of any kind.
    QVERIFY(!html.contains("src=\"http"));
    QVERIFY(!html.contains("<link"));
    QVERIFY(!html.contains("<script"));
    QCOMPARE(html.count("<svg class=\"fig timeline\""), 2);
    QCOMPARE(html.count("<svg class=\"fig runq\""), 2);
    QCOMPARE(html.count("<svg class=\"fig dist\""), 1);
    QVERIFY(html.contains("class=\"race\""));
}

void TestExportReport::svgIsWellFormedWithLanes()
{
    ReportDocument doc = buildReport(input(20));
    const std::string svg = doc.tallSvg();
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    QStringList texts;
    int groups = 0, timelines = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"g") {
            ++groups;
            if (xml.attributes().value("id") == u"timeline") ++timelines;
        }
        if (xml.isStartElement() && xml.name() == u"text") texts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(groups, int(doc.blocks.size()));
    QCOMPARE(timelines, 2);   // one per run (no runs note in this input)
    QVERIFY(texts.contains("P0"));
    QVERIFY(texts.contains("P1"));
    QVERIFY(texts.contains("G2"));   // a slice label inside a lane
    QVERIFY(texts.contains("Outcome distribution per configuration"));
}

void TestExportReport::pagesHoldEveryBlock_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    QTest::newRow("a4") << 595.0 << 842.0;
    QTest::newRow("letter") << 612.0 << 792.0;
}

void TestExportReport::pagesHoldEveryBlock()
{
    QFETCH(double, width);
    QFETCH(double, height);
    ReportDocument doc = buildReport(input(300));
    std::vector<std::string> pages = paginate(doc, PageSize{width, height});
    QVERIFY(pages.size() >= 3);
    size_t placed = 0;
    for (const std::string &p : pages) {
        QString page = QString::fromStdString(p);
        QVERIFY(page.contains(QString("viewBox=\"0 0 %1 %2\"").arg(width).arg(height)));
        // Every block's translate(x, y) + its height stays inside the page.
        static const QRegularExpression re("<g id=\"(\\w+)\" transform=\"translate\\(([\\d.]+),([\\d.]+)\\)");
        auto it = re.globalMatch(page);
        while (it.hasNext()) {
            auto m = it.next();
            const ReportBlock &b = doc.blocks[placed++];
            QCOMPARE(m.captured(1).toStdString(), b.section);
            QVERIFY(m.captured(2).toDouble() + kReportWidth <= width - 27.9);
            QVERIFY2(m.captured(3).toDouble() + b.height <= height - 28, qPrintable(m.captured(1)));
        }
    }
    QCOMPARE(placed, doc.blocks.size());
}

void TestExportReport::longSourceIsSplitIntoBlocks()
{
    ReportDocument doc = buildReport(input(300));
    int sourceBlocks = 0;
    for (const ReportBlock &b : doc.blocks) {
        QVERIFY(b.height <= kMaxBlockHeight + 4);
        if (b.section == "source") ++sourceBlocks;
    }
    QVERIFY(sourceBlocks >= 4);   // 300 lines at 9.1 pt per line
    // No line is lost: line numbers 1..300 all appear as hanging labels.
    std::string all;
    for (const ReportBlock &b : doc.blocks)
        if (b.section == "source") all += b.body;
    QVERIFY(all.find(">300</text>") != std::string::npos);
    QVERIFY(all.find("// line 300") != std::string::npos);
}

void TestExportReport::narration_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("creation") << 6 << "G1 creates G2 (go statement, line 10).";
    QTest::newRow("runnext-kick") << 9 << "G3 goes into P0's runnext slot, so it runs next; it kicks G2 to the tail of P0's run queue.";
    QTest::newRow("steal") << 12 << "P1 has no work and steals 1 goroutine (half of the queue) from P0; G2 runs first.";
    QTest::newRow("park") << 15 << "G1 blocks (chan receive) (line 20) and gives up P0.";
    QTest::newRow("inherit") << 17 << "G3 starts running on P0 (M0), inheriting the current time slice because it came from runnext.";
    QTest::newRow("racy-store") << 21 << "G2 writes counter (line 12).";
    QTest::newRow("wake") << 25 << "G2 wakes G1: it is runnable again.";
    QTest::newRow("preempt") << 27 << "sysmon preempts G2 on P1 after a 10 ms time slice (asynchronous, by signal); it goes to the global run queue.";
}

void TestExportReport::narration()
{
    QFETCH(int, event);
    QFETCH(QString, sentence);
    QCOMPARE(QString::fromStdString(narrate(m_bad[size_t(event)], m_bad)), sentence);
    ExportContext ctx;
    ctx.races.push_back(RaceMark{21, 20, "race"});
    std::vector<NarratedStep> steps = keySteps(m_bad, ctx, 100);
    bool racyIncluded = false;
    for (const auto &s : steps) racyIncluded |= (s.event == 21 && s.race);
    QVERIFY(racyIncluded);
    // Cut to 3 steps: the racy accesses stay, and a final step says what was left out.
    steps = keySteps(m_bad, ctx, 3);
    QCOMPARE(steps.back().event, m_bad.size());
    QVERIFY(QString::fromStdString(steps.back().text).contains("more scheduling steps"));
    int races = 0;
    for (const auto &s : steps) races += s.race;
    QCOMPARE(races, 2);
}

void TestExportReport::wrapNeverExceedsWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mono");
    QTest::newRow("prose") << QString("The newest goroutine runs first, the rest in FIFO order. ").repeated(8) << false;
    QTest::newRow("long-command") << "goschedlab-cli run " + QString("very/long/path/").repeated(20) + "x.go --seed 1" << true;
}

void TestExportReport::wrapNeverExceedsWidth()
{
    QFETCH(QString, text);
    QFETCH(bool, mono);
    const std::string s = text.toStdString();
    auto lines = wrapText(s, 200, 8, mono);
    QVERIFY(lines.size() > 1);
    std::string joined;
    for (const auto &l : lines) {
        QVERIFY2(textWidth(l, 8, mono) <= 200, l.c_str());
        joined += l;
    }
    // Nothing lost but the spaces at the breaks.
    auto strip = [](std::string x) { x.erase(std::remove(x.begin(), x.end(), ' '), x.end()); return x; };
    QCOMPARE(strip(joined), strip(s));
}

QTEST_APPLESS_MAIN(TestExportReport)
#include "tst_export_report.moc"
