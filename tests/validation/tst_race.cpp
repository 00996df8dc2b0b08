// tst_race — the race detector oracle (issue #4 part 4): for every bundled
// scenario, the share of runs in which the REAL `go build -race` binary
// printed `WARNING: DATA RACE` (programs/real_race_go119_2cpu.tsv, written by
// programs/measure_race.sh) against the share of simulated runs with a race
// report (`goschedlab-cli explore FILE --race --gomaxprocs 1,2 --cpus 2
// --go 1.19 --runs 20 --format tsv`, column `races`).
//
// Metric "race": |real rate − sim rate| ≤ 0.10, Wilson 95 % intervals shown;
// the real side has few runs (10 per configuration: a race build is slow), so
// its intervals are wide, and the table says so. Known gaps as in tst_oracle
// (metric "race" in known_gaps.tsv).
#include "oracle_data.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace gsl::validation;

namespace {
struct RaceCell {
    QString file;
    int gomaxprocs = 0;
    int realRuns = 0, realReported = 0;
    QString realExits;
    int simRuns = 0, simReported = 0;
    QString simError;
    QString name() const { return file + "@" + QString::number(gomaxprocs) + ":race"; }
    double realRate() const { return realRuns ? double(realReported) / realRuns : 0; }
    double simRate() const { return simRuns ? double(simReported) / simRuns : 0; }
    bool pass() const { return simError.isEmpty() && simRuns > 0 && std::abs(realRate() - simRate()) <= 0.10 + 1e-12; }
    QString line() const
    {
        if (!simError.isEmpty()) return name() + ": simulator error: " + simError.left(300);
        return QString("%1: real reported in %2/%3 %4 (exits %5) vs sim %6/%7 %8, |Δ| %9 (bound 0.10)")
            .arg(name()).arg(realReported).arg(realRuns).arg(interval(wilson(realReported, realRuns)), realExits)
            .arg(simReported).arg(simRuns).arg(interval(wilson(simReported, simRuns)))
            .arg(std::abs(realRate() - simRate()), 0, 'f', 3);
    }
};
} // namespace

class TestRace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdict_data();
    void verdict();
    void cleanupTestCase();

private:
    std::vector<RaceCell> m_cells;
    QMap<GapKey, KnownGap> m_gaps;
};

void TestRace::initTestCase()
{
    const QString cli = qEnvironmentVariable("GSL_CLI");
    if (cli.isEmpty() || !QFile::exists(cli)) QSKIP("GSL_CLI does not name the goschedlab-cli binary (ctest sets it)");
    QFile real(QStringLiteral(GSL_TEST_DATA_DIR) + "/validation/programs/real_race_go119_2cpu.tsv");
    if (!real.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("no real race tallies: run tests/validation/programs/measure_race.sh");
    QString error;
    m_gaps = readKnownGaps(QStringLiteral(GSL_TEST_DATA_DIR) + "/validation/known_gaps.tsv", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString only = qEnvironmentVariable("GSL_ORACLE_ONLY");
    QMap<QString, QMap<int, RaceCell>> byFile;
    int line = 0;
    while (!real.atEnd()) {
        const QStringList c = QString::fromUtf8(real.readLine()).remove('\n').split('\t');
        if (++line == 1 || c.size() != 5) continue;
        if (!only.isEmpty() && !c[0].contains(only)) continue;
        RaceCell rc;
        rc.file = c[0];
        rc.gomaxprocs = c[1].toInt();
        rc.realRuns = c[2].toInt();
        rc.realReported = c[3].toInt();
        rc.realExits = c[4];
        byFile[c[0]][rc.gomaxprocs] = rc;
    }
    for (auto it = byFile.begin(); it != byFile.end(); ++it) {
        bool allPerformance = true;
        for (const RaceCell &rc : it.value()) allPerformance = allPerformance && isPerformanceGap(m_gaps, rc.name());
        if (allPerformance) {
            for (RaceCell rc : it.value()) {
                rc.simError = kNotRunPerformance;
                m_cells.push_back(rc);
            }
            continue;
        }
        QProcess p;
        p.start(cli, {"explore", QStringLiteral(GSL_SOURCE_DIR) + "/" + it.key(), "--race", "--gomaxprocs", "1,2",
                      "--cpus", "2", "--quota", "none", "--go", "1.19", "--runs", "20", "--format", "tsv"});
        QString simError;
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            simError = "explore --race did not finish within 300 s";
        } else if (p.exitCode() != 0) {
            simError = QString("explore exited %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()).left(400));
        }
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        for (int i = 1; simError.isEmpty() && i < lines.size(); ++i) {
            const QStringList c = lines[i].split('\t');
            if (c.size() != 11) continue;
            auto cell = it.value().find(c[0].toInt());
            if (cell == it.value().end()) continue;
            cell->simRuns += c[7].toInt();
            if (c[6].toInt() > 0) cell->simReported += c[7].toInt();
        }
        for (RaceCell rc : it.value()) {
            rc.simError = simError;
            m_cells.push_back(rc);
        }
    }
}

void TestRace::verdict_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < m_cells.size(); ++i) QTest::newRow(qPrintable(m_cells[i].name())) << int(i);
}

