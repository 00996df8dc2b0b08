// ui.polish — themes (light/dark from the View menu, kept in QSettings),
// the Simplified Chinese translation (embedded .qm, a known string
// translated, the whole window in Chinese), the About box's version and
// `cmake --install` placing the executables, the .desktop file and the
// icons. Screenshots: dark theme and the Chinese UI.
#include "ui/config/configpanel.h"
#include "ui/controls/playbackbar.h"
#include "ui/demo/demotrace.h"
#include "ui/i18n/language.h"
#include "ui/mainwindow.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QDir>
#include <QFontDatabase>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}
RunOutput demoRun()
{
    RunOutput out;
    auto t = makeDemoTrace();
    out.trace = t;
    out.timeline = std::make_shared<TimelineData>(TimelineData::build(*t));
    out.demo = true;
    out.gomaxprocs = 2;
    out.info = parseScenarioInfo(QString::fromUtf8(demoSource()));
    return out;
}
double meanLightness(const QImage &img)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); y += 9)
        for (int x = 0; x < img.width(); x += 9, ++n)
            sum += img.pixelColor(x, y).lightnessF();
    return n ? sum / n : 0;
}
QAction *menuAction(QWidget *w, const QString &name)
{
    return w->findChild<QAction *>(name);
}
} // namespace

class TestPolish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_polish"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        initThemes();
    }

    void themeSwitchChangesThePalette()
    {
        QCOMPARE(themeFromName(QStringLiteral("dark")), Theme::Dark);
        QCOMPARE(themeFromName(QStringLiteral("bogus")), Theme::System);
        QVERIFY(isDark(darkPalette()));
        QVERIFY(!isDark(lightPalette()));
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showRun(demoRun());
        // View ▸ Theme ▸ Dark, as a user would pick it.
        QAction *dark = menuAction(&w, QStringLiteral("theme_dark"));
        QAction *light = menuAction(&w, QStringLiteral("theme_light"));
        QAction *system = menuAction(&w, QStringLiteral("theme_system"));
        QVERIFY(dark && light && system);
        dark->trigger();
        QVERIFY(isDark(QApplication::palette()));
        QCoreApplication::processEvents(); // widgets take the application palette on the posted change event
        QVERIFY(isDark(w.palette()));
        QVERIFY(isDark(w.configPanel()->palette()));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(savedTheme(), Theme::Dark);
        QTest::qWait(450);
        QImage img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("theme_dark.png"))));
        QVERIFY2(meanLightness(img) < 0.45, "the dark window is mostly dark");
        // Light: the palette flips back.
        light->trigger();
        QVERIFY(!isDark(QApplication::palette()));
        QCoreApplication::processEvents();
        QVERIFY(!isDark(w.palette()));
        img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("theme_light.png"))));
        QVERIFY(meanLightness(img) > 0.6);
        // System: what the platform says (offscreen: light).
        system->trigger();
        QCOMPARE(isDark(QApplication::palette()), systemPrefersDark());
        QCOMPARE(savedTheme(), Theme::System);
    }

    void chineseTranslationLoads()
    {
        const QStringList langs = availableLanguages();
        QVERIFY2(langs.contains(QStringLiteral("zh_CN")), qPrintable(langs.join(QLatin1Char(','))));
        QVERIFY(langs.contains(QStringLiteral("en")));
        QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("gsl::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("gsl::ui::PlaybackBar", "Speed"), QStringLiteral("速度"));
        QVERIFY(QCoreApplication::translate("gsl::ui::ConfigPanel", "Seed") != QStringLiteral("Seed"));
        {
            MainWindow w;
            w.resize(1500, 950);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showRun(demoRun());
            QStringList titles;
            for (QAction *a : w.menuBar()->actions()) titles << a->text();
            QVERIFY2(titles.contains(QStringLiteral("文件(&F)")), qPrintable(titles.join(QLatin1Char(' '))));
            QVERIFY(titles.contains(QStringLiteral("视图(&V)")));
            // The configuration panel's tooltips are Chinese too.
            auto *gmp = w.configPanel()->findChild<QSpinBox *>(QStringLiteral("gomaxprocs"));
            QVERIFY(gmp->toolTip().contains(QStringLiteral("处理器")) || gmp->toolTip().contains(QStringLiteral("运行")));
            // A CJK font is there to draw it (else the screenshot shows boxes).
            if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
                qWarning("no font with Simplified Chinese glyphs is installed (fonts-noto-cjk)");
            QTest::qWait(450);
            QVERIFY(w.grab().save(shot(QStringLiteral("ui_zh_CN.png"))));
        }
        // English: the source strings, untouched.
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("gsl::ui::MainWindow", "&File"), QStringLiteral("&File"));
        removeTranslations();
        // The language menu keeps the choice for the next start.
        QWidget host;
        QMenu *m = createLanguageMenu(&host);
        QAction *zh = m->findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(zh);
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget()) box->close();
        });
        zh->trigger();
        QCOMPARE(savedLanguage(), QStringLiteral("zh_CN"));
        saveLanguage(QString());
    }

    void aboutBoxShowsTheVersion()
    {
        MainWindow w;
        w.show();
        QString text;
        QTimer::singleShot(0, [&text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        QAction *about = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&About goschedlab")) about = a;
        QVERIFY(about);
        about->trigger();
        // The version is the project's (the root CMakeLists.txt's project(... VERSION x.y.z)).
        QFile cm(QStringLiteral(GSL_SOURCE_DIR "/CMakeLists.txt"));
        QVERIFY(cm.open(QIODevice::ReadOnly));
        const auto m = QRegularExpression(QStringLiteral("project\\(goschedlab VERSION ([0-9.]+)")).match(QString::fromUtf8(cm.readAll()));
        QVERIFY(m.hasMatch());
        QVERIFY2(text.contains(QStringLiteral("goschedlab ") + m.captured(1)), qPrintable(text));
    }

    void installPlacesDesktopFileAndIcons()
    {
        const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
        if (cmake.isEmpty())
            QSKIP("cmake is not on PATH");
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QProcess p;
        p.start(cmake, {QStringLiteral("--install"), QStringLiteral(GSL_BINARY_DIR), QStringLiteral("--prefix"), prefix.path()});
        QVERIFY(p.waitForFinished(120000));
        if (p.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cmake --install failed (is everything built?): ")
                             + QString::fromUtf8(p.readAllStandardError()).left(300)));
        const QString root = prefix.path();
        for (const char *f : {"/bin/goschedlab", "/bin/goschedlab-cli", "/share/applications/goschedlab.desktop",
                              "/share/icons/hicolor/scalable/apps/goschedlab.svg",
                              "/share/icons/hicolor/48x48/apps/goschedlab.png",
                              "/share/icons/hicolor/256x256/apps/goschedlab.png"})
            QVERIFY2(QFileInfo::exists(root + QLatin1String(f)), f);
        QVERIFY(QFileInfo(root + QStringLiteral("/bin/goschedlab")).isExecutable());
        QFile desktop(root + QStringLiteral("/share/applications/goschedlab.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QString d = QString::fromUtf8(desktop.readAll());
        QVERIFY(d.contains(QStringLiteral("Exec=goschedlab")));
        QVERIFY(d.contains(QStringLiteral("Icon=goschedlab")));
        QVERIFY(d.contains(QStringLiteral("Name[zh_CN]=")));
        QImage png(root + QStringLiteral("/share/icons/hicolor/48x48/apps/goschedlab.png"));
        QCOMPARE(png.size(), QSize(48, 48));
    }
};

QTEST_MAIN(TestPolish)
#include "tst_polish.moc"
