// tst_oracle — the real Go runtime as the oracle of the simulator (issue #4).
//
// For every file of programs/real_go119_2cpu.tsv (every bundled scenario and
// every validation program, 200 real runs each at GOMAXPROCS 1 and 2 with
// go1.19.8 on a 2-CPU machine), run
//     goschedlab-cli explore FILE --gomaxprocs 1,2 --cpus 2 --quota none --go 1.19 --runs 200 --format tsv
// and compare the two outcome distributions with the metrics of
// oracle_cells.h. One data row per cell ("scenarios/wg_add_inside.go@2:bugrate").
//
// A cell outside its bound fails with the side-by-side table, unless
// known_gaps.tsv lists it with a reason: then it is reported as an expected
// failure (XFAIL, the table printed). A listed cell that is within bounds
// fails ("gap closed"), so the list cannot go stale.
//
// Environment: GSL_CLI (set by ctest) the CLI; GSL_ORACLE_RUNS simulated runs
// per configuration (default 200, as the real tallies); GSL_ORACLE_ONLY a
// substring that restricts the files (development); GSL_FIDELITY_MD a file
// to write the Markdown table into (scripts/fidelity.sh).
// Another machine (docs/fidelity.md, "Another machine"): GSL_ORACLE_REAL a
// real tally TSV measured there with programs/measure.sh, GSL_ORACLE_MACHINE
// the machine profile measured there (passed to explore as --machine),
// GSL_ORACLE_GAPS the known-gaps file to apply (default known_gaps.tsv, which
// is about the reference tallies and the bundled profile).
#include "oracle_report.h"

#include "sim/lang/metadata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace gsl::validation;

class TestOracle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyScenarioMeasured();
    void knownGapsNameCells();
    void cell_data();
    void cell();
    void summary();

private:
    QString runSim(const QString &file, const QStringList &procs, QMap<int, Distribution> *out);

    QString m_cli;
    int m_runs = 200;
    QString m_only;
    QString m_machine;
    QMap<CellKey, Distribution> m_real;
    QMap<GapKey, KnownGap> m_gaps;
    std::vector<Cell> m_cells;
    QStringList m_notCompared;
};

static QString sourcePath(const QString &rel) { return QStringLiteral(GSL_SOURCE_DIR) + "/" + rel; }

// runSim runs the CLI on one file for the GOMAXPROCS values in procs (of 1
// and 2); "" on success, else what went wrong (exit status and stderr).
QString TestOracle::runSim(const QString &file, const QStringList &procs, QMap<int, Distribution> *out)
{
    QProcess p;
    // --quota none: the real runs (measure.sh) have no cgroup quota, whatever
    // the scenario's Config line says.
    QStringList args{"explore", sourcePath(file), "--gomaxprocs", procs.join(','), "--cpus", "2", "--quota", "none", "--go", "1.19", "--runs",
                     QString::number(m_runs), "--format", "tsv"};
    if (!m_machine.isEmpty()) args << "--machine" << m_machine;
    p.start(m_cli, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return "explore did not finish within 300 s";
    }
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString("explore exited with status %1: %2").arg(p.exitCode()).arg(err.left(500));
    QString error;
    *out = parseSimTsv(QString::fromUtf8(p.readAllStandardOutput()), &error);
    return error;
}

