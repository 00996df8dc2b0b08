// tst_cli_export.cpp — `goschedlab-cli trace` and `report` end to end: the
// Chrome trace of bundled scenarios passes the validator and matches the
// structural goldens in tests/export-golden/; reports in every format hold
// their sections, the replay command (which really replays the run) and the
// fingerprint; PDFs have the right page size (pdfinfo) and text
// (pdftotext); interrupted or unwritable exports leave no partial file.
//
// Regenerate the goldens after reviewing a change in the export layout:
//   GSL_UPDATE_GOLDEN=1 ctest --test-dir build -R cli.export_cli_export
// then review `git diff tests/export-golden/`.
#include "sim/export/chrome_trace_check.h"
#include "sim/export/json.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace gsl::exports;

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chromeTraceIsValid_data();
    void chromeTraceIsValid();
    void chromeTraceMatchesGolden_data();
    void chromeTraceMatchesGolden();
    void dotExport();
    void htmlReport();
    void pdfReport_data();
    void pdfReport();
    void svgAndPngReports();
    void interruptedExportLeavesNoPartialFile_data();
    void interruptedExportLeavesNoPartialFile();
    void unwritablePathExits74_data();
    void unwritablePathExits74();
    void badOutputExtensionExits64();

private:
    struct Out { int code; QByteArray out; QByteArray err; };
    Out cli(const QStringList &args, int timeoutMs = 300000);
    QString m_cli;
    QTemporaryDir m_dir;
};

static QString scenario(const QString &name) { return QStringLiteral(GSL_SCENARIO_DIR "/") + name; }

TestCliExport::Out TestCliExport::cli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(m_cli, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliExport::initTestCase()
{
    m_cli = qEnvironmentVariable("GSL_CLI");
    if (m_cli.isEmpty()) m_cli = QStringLiteral(GSL_BINARY_DIR "/app/goschedlab-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_dir.isValid());
}

// summary: the structure of a Chrome trace, without timestamps: track
// names, slices per track, flows per category, instants per name, counters.
static QString summary(const QByteArray &json)
{
    JsonValue root;
    if (!parseJson(json.toStdString(), root).empty()) return "invalid JSON";
    QMap<int, QString> procs;
    QMap<QPair<int, int>, QString> threads;
    QMap<QString, int> slices, flows, instants, counters;
    for (const JsonValue &e : root.find("traceEvents")->items) {
        const std::string ph = e.stringOr("ph");
        int pid = int(e.numberOr("pid")), tid = int(e.numberOr("tid"));
        if (ph == "M") {
            QString n = QString::fromStdString(e.find("args")->stringOr("name"));
            if (e.stringOr("name") == "process_name") procs[pid] = n.section(' ', 0, 0);
            if (e.stringOr("name") == "thread_name") threads[{pid, tid}] = n;
        }
    }
    for (const JsonValue &e : root.find("traceEvents")->items) {
        const std::string ph = e.stringOr("ph");
        QString track = procs.value(int(e.numberOr("pid"))) + "/" + threads.value({int(e.numberOr("pid")), int(e.numberOr("tid"))});
        if (ph == "X") slices[track]++;
        if (ph == "s") flows[QString::fromStdString(e.stringOr("cat"))]++;
        if (ph == "i") instants[QString::fromStdString(e.stringOr("name"))]++;
        if (ph == "C") counters[QString::fromStdString(e.stringOr("name"))]++;
    }
    QString s;
    for (auto it = threads.begin(); it != threads.end(); ++it)
        s += "track " + procs.value(it.key().first) + "/" + it.value() + "\n";
    for (auto it = slices.begin(); it != slices.end(); ++it) s += "slices " + it.key() + " " + QString::number(it.value()) + "\n";
    for (auto it = flows.begin(); it != flows.end(); ++it) s += "flows " + it.key() + " " + QString::number(it.value()) + "\n";
    for (auto it = instants.begin(); it != instants.end(); ++it) s += "instants " + it.key() + " " + QString::number(it.value()) + "\n";
    for (auto it = counters.begin(); it != counters.end(); ++it) s += "counter " + it.key() + "\n";
    return s;
}

void TestCliExport::chromeTraceIsValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("mustHave");     // a category/name that the run must show
    QTest::newRow("runnext-spawn-one-p") << "runnext_spawn_order.go" << QStringList{"--gomaxprocs", "1"} << "\"cat\":\"create\"";
    QTest::newRow("runnext-spawn-steals") << "runnext_spawn_order.go" << QStringList{"--gomaxprocs", "4"} << "{\"name\":\"P3\"}";
    QTest::newRow("gosched-global-queue") << "gosched_global_queue.go" << QStringList{"--gomaxprocs", "2"} << "\"cat\":\"create\"";
    QTest::newRow("racy-counter-race-instant") << "racy_counter.go" << QStringList{"--gomaxprocs", "2"} << "\"DATA RACE\"";
    QTest::newRow("quota-throttled") << "k8s_100m_gomaxprocs.go" << QStringList{} << "\"name\":\"runqueue\"";
    QTest::newRow("deadlock") << "deadlock_all_asleep.go" << QStringList{} << "\"cat\":\"gstatus\"";
}

void TestCliExport::chromeTraceIsValid()
{
    QFETCH(QString, file);
    QFETCH(QStringList, flags);
    QFETCH(QString, mustHave);
    const QString out = m_dir.filePath(QString(QTest::currentDataTag()) + ".json");
    Out r = cli(QStringList{"trace", scenario(file), "-o", out} + flags);
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    ChromeTraceCheck c = checkChromeTrace(json.toStdString());
    QVERIFY2(c.ok(), c.problems.empty() ? "" : c.problems.front().c_str());
    QVERIFY(c.stats.slices > 0);
    QVERIFY2(json.contains(mustHave.toUtf8()), qPrintable(mustHave));
}

void TestCliExport::chromeTraceMatchesGolden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("runnext_spawn_order-p2") << "runnext_spawn_order.go" << QStringList{"--gomaxprocs", "2", "--seed", "3"};
    QTest::newRow("gosched_global_queue-p1") << "gosched_global_queue.go" << QStringList{"--gomaxprocs", "1"};
}

