// main.cpp — `goschedlab [FILE.go]`: the desktop app. Opens FILE, or the
// bundled wg_add_inside.go, and runs it once so the window starts with a run.
#include "ui/browser/scenariomodel.h"
#include "ui/mainwindow.h"
#include "ui/persistence/settingsguard.h"
#include "ui/persistence/testcontrol.h"
#include "ui/persistence/worksafety.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("goschedlab"));
    QApplication::setOrganizationName(QStringLiteral("goschedlab"));
    QApplication::setApplicationVersion(QStringLiteral(GSL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/goschedlab/icon.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("goschedlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A laboratory for Go's scheduler"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Scenario (.go) to open"), QStringLiteral("[FILE.go]"));
    QCommandLineOption testControl(QStringLiteral("test-control"), QStringLiteral("Read test commands from stdin"));
    testControl.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testControl);
    parser.process(app);
    gsl::ui::installSettingsLocation();

    gsl::ui::MainWindow w;
    w.resize(1500, 950);
    w.show();

    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        const QString dir = gsl::ui::findScenarioDir();
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/wg_add_inside.go")))
            file = dir + QStringLiteral("/wg_add_inside.go");
    }
    // After the window is up: start-up stays fast and the run arrives from the worker.
    QTimer::singleShot(0, &w, [&w, file] {
        // Unsaved edits of a session that crashed or was killed come first.
        if (w.workSafety()->offerRecovery()) return;
        if (file.isEmpty() || !w.openFile(file))
            w.runNow(); // no scenario found: the demo run still shows something
    });
    if (parser.isSet(testControl)) new gsl::ui::TestControl(&w);
    return app.exec();
}