void TestOracle::initTestCase()
{
    m_cli = qEnvironmentVariable("GSL_CLI");
    if (m_cli.isEmpty() || !QFile::exists(m_cli)) QSKIP("GSL_CLI does not name the goschedlab-cli binary (ctest sets it)");
    if (qEnvironmentVariableIsSet("GSL_ORACLE_RUNS")) m_runs = qEnvironmentVariableIntValue("GSL_ORACLE_RUNS");
    m_only = qEnvironmentVariable("GSL_ORACLE_ONLY");
    m_machine = qEnvironmentVariable("GSL_ORACLE_MACHINE");
    const QString realTsv = qEnvironmentVariable("GSL_ORACLE_REAL", QStringLiteral(GSL_TEST_DATA_DIR) + "/validation/programs/real_go119_2cpu.tsv");
    const QString gapsTsv = qEnvironmentVariable("GSL_ORACLE_GAPS", QStringLiteral(GSL_TEST_DATA_DIR) + "/validation/known_gaps.tsv");
    qInfo("real tallies: %s; machine profile: %s; known gaps: %s", qPrintable(realTsv),
          m_machine.isEmpty() ? "bundled default" : qPrintable(m_machine), qPrintable(gapsTsv));
    QString error;
    m_real = readRealTsv(realTsv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_gaps = readKnownGaps(gapsTsv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList files;
    for (const CellKey &k : m_real.keys())
        if (!files.contains(k.first) && (m_only.isEmpty() || k.first.contains(m_only))) files << k.first;
    for (const QString &file : files) {
        QFile f(sourcePath(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file + ": " + f.errorString()));
        const QByteArray src = f.readAll();
        const QString correct = QString::fromStdString(
            gsl::lang::parseMetadata(std::string_view(src.constData(), size_t(src.size()))).correct).trimmed();
        // A GOMAXPROCS whose every cell is listed as a simulator performance
        // gap is not simulated (it would not finish in CI's time).
        QMap<int, Distribution> sim;
        QStringList procs;
        for (int n : {1, 2}) {
            if (!m_real.contains({file, n})) continue;
            bool allPerformance = true;
            for (const QString &m : metricsFor(m_real.value({file, n}), !correct.isEmpty()))
                allPerformance = allPerformance && isPerformanceGap(m_gaps, gapKey(file, n, m));
            if (!allPerformance) procs << QString::number(n);
        }
        const QString runError = procs.isEmpty() ? QString() : runSim(file, procs, &sim);
        qInfo("%s: %s", qPrintable(file),
              procs.isEmpty() ? kNotRunPerformance : runError.isEmpty() ? qPrintable("simulated at GOMAXPROCS " + procs.join(',')) : qPrintable(runError));
        for (int n : {1, 2}) {
            if (!m_real.contains({file, n})) continue;
            const QString simError = procs.contains(QString::number(n)) ? runError : QString(kNotRunPerformance);
            const Distribution &real = m_real.value({file, n});
            const QStringList metrics = metricsFor(real, !correct.isEmpty());
            if (!metrics.contains("exact") && !metrics.contains("tvd"))
                m_notCompared << QString("%1 @ GOMAXPROCS=%2: %3 outcomes cover 95 % of %4 real runs")
                                     .arg(file).arg(n).arg(real.coverCount(kCoverage)).arg(real.runs);
            for (const QString &m : metrics) {
                Cell c;
                c.file = file;
                c.gomaxprocs = n;
                c.metric = m;
                c.real = real;
                c.sim = sim.value(n);
                c.correct = correct;
                c.simError = simError;
                if (simError.isEmpty() && c.sim.isEmpty()) c.simError = "explore printed no rows for this GOMAXPROCS";
                evaluate(c);
                m_cells.push_back(c);
            }
        }
    }
}

// everyScenarioMeasured: the oracle covers every bundled scenario; a new
// scenario needs `programs/measure.sh 200 ... scenarios/NEW.go` first.
void TestOracle::everyScenarioMeasured()
{
    if (!m_only.isEmpty()) QSKIP("GSL_ORACLE_ONLY restricts the files");
    QDir dir(QStringLiteral(GSL_SCENARIO_DIR));
    QStringList missing;
    for (const QString &f : dir.entryList({"*.go"}, QDir::Files, QDir::Name))
        for (int n : {1, 2})
            if (!m_real.contains({"scenarios/" + f, n})) missing << QString("scenarios/%1@%2").arg(f).arg(n);
    QVERIFY2(missing.isEmpty(), qPrintable("no real tallies for " + missing.join(", ") +
                                           ": run tests/validation/programs/measure.sh on them"));
}

// knownGapsNameCells: every known gap names a cell that exists (the rows
// for tests/validation/cfs/ belong to tst_cfs, metric "race" to tst_race).
void TestOracle::knownGapsNameCells()
{
    if (!m_only.isEmpty()) QSKIP("GSL_ORACLE_ONLY restricts the files");
    QStringList stale;
    for (auto it = m_gaps.cbegin(); it != m_gaps.cend(); ++it) {
        if (it.key().startsWith("tests/validation/cfs/") || it.key().endsWith(":race")) continue;   // tst_cfs's, tst_race's
        bool found = false;
        for (const Cell &c : m_cells) found = found || c.name() == it.key();
        if (!found) stale << QString("known_gaps.tsv:%1: %2").arg(it.value().line).arg(it.key());
    }
    QVERIFY2(stale.isEmpty(), qPrintable("known gaps that name no compared cell:\n" + stale.join('\n')));
}

void TestOracle::cell_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < m_cells.size(); ++i) QTest::newRow(qPrintable(m_cells[i].name())) << int(i);
}

void TestOracle::cell()
{
    QFETCH(int, index);
    const Cell &c = m_cells[size_t(index)];
    const bool known = m_gaps.contains(c.name());
    const QString table = verdictLine(c) + "\n" + (c.simError.isEmpty() ? sideBySide(c) : QString());
    if (c.pass && known)
        QFAIL(qPrintable("gap closed: remove it from known_gaps.tsv (line " +
                         QString::number(m_gaps.value(c.name()).line) + ")\n" + table));
    if (!c.pass && known) {
        qWarning("KNOWN GAP %s\n  reason: %s\n%s", qPrintable(c.name()), qPrintable(m_gaps.value(c.name()).reason),
                 qPrintable(table));
        QEXPECT_FAIL("", qPrintable("known gap: " + m_gaps.value(c.name()).reason), Continue);
    }
    QVERIFY2(c.pass, qPrintable("outside the bound:\n" + table));
}

// summary prints the whole comparison and writes the Markdown table when asked.
void TestOracle::summary()
{
    int pass = 0;
    for (const Cell &c : m_cells) pass += c.pass ? 1 : 0;
    QString text = QString("oracle: %1 cells compared, %2 within bounds, %3 outside\n")
                       .arg(m_cells.size()).arg(pass).arg(int(m_cells.size()) - pass);
    for (const Cell &c : m_cells)
        text += QString("  %1 %2\n").arg(c.pass ? "ok  " : m_gaps.contains(c.name()) ? "GAP " : "FAIL", verdictLine(c));
    for (const QString &n : m_notCompared) text += "  not compared: " + n + "\n";
    qInfo("%s", qPrintable(text));
    const QString md = qEnvironmentVariable("GSL_FIDELITY_MD");
    if (!md.isEmpty()) {
        QFile f(md);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(md + ": " + f.errorString()));
        const QString header = QString("Simulator: `goschedlab-cli explore FILE --gomaxprocs 1,2 --cpus 2 --quota none --go 1.19 "
                                       "--runs %1 --format tsv` (seeds 1..%1).\n").arg(m_runs);
        f.write(oracleMarkdown(m_cells, m_gaps, m_notCompared, header).toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestOracle)
#include "tst_oracle.moc"
