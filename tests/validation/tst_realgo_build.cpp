// tst_realgo_build — every bundled scenario is a real Go program: Debian's Go
// toolchain builds it, and where `go vet` flags its bug the lesson says so
// (static checks are part of the truth). A scenario whose Config names a Go
// newer than the toolchain and that the toolchain rejects is skipped with the
// reason printed; any other rejection fails.
// moc (Qt 6.4) cannot parse the C++20 standard headers the engine uses.
#ifndef Q_MOC_RUN
#include "sim/lang/metadata.h"
#endif

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestRealGoBuild : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();

private:
    QString m_go;
    int m_minor = 0;
    QTemporaryDir m_out;
};

static QString runGo(const QString &go, const QStringList &args, int *code)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(go, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        *code = -1;
        return "timeout";
    }
    *code = p.exitCode();
    return QString::fromUtf8(p.readAll());
}

void TestRealGoBuild::initTestCase()
{
    m_go = QStandardPaths::findExecutable("go");
    if (m_go.isEmpty()) QSKIP("the Go toolchain is not installed (scripts/setup.sh installs golang-go)");
    int code = 0;
    const QString v = runGo(m_go, {"env", "GOVERSION"}, &code);
    QRegularExpressionMatch m = QRegularExpression("go1\\.(\\d+)").match(v);
    QVERIFY2(m.hasMatch(), qPrintable(v));
    m_minor = m.captured(1).toInt();
    qInfo("real toolchain: %s", qPrintable(v.trimmed()));
}

void TestRealGoBuild::scenario_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(QStringLiteral(GSL_SCENARIO_DIR));
    for (const QString &f : dir.entryList({"*.go"}, QDir::Files, QDir::Name)) QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestRealGoBuild::scenario()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray src = f.readAll();
    const gsl::lang::Metadata meta = gsl::lang::parseMetadata(std::string_view(src.constData(), size_t(src.size())));
    QRegularExpressionMatch vm = QRegularExpression("go=1\\.(\\d+)").match(QString::fromStdString(meta.config));
    const int wantMinor = vm.hasMatch() ? vm.captured(1).toInt() : 0;

    int code = 0;
    const QString bin = m_out.filePath(QFileInfo(path).baseName());
    const QString out = runGo(m_go, {"build", "-o", bin, path}, &code);
    if (code != 0) {
        if (wantMinor > m_minor)
            QSKIP(qPrintable(QString("Config names go1.%1, newer than the toolchain's go1.%2, which rejects it: %3")
                                 .arg(wantMinor).arg(m_minor).arg(out.trimmed())));
        QFAIL(qPrintable("the real Go compiler rejects it:\n" + out));
    }
    const QString vet = runGo(m_go, {"vet", path}, &code);
    if (code != 0) {
        const QString lesson = QString::fromStdString(meta.lesson);
        QVERIFY2(lesson.contains("go vet"),
                 qPrintable("go vet flags this scenario but its lesson does not say so:\n" + vet));
    }
}

QTEST_GUILESS_MAIN(TestRealGoBuild)
#include "tst_realgo_build.moc"