void TestCliExport::chromeTraceMatchesGolden()
{
    QFETCH(QString, file);
    QFETCH(QStringList, flags);
    const QString out = m_dir.filePath("golden.json");
    Out r = cli(QStringList{"trace", scenario(file), "-o", out} + flags);
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString actual = summary(f.readAll());
    const QString golden = QStringLiteral(GSL_TEST_DATA_DIR "/export-golden/") + QTest::currentDataTag() + ".chrome.txt";
    if (qEnvironmentVariableIsSet("GSL_UPDATE_GOLDEN")) {
        QFile g(golden);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(actual.toUtf8());
    }
    QFile g(golden);
    QVERIFY2(g.open(QIODevice::ReadOnly), qPrintable(golden + " is missing: regenerate with GSL_UPDATE_GOLDEN=1"));
    const QString expected = QString::fromUtf8(g.readAll());
    if (actual != expected) {
        QFile a(golden + ".actual");
        if (a.open(QIODevice::WriteOnly)) a.write(actual.toUtf8());
    }
    QCOMPARE(actual, expected);
}

void TestCliExport::dotExport()
{
    const QString out = m_dir.filePath("hb.dot");
    Out r = cli({"trace", scenario("racy_counter.go"), "--gomaxprocs", "2", "-o", out});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray dot = f.readAll();
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.trimmed().endsWith("}"));
}

void TestCliExport::htmlReport()
{
    const QString out = m_dir.filePath("report.html");
    Out r = cli({"report", scenario("racy_counter.go"), "--runs", "6", "-o", out});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    for (const char *id : {"header", "replay", "source", "runs", "distribution", "findings", "reproducibility"})
        QVERIFY2(html.contains(QString("<section id=\"%1\"").arg(id)), id);
    QVERIFY(html.contains("Unsynchronized counter"));
    QVERIFY(html.contains(QRegularExpression("trace fingerprint <span class=\"fp\">[0-9a-f]{16}</span>")));
    QVERIFY(html.contains("race:"));
    QVERIFY(!html.contains("<script") && !html.contains("<link"));
    // The replay command is exact: running it gives the outcome the report shows.
    static const QRegularExpression cmd("<code class=\"cmd\">goschedlab-cli run (\\S+) ([^<]*)</code>");
    static const QRegularExpression outcome("Outcome <code>([^<]*)</code>");
    auto cm = cmd.globalMatch(html);
    auto om = outcome.globalMatch(html);
    int replayed = 0;
    while (cm.hasNext() && om.hasNext()) {
        auto c = cm.next();
        auto o = om.next();
        QStringList args{"run", c.captured(1)};
        args += c.captured(2).split(' ', Qt::SkipEmptyParts);
        Out run = cli(args);
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), o.captured(1).replace("&#39;", "'").replace("&quot;", "\""));
        ++replayed;
    }
    QVERIFY(replayed >= 1);
    // Golden structure: the h2 headings in order.
    QStringList headings;
    static const QRegularExpression h2("<h2>([^<]*)</h2>");
    for (auto it = h2.globalMatch(html); it.hasNext();) headings << it.next().captured(1);
    QCOMPARE(headings.join('\n') + '\n', [] {
        QFile g(QStringLiteral(GSL_TEST_DATA_DIR "/export-golden/racy_counter.html-headings.txt"));
        return g.open(QIODevice::ReadOnly) ? QString::fromUtf8(g.readAll()) : QString("missing golden");
    }());
}

void TestCliExport::pdfReport_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("size");
    QTest::newRow("a4") << "a4" << "595 x 842 pts";
    QTest::newRow("letter") << "letter" << "612 x 792 pts";
}

