// language.h — the UI language: the system locale by default, or the one
// chosen in View ▸ Language (QSettings "ui/language": "" = system, "en",
// "zh_CN"). Translations are Qt Linguist files (translations/*.ts) compiled
// at build time and embedded under :/i18n. A change takes effect at the next
// start (the menu says so).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QMenu;
class QTranslator;
class QWidget;

namespace gsl::ui {

QString savedLanguage();
void saveLanguage(const QString &code);

// availableLanguages: the codes with an embedded translation ("en", "zh_CN").
QStringList availableLanguages();
// languageName: the language in itself ("English", "简体中文").
QString languageName(const QString &code);

// installTranslations loads goschedlab_<code>.qm for code (empty: the saved
// choice, else the system locale) and Qt's own translation of its dialogs
// when installed, and installs them in the application. Returns the code of
// the loaded translation ("" when none matched: English source strings).
QString installTranslations(const QString &code = QString());
// removeTranslations undoes installTranslations (tests).
void removeTranslations();

// createLanguageMenu: "Language" with "System (…)" and every available language.
QMenu *createLanguageMenu(QWidget *parent);

} // namespace gsl::ui
