// ui.budget_gui — a run stopped by a budget (issue #8 item 5) in the GUI: the
// banner shows the very line `goschedlab-cli run` prints for the same file
// and budget (the CLI binary is run to get it), the budgets dialog parses the
// CLI's syntax, and the window keeps processing events while a long run
// works on the controller's thread.
#include "ui/budget/budgetguard.h"
#include "ui/controller/runcontroller.h"
#include "ui/editor/goeditor.h"
#include "ui/mainwindow.h"
#include "ui/persistence/settingsguard.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
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
const char kLoop[] = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 0\n"
                     "\tfor i := 0; i < 2000000000; i++ {\n\t\tn++\n\t}\n\tfmt.Println(n)\n}\n";
} // namespace

class TestBudgetGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_budget_gui"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("GOSCHEDLAB_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
        installSettingsLocation();
        m_loop = m_dir.filePath(QStringLiteral("loop.go"));
        QFile f(m_loop);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kLoop);
    }

    void bannerShowsTheCliMessage()
    {
        // What the CLI says for this file and budget.
        const QString cli = qEnvironmentVariable("GSL_CLI");
        if (cli.isEmpty() || !QFileInfo(cli).isExecutable()) QSKIP("goschedlab-cli not found (GSL_CLI unset)");
        QProcess p;
        p.start(cli, {QStringLiteral("run"), m_loop, QStringLiteral("--max-steps"), QStringLiteral("20000")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 75);
        QString cliLine = QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(cliLine.startsWith(QStringLiteral("goschedlab-cli: budget:")), qPrintable(cliLine));
        cliLine = cliLine.mid(int(qstrlen("goschedlab-cli: ")));
        QVERIFY(cliLine.contains(QStringLiteral("--max-steps")));

        MainWindow w;
        w.resize(1300, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runtime::Budgets b;
        b.maxSteps = 20000;
        w.budgetGuard()->setBudgets(b);
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(m_loop));
        QVERIFY(shown.wait(60000));
        QVERIFY(w.budgetGuard()->bannerVisible());
        QCOMPARE(w.budgetGuard()->bannerText(), QStringLiteral("⚠ ") + cliLine);
        QVERIFY(w.lastRun().ok());   // the trace up to the budget is still shown
        w.grab().save(shot(QStringLiteral("budget_banner.png")));

        // Raised budget (through the dialog's parser): a short loop now finishes.
        b.maxSteps = runtime::Budgets{}.maxSteps;
        w.budgetGuard()->setBudgets(b);
        w.editor()->setPlainText(QString::fromLatin1(kLoop).replace(QStringLiteral("2000000000"), QStringLiteral("100")));
        w.runNow();
        QVERIFY(shown.wait(60000));
        QVERIFY(!w.budgetGuard()->bannerVisible());
        QCOMPARE(w.lastRun().exitStatus, 0);
    }

    void dialogUsesCliSyntax()
    {
        BudgetDialog d(runtime::Budgets{});
        d.findChild<QLineEdit *>(QStringLiteral("maxTime"))->setText(QStringLiteral("500ms"));
        d.findChild<QLineEdit *>(QStringLiteral("maxSteps"))->setText(QStringLiteral("12345"));
        d.findChild<QLineEdit *>(QStringLiteral("maxGoroutines"))->setText(QStringLiteral("-3"));
        QMetaObject::invokeMethod(d.findChild<QDialogButtonBox *>(), "accepted");
        QVERIFY(d.result() != QDialog::Accepted);
        const QString err = d.findChild<QLabel *>(QStringLiteral("budgetError"))->text();
        QVERIFY2(err.contains(QStringLiteral("--max-goroutines")), qPrintable(err));
        d.findChild<QLineEdit *>(QStringLiteral("maxGoroutines"))->setText(QStringLiteral("50"));
        QMetaObject::invokeMethod(d.findChild<QDialogButtonBox *>(), "accepted");
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.budgets().maxSimTime, 500 * kMillisecond);
        QCOMPARE(d.budgets().maxSteps, uint64_t(12345));
        QCOMPARE(d.budgets().maxGoroutines, uint32_t(50));
        // Saved and read back through the settings.
        BudgetGuard::save(d.budgets());
        QCOMPARE(BudgetGuard::load().maxSimTime, 500 * kMillisecond);
        BudgetGuard::save(runtime::Budgets{});
    }

    void staysResponsiveDuringALongRun()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::runShown);
        // Grow the budget until the run takes long enough to measure.
        for (uint64_t steps = 2'000'000; steps <= 2'000'000'000; steps *= 4) {
            runtime::Budgets b;
            b.maxSteps = steps;
            b.maxSimTime = 1000 * 3600 * kSecond;   // only the step budget may stop it
            b.maxTraceEvents = 1'000'000'000;
            w.budgetGuard()->setBudgets(b);
            w.editor()->setPlainText(QString::fromLatin1(kLoop));
            shown.clear();
            QElapsedTimer run;
            run.start();
            w.runNow();
            QVERIFY(w.runController()->isBusy());
            // The event loop ticks every 10 ms; a blocked GUI thread would show a gap as long as the run.
            qint64 maxGap = 0, last = 0;
            int ticks = 0;
            QTimer tick;
            tick.setInterval(10);
            connect(&tick, &QTimer::timeout, this, [&] {
                const qint64 now = run.elapsed();
                maxGap = std::max(maxGap, now - last);
                last = now;
                ++ticks;
            });
            tick.start();
            QVERIFY(shown.wait(120000));
            const qint64 took = run.elapsed();
            tick.stop();
            QVERIFY(w.budgetGuard()->bannerVisible());
            QVERIFY2(w.budgetGuard()->bannerText().contains(QStringLiteral("--max-steps")), qPrintable(w.budgetGuard()->bannerText()));
            if (took < 600) continue;
            qInfo() << "run of" << steps << "steps took" << took << "ms; GUI ticks:" << ticks << "largest gap" << maxGap << "ms";
            QVERIFY2(maxGap < 250, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxGap)));
            QVERIFY(ticks > took / 40);
            return;
        }
        QSKIP("even 512M steps ran in under 0.6 s: too fast to measure responsiveness");
    }

private:
    QTemporaryDir m_dir;
    QString m_loop;
};

QTEST_MAIN(TestBudgetGui)
#include "tst_budget_gui.moc"
