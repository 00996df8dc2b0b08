// main.cpp — `goschedlab [FILE.go]`: the desktop app. Opens FILE, or the
// bundled wg_add_inside.go, and runs it once so the window starts with a run.
#include "ui/browser/scenariomodel.h"
#include "ui/i18n/language.h"
#include "ui/mainwindow.h"
#include "ui/persistence/settingsguard.h"
#include "ui/persistence/testcontrol.h"
#include "ui/persistence/worksafety.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QTimer>

int main(int argc, char **argv)
{
    // High DPI: Qt 6 always scales; pass fractional factors (125 %, 150 %)
    // through instead of rounding them, so text and lanes keep their size.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("goschedlab"));
    QApplication::setOrganizationName(QStringLiteral("goschedlab"));
    QApplication::setApplicationVersion(QStringLiteral(GSL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/goschedlab/icon.svg")));

    // Settings first (INI file, GOSCHEDLAB_CONFIG_DIR): language and theme are read from it.
    gsl::ui::installSettingsLocation();
    // Language: View ▸ Language, else the system locale; theme: View ▸ Theme, else the system's.
    gsl::ui::installTranslations();
    gsl::ui::initThemes();
    gsl::ui::applyTheme(gsl::ui::savedTheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A laboratory for Go's scheduler"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Scenario (.go) to open"), QStringLiteral("[FILE.go]"));
    QCommandLineOption testControl(QStringLiteral("test-control"), QStringLiteral("Read test commands from stdin"));
    testControl.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testControl);
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
        // Unsaved edits of a session that crashed or was killed come first.
        if (w.workSafety()->offerRecovery()) return;
        if (file.isEmpty() || !w.openFile(file))
            w.runNow(); // no scenario found: the demo run still shows something
    });
    if (parser.isSet(testControl)) new gsl::ui::TestControl(&w);
    return app.exec();
}