void TestRace::verdict()
{
    QFETCH(int, index);
    const RaceCell &c = m_cells[size_t(index)];
    qInfo("%s %s", c.pass() ? "ok  " : "DIFF", qPrintable(c.line()));
    if (m_gaps.contains(c.name())) {
        if (c.pass()) QFAIL(qPrintable("gap closed: remove it from known_gaps.tsv\n" + c.line()));
        qWarning("KNOWN GAP %s: %s", qPrintable(c.name()), qPrintable(m_gaps.value(c.name()).reason));
        QEXPECT_FAIL("", qPrintable(m_gaps.value(c.name()).reason), Continue);
    }
    QVERIFY2(c.pass(), qPrintable(c.line()));
}

// cleanupTestCase writes the Markdown table when GSL_FIDELITY_RACE_MD names a
// file (scripts/fidelity.sh).
void TestRace::cleanupTestCase()
{
    const QString md = qEnvironmentVariable("GSL_FIDELITY_RACE_MD");
    if (md.isEmpty() || m_cells.empty()) return;
    QFile f(md);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return;
    int pass = 0;
    for (const RaceCell &c : m_cells) pass += c.pass() ? 1 : 0;
    QString t = QString("**%1 cells compared, %2 within the bound.**\n\n").arg(m_cells.size()).arg(pass);
    t += "| file | GOMAXPROCS | real: runs reporting (exits) | sim: runs reporting | abs diff | verdict |\n|---|---|---|---|---|---|\n";
    for (const RaceCell &c : m_cells) {
        const QString verdict = c.pass() ? "ok" : m_gaps.contains(c.name()) ? "**known gap**" : "**FAIL**";
        if (!c.simError.isEmpty()) {
            t += QString("| %1 | %2 | %3/%4 (%5) | error: %6 | - | %7 |\n").arg(c.file).arg(c.gomaxprocs).arg(c.realReported)
                     .arg(c.realRuns).arg(c.realExits, c.simError.left(80), verdict);
            continue;
        }
        t += QString("| %1 | %2 | %3/%4 %5 (%6) | %7/%8 %9 | %10 | %11 |\n").arg(c.file).arg(c.gomaxprocs).arg(c.realReported)
                 .arg(c.realRuns).arg(interval(wilson(c.realReported, c.realRuns)), c.realExits).arg(c.simReported).arg(c.simRuns)
                 .arg(interval(wilson(c.simReported, c.simRuns))).arg(std::abs(c.realRate() - c.simRate()), 0, 'f', 2).arg(verdict);
    }
    f.write(t.toUtf8());
}

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
