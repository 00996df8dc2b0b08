// ui.export_report — File → Export report… (issue #7): the GUI's export runs
// off the GUI thread with a cancellable progress dialog and writes the same
// report as `goschedlab-cli report` for the same input (the CLI binary is
// run and the two HTML files compared byte for byte); a PDF passes pdfinfo
// and pdftotext; a cancelled export leaves no file and no temporary file.
// Screenshot of the progress dialog in ${GSL_BINARY_DIR}/screenshots/.
#include "ui/config/configpanel.h"
#include "ui/editor/goeditor.h"
#include "ui/export/reportexporter.h"
#include "ui/export/reportexportui.h"
#include "ui/mainwindow.h"
#include "ui/persistence/settingsguard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}
QByteArray readAll(const QString &p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}
} // namespace

class TestExportReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_export_report"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("GOSCHEDLAB_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("GOSCHEDLAB_AUTO_ANSWER", "reject");   // never block on a message box
        installSettingsLocation();
    }

    void htmlMatchesTheCli()
    {
        const QString cli = qEnvironmentVariable("GSL_CLI");
        if (cli.isEmpty() || !QFileInfo(cli).isExecutable()) QSKIP("goschedlab-cli not found (GSL_CLI unset)");
        const QString scn = QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go");
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(scn));
        QVERIFY(shown.wait(30000));
        ReportJob job;
        job.scenarioPath = w.currentPath();
        job.source = w.editor()->toPlainText();
        job.config = w.configPanel()->config();
        job.runs = 40;
        job.outPath = m_dir.filePath(QStringLiteral("gui.html"));
        QSignalSpy done(w.reportExport(), &ReportExportUi::exportFinished);
        QSignalSpy progress(w.reportExport()->exporter(), &ReportExporter::progressed);
        QVERIFY(w.reportExport()->startExport(job));
        QVERIFY(w.reportExport()->progressDialog());
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(progress.size() >= 3);
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Report written to")));
        QVERIFY(!w.reportExport()->progressDialog());

        const QByteArray gui = readAll(job.outPath);
        QVERIFY(gui.startsWith("<!DOCTYPE html>") || gui.startsWith("<html"));
        QVERIFY(gui.contains("WaitGroup.Add inside the goroutine"));
        QVERIFY(gui.contains("<svg"));
        QVERIFY(!gui.contains("src=\"http") && !gui.contains("href=\"http"));   // self-contained

        // The CLI with the same single configuration (the panel's), seeds and runs.
        const runtime::RunConfig c = job.config;
        const QString cliOut = m_dir.filePath(QStringLiteral("cli.html"));
        QProcess p;
        p.start(cli, {QStringLiteral("report"), scn, QStringLiteral("-o"), cliOut, QStringLiteral("--runs"), QStringLiteral("40"),
                      QStringLiteral("--gomaxprocs"), QString::number(*c.gomaxprocs), QStringLiteral("--cpus"), QString::number(c.cpus),
                      QStringLiteral("--quota"), QStringLiteral("none"), QStringLiteral("--go"), QString::fromStdString(c.go.str()),
                      QStringLiteral("--seed"), QString::number(c.seed)});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QByteArray fromCli = readAll(cliOut);
        QVERIFY(!fromCli.isEmpty());
        if (gui != fromCli) {
            qsizetype i = 0;
            while (i < gui.size() && i < fromCli.size() && gui[i] == fromCli[i]) ++i;
            qWarning() << "first difference at byte" << i << "\nGUI:" << gui.mid(std::max<qsizetype>(0, i - 80), 200)
                       << "\nCLI:" << fromCli.mid(std::max<qsizetype>(0, i - 80), 200);
        }
        QCOMPARE(gui.size(), fromCli.size());
        QVERIFY(gui == fromCli);
    }

    void pdfThroughTheMenu()
    {
        MainWindow w;
        w.resize(1300, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(QStringLiteral(GSL_SCENARIO_DIR "/racy_counter.go")));
        QVERIFY(shown.wait(30000));
        const QString out = m_dir.filePath(QStringLiteral("menu.pdf"));
        // The save dialog: pick the PDF type, type a name without extension, accept.
        bool dialogSeen = false;
        QTimer::singleShot(300, this, [&] {
            auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!d) return;
            dialogSeen = true;
            d->selectNameFilter(d->nameFilters().value(1));
            Q_EMIT d->filterSelected(d->nameFilters().value(1));
            d->setDirectory(m_dir.path());
            d->selectFile(QStringLiteral("menu"));
            if (auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) name->setText(QStringLiteral("menu"));
            QMetaObject::invokeMethod(d, "accept", Qt::QueuedConnection);
        });
        QSignalSpy done(w.reportExport(), &ReportExportUi::exportFinished);
        QAction *a = w.findChild<QAction *>(QStringLiteral("exportReport"));
        QVERIFY(a);
        a->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(done.wait(300000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        QCOMPARE(w.reportExport()->lastPath(), out);
        const QByteArray pdf = readAll(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdfinfo = tool("pdfinfo"), pdftotext = tool("pdftotext");
        if (pdfinfo.isEmpty() || pdftotext.isEmpty()) QSKIP("pdfinfo/pdftotext (poppler-utils) not installed: only the PDF header was checked");
        QProcess info;
        info.start(pdfinfo, {out});
        QVERIFY(info.waitForFinished(30000));
        QCOMPARE(info.exitCode(), 0);
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(infoText);
        QVERIFY2(m.hasMatch(), qPrintable(infoText));
        const int pages = m.captured(1).toInt();
        QVERIFY(pages >= 2);
        QVERIFY(infoText.contains(QStringLiteral("595.28 x 841.89")) || infoText.contains(QStringLiteral("595 x 842")));   // A4
        QProcess text;
        text.start(pdftotext, {out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(body.contains(QStringLiteral("goschedlab-cli run")));   // the replay command
        QVERIFY(body.contains(QStringLiteral("racy_counter.go")));
        qInfo() << "GUI PDF:" << pages << "pages," << pdf.size() << "bytes";
    }

    void cancelLeavesNothing()
    {
        MainWindow w;
        w.resize(1300, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go")));
        QVERIFY(shown.wait(30000));
        QTemporaryDir outDir;
        ReportJob job;
        job.scenarioPath = w.currentPath();
        job.source = w.editor()->toPlainText();
        job.config = w.configPanel()->config();
        job.runs = 1'000'000;   // far more than we wait for
        job.threads = 1;
        job.outPath = outDir.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy progress(w.reportExport()->exporter(), &ReportExporter::progressed);
        QSignalSpy done(w.reportExport(), &ReportExportUi::exportFinished);
        QVERIFY(w.reportExport()->startExport(job));
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 30000);
        QProgressDialog *pd = w.reportExport()->progressDialog();
        QVERIFY(pd && pd->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(pd->value() >= 30, 60000);   // 3 %: the bar visibly moves
        QVERIFY(pd->value() < 1000);
        QVERIFY(pd->labelText().contains(QStringLiteral("seeds")));
        QTest::qWait(200);
        QVERIFY(pd->grab().toImage().save(shot(QStringLiteral("export_progress.png"))));
        w.grab().save(shot(QStringLiteral("export_progress_window.png")));
        // While exporting, the window still runs scenarios.
        QSignalSpy again(&w, &MainWindow::runShown);
        w.runNow();
        QVERIFY(again.wait(30000));
        QVERIFY(w.reportExport()->exporter()->isBusy());
        // Cancel like the user: the dialog's button.
        QElapsedTimer t;
        t.start();
        QPushButton *cancelButton = pd->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QVERIFY(done.wait(30000));
        qInfo() << "cancel took" << t.elapsed() << "ms";
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(done.first().at(1).toBool(), true);
        QVERIFY(!w.reportExport()->exporter()->isBusy());
        QCOMPARE(QDir(outDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void compileErrorIsReported()
    {
        ReportExporter ex;
        QSignalSpy done(&ex, &ReportExporter::finished);
        ReportJob job;
        job.scenarioPath = QStringLiteral("broken.go");
        job.source = QStringLiteral("package main\n\nfunc main() {\n\tx := \n}\n");
        job.outPath = m_dir.filePath(QStringLiteral("broken.html"));
        QVERIFY(ex.start(job));
        QVERIFY(!ex.start(job));   // one at a time
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(2).toString().startsWith(QStringLiteral("broken.go:")), qPrintable(done.first().at(2).toString()));
        QVERIFY(!QFileInfo::exists(job.outPath));
        job.outPath = m_dir.filePath(QStringLiteral("report.txt"));
        QVERIFY(!ex.start(job));   // unknown extension
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportReport)
#include "tst_export_report.moc"