void TestCliExport::pdfReport()
{
    QFETCH(QString, page);
    QFETCH(QString, size);
    const QString out = m_dir.filePath("report-" + page + ".pdf");
    Out r = cli({"report", scenario("runnext_spawn_order.go"), "--runs", "6", "--page", page, "-o", out});
    QVERIFY2(r.code == 0, r.err.constData());
    QProcess info;
    info.start("pdfinfo", {out});
    QVERIFY(info.waitForFinished());
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains("Page size:") && meta.contains(size), qPrintable(meta));
    QRegularExpressionMatch pages = QRegularExpression("Pages:\\s+(\\d+)").match(meta);
    QVERIFY(pages.hasMatch() && pages.captured(1).toInt() >= 2);
    QProcess text;
    text.start("pdftotext", {out, "-"});
    QVERIFY(text.waitForFinished());
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains("Spawn order on one P"), qPrintable(body.left(400)));
    QVERIFY(body.contains("goschedlab-cli run"));
    QVERIFY(body.contains(QRegularExpression("Trace fingerprint .*[0-9a-f]{16}")));
}

void TestCliExport::svgAndPngReports()
{
    const QString svgOut = m_dir.filePath("report.svg"), pngOut = m_dir.filePath("report.png");
    Out r = cli({"report", scenario("runnext_spawn_order.go"), "--gomaxprocs", "2", "--runs", "4", "-o", svgOut});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(svgOut);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(f.readAll());
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text") texts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts.contains("P0") && texts.contains("P1"));
    r = cli({"report", scenario("runnext_spawn_order.go"), "--gomaxprocs", "2", "--runs", "4", "-o", pngOut});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile p(pngOut);
    QVERIFY(p.open(QIODevice::ReadOnly));
    const QByteArray png = p.readAll();
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    // IHDR width: 2 px per point of a 595 pt page.
    const auto *u = reinterpret_cast<const unsigned char *>(png.constData());
    const quint32 width = (quint32(u[16]) << 24) | (quint32(u[17]) << 16) | (quint32(u[18]) << 8) | u[19];
    QCOMPARE(width, 1190u);
}

void TestCliExport::interruptedExportLeavesNoPartialFile_data()
{
    QTest::addColumn<int>("sig");
    QTest::addColumn<bool>("existing");
    QTest::newRow("sigint-keeps-old-file") << int(SIGINT) << true;
    QTest::newRow("sigkill-keeps-old-file") << int(SIGKILL) << true;
    QTest::newRow("sigint-leaves-nothing") << int(SIGINT) << false;
}

void TestCliExport::interruptedExportLeavesNoPartialFile()
{
    QFETCH(int, sig);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString out = dir.filePath("big.pdf");
    if (existing) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("OLD REPORT");
    }
    QProcess p;
    p.start(m_cli, {"report", scenario("racy_counter.go"), "--runs", "100000", "-o", out});
    QVERIFY(p.waitForStarted());
    QTest::qWait(1500);
    QCOMPARE(p.state(), QProcess::Running);
    ::kill(pid_t(p.processId()), sig);
    QVERIFY(p.waitForFinished(20000));
    if (existing) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("OLD REPORT"));
    } else {
        QVERIFY(!QFile::exists(out));
    }
    if (sig == SIGINT) {   // the temporary file never outlives an interrupt
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, existing ? QStringList{"big.pdf"} : QStringList{});
    }
}

void TestCliExport::unwritablePathExits74_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing-folder") << "/nonexistent-gsl-folder/out.pdf" << "No such file or directory";
    QTest::newRow("read-only-folder") << "RO/out.pdf" << "Permission denied";
    QTest::newRow("html-missing-folder") << "/nonexistent-gsl-folder/out.html" << "No such file or directory";
}

void TestCliExport::unwritablePathExits74()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    if (path.startsWith("RO/")) {
        if (::geteuid() == 0) QSKIP("root can write into read-only folders");
        QDir(m_dir.path()).mkdir("RO");
        QFile::setPermissions(m_dir.filePath("RO"), QFile::ReadOwner | QFile::ExeOwner);
        path = m_dir.filePath(path);
    }
    Out r = cli({"report", scenario("runnext_spawn_order.go"), "--runs", "2", "-o", path});
    QCOMPARE(r.code, 74);
    QCOMPARE(QString::fromUtf8(r.err), "goschedlab-cli: cannot write " + path + ": " + reason + "\n");
    r = cli({"trace", scenario("runnext_spawn_order.go"), "-o", QString(path).replace(".pdf", ".json").replace(".html", ".json")});
    QCOMPARE(r.code, 74);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliExport::badOutputExtensionExits64()
{
    Out r = cli({"report", scenario("runnext_spawn_order.go"), "-o", m_dir.filePath("x.docx")});
    QCOMPARE(r.code, 64);
    QCOMPARE(r.err.count('\n'), 1);
    r = cli({"trace", scenario("runnext_spawn_order.go"), "-o", m_dir.filePath("x.txt")});
    QCOMPARE(r.code, 64);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
