// tst_gofmt — every bundled scenario and conformance program is gofmt-clean
// (`gofmt -l scenarios/ tests/conformance/` prints nothing), so a file copied out
// of goschedlab into a Go project stays as it is under the editor's formatter,
// and its metadata block reads the same after `gofmt -w`. Skips with a reason
// when gofmt (Debian's golang-go) is not installed.
// moc (Qt 6.4) cannot parse the C++20 standard headers the engine uses.
#ifndef Q_MOC_RUN
#include "sim/lang/metadata.h"
#endif

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

class TestGofmt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsNothing();
    void metadataSurvivesFormatting_data();
    void metadataSurvivesFormatting();

private:
    QString m_gofmt;
};

static QByteArray runGofmt(const QString &gofmt, const QStringList &args, const QByteArray &input, int *code)
{
    QProcess p;
    p.start(gofmt, args);
    if (!input.isEmpty()) p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        *code = -1;
        return "timeout";
    }
    *code = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

void TestGofmt::initTestCase()
{
    m_gofmt = QStandardPaths::findExecutable("gofmt");
    if (m_gofmt.isEmpty()) QSKIP("gofmt is not installed (scripts/setup.sh installs golang-go, which provides it)");
}

void TestGofmt::listsNothing()
{
    int code = 0;
    const QByteArray out = runGofmt(m_gofmt,
                                    {"-l", QStringLiteral(GSL_SOURCE_DIR "/scenarios"),
                                     QStringLiteral(GSL_SOURCE_DIR "/tests/conformance")},
                                    {}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.trimmed().isEmpty(),
             qPrintable("not gofmt-clean (run gofmt -w on them, then check line references):\n" + QString::fromUtf8(out)));
}

void TestGofmt::metadataSurvivesFormatting_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(QStringLiteral(GSL_SCENARIO_DIR));
    const auto files = dir.entryList({"*.go"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 16);
    for (const QString &f : files) QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

// Also the form a user gets by pasting the block directly above `package main`
// and formatting: gofmt rewrites the package doc comment, the metadata must not change.
void TestGofmt::metadataSurvivesFormatting()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray src = f.readAll();
    QByteArray docForm = src;
    docForm.replace("\n\npackage main\n", "\npackage main\n");   // the block as the package doc comment
    int code = 0;
    const QByteArray formatted = runGofmt(m_gofmt, {}, docForm, &code);
    QCOMPARE(code, 0);
    const gsl::lang::Metadata before = gsl::lang::parseMetadata(src.toStdString());
    const gsl::lang::Metadata after = gsl::lang::parseMetadata(formatted.toStdString());
    QVERIFY(!before.title.empty());
    QCOMPARE(QString::fromStdString(after.lesson), QString::fromStdString(before.lesson));
    QCOMPARE(QString::fromStdString(after.config), QString::fromStdString(before.config));
    QCOMPARE(QString::fromStdString(after.correct), QString::fromStdString(before.correct));
    QCOMPARE(after.all.size(), before.all.size());
}

QTEST_GUILESS_MAIN(TestGofmt)
#include "tst_gofmt.moc"
