// theme.h — light and dark themes. "System" follows the desktop: Qt 6.5+
// reports the colour scheme (QStyleHints::colorScheme); on Qt 6.4 the
// palette the platform gave the application at start-up tells (dark when
// its window colour is dark). The View ▸ Theme menu overrides it; the
// choice is kept in QSettings ("ui/theme": system, light, dark).
#pragma once

#include <QPalette>
#include <QString>

class QMenu;
class QWidget;

namespace gsl::ui {

enum class Theme { System, Light, Dark };

QString themeName(Theme t);            // "system", "light", "dark"
Theme themeFromName(const QString &s); // unknown -> System

Theme savedTheme();
void saveTheme(Theme t);

// initThemes remembers the platform's palette and style; call once after
// QApplication exists and before applyTheme.
void initThemes();
// systemPrefersDark: what "System" resolves to.
bool systemPrefersDark();
// applyTheme sets the application style and palette; returns whether the
// result is dark.
bool applyTheme(Theme t);
Theme currentTheme();
bool isDark(const QPalette &p);
QPalette lightPalette();
QPalette darkPalette();

// createThemeMenu: "Theme" with System / Light / Dark; choosing applies and saves.
QMenu *createThemeMenu(QWidget *parent);

} // namespace gsl::ui
