#include "ui/i18n/language.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

void gslInitUiResources();

namespace gsl::ui {

namespace {
const char *kKey = "ui/language";
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

QString savedLanguage()
{
    return QSettings().value(QLatin1String(kKey)).toString();
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(kKey), code);
}

QStringList availableLanguages()
{
    gslInitUiResources();
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("goschedlab_*.qm")}, QDir::Files, QDir::Name)) {
        QString code = f.mid(11);
        code.chop(3);
        out << code;
    }
    return out;
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    if (code == QLatin1String("en")) return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

void removeTranslations()
{
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

QString installTranslations(const QString &requested)
{
    gslInitUiResources();
    removeTranslations();
    const QString code = requested.isEmpty() ? savedLanguage() : requested;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *app = new QTranslator;
    if (!app->load(locale, QStringLiteral("goschedlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete app;
        return {};
    }
    QCoreApplication::installTranslator(app);
    g_app = app;
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    QString loaded = QFileInfo(app->filePath()).completeBaseName().mid(11);
    return loaded;
}

QMenu *createLanguageMenu(QWidget *parent)
{
    auto *m = new QMenu(QApplication::translate("Language", "&Language"), parent);
    m->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(m);
    const QString current = savedLanguage();
    QStringList codes{QString()};
    codes << availableLanguages();
    for (const QString &code : codes) {
        const QString text = code.isEmpty()
            ? QApplication::translate("Language", "System (%1)").arg(QLocale::system().nativeLanguageName())
            : languageName(code);
        QAction *a = m->addAction(text);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, m, [m, code] {
            if (code == savedLanguage()) return;
            saveLanguage(code);
            QMessageBox::information(m->parentWidget(), QApplication::translate("Language", "Language"),
                                     QApplication::translate("Language", "The language changes the next time goschedlab starts."));
        });
    }
    return m;
}

} // namespace gsl::ui
