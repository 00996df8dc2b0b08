// main.cpp — `goschedlab [FILE.go]`: the desktop app. Opens FILE, or the
// bundled wg_add_inside.go, and runs it once so the window starts with a run.
#include "ui/browser/scenariomodel.h"
#include "ui/mainwindow.h"

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
    parser.process(app);

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
        if (file.isEmpty() || !w.openFile(file))
            w.runNow(); // no scenario found: the demo run still shows something
    });
    return app.exec();
}
