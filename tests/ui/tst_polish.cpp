// ui.polish — themes (light/dark from the View menu, kept in QSettings),
// the Simplified Chinese translation (embedded .qm, a known string
// translated, the whole window in Chinese, the event log's narration in
// Chinese), the About box's version and
// `cmake --install` placing the executables, the .desktop file and the
// icons. Screenshots: dark theme, the Chinese UI and
// the Chinese event log.
#include "ui/config/configpanel.h"
#include "ui/controls/playbackbar.h"
#include "ui/demo/demotrace.h"
#include "ui/eventlog/eventlogmodel.h"
#include "ui/eventlog/narration.h"
#include "ui/i18n/language.h"
#include "ui/mainwindow.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
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

    void chineseNarrationInEventLog()
    {
        // The event log's plain-language narration follows the language: with
        // the zh_CN translator loaded every sentence is Chinese (Go's own names
        // such as runnext, wg.Wait and the wait reasons stay as Go spells them).
        QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        {
            MainWindow w;
            w.resize(1500, 950);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showRun(demoRun());
            auto *dock = w.findChild<QDockWidget *>(QStringLiteral("eventLogDock"));
            QVERIFY(dock);
            dock->show();
            dock->raise();
            QTableView *view = w.eventLogView();
            const QAbstractItemModel *m = view->model();
            const trace::Trace &t = *w.lastRun().trace;
            QCOMPARE(m->rowCount(), int(t.size()));
            auto narration = [m](int row) { return m->index(row, EventLogModel::NarrationCol).data().toString(); };
            auto rowOf = [&](trace::EvKind k, int32_t g, int32_t a) {
                for (int r = 0; r < m->rowCount(); ++r) {
                    const size_t i = m->index(r, 0).data(EventLogModel::EventIndexRole).toULongLong();
                    if (t[i].kind == k && t[i].g == g && (a < 0 || t[i].a == a)) return r;
                }
                return -1;
            };
            // G5 takes P0.runnext and kicks G4 to the tail; P1 steals from P0.
            const int kick = rowOf(trace::EvKind::RunqPut, 5, 4);
            QVERIFY(kick >= 0);
            QCOMPARE(narration(kick), QStringLiteral("G5 被放入 P0.runnext；G4 被挤到 P0 本地运行队列的队尾"));
            const int steal = rowOf(trace::EvKind::ProcSteal, 3, -1);
            QVERIFY(steal >= 0);
            QCOMPARE(narration(steal), QStringLiteral("P1 在本地找不到工作，从 P0 的 3 个 goroutine 中窃取了 2 个（其队列的一半）；G3 先运行"));
            // Every row is Chinese, and no English sentence is left.
            static const QRegularExpression han(QStringLiteral("\\p{Han}"));
            static const QRegularExpression english(QStringLiteral("\\b(was|the|from|to|and|its)\\b"));
            for (int r = 0; r < m->rowCount(); ++r) {
                const QString s = narration(r);
                QVERIFY2(s.contains(han), qPrintable(QStringLiteral("row %1: %2").arg(r).arg(s)));
                QVERIFY2(!s.contains(english), qPrintable(QStringLiteral("row %1: %2").arg(r).arg(s)));
            }
            // The scheduler view labels the move in Chinese too.
            QCOMPARE(moveLabel(t[size_t(m->index(kick, 0).data(EventLogModel::EventIndexRole).toULongLong())]),
                     QStringLiteral("G5 → runnext，G4 被挤到队尾"));
            view->scrollTo(m->index(kick, 0), QAbstractItemView::PositionAtTop);
            view->selectRow(kick);
            QTest::qWait(300);
            QVERIFY(dock->grab().save(shot(QStringLiteral("eventlog_zh_CN.png"))));
        }
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        removeTranslations();
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
