#include "ui/theme/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace gsl::ui {

namespace {
QPalette g_systemPalette;
QString g_systemStyle;
bool g_init = false;
Theme g_current = Theme::System;
const char *kKey = "ui/theme";
} // namespace

QString themeName(Theme t)
{
    switch (t) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &s)
{
    if (s == QLatin1String("light")) return Theme::Light;
    if (s == QLatin1String("dark")) return Theme::Dark;
    return Theme::System;
}

Theme savedTheme()
{
    return themeFromName(QSettings().value(QLatin1String(kKey)).toString());
}

void saveTheme(Theme t)
{
    QSettings().setValue(QLatin1String(kKey), themeName(t));
}

void initThemes()
{
    if (g_init) return;
    g_init = true;
    g_systemPalette = QApplication::palette();
    g_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Follow the desktop switching between light and dark while we run.
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
        if (g_current == Theme::System) applyTheme(Theme::System);
    });
#endif
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightnessF() < 0.5;
}

bool systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme s = QGuiApplication::styleHints()->colorScheme();
    if (s != Qt::ColorScheme::Unknown)
        return s == Qt::ColorScheme::Dark;
#endif
    initThemes();
    return isDark(g_systemPalette);
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(239, 239, 239));
    delete fusion;
    p.setColor(QPalette::PlaceholderText, QColor(110, 110, 110));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 47, 51), base(30, 31, 34), text(228, 228, 228), disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 40, 44));
    p.setColor(QPalette::ToolTipBase, QColor(60, 63, 68));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(53, 55, 60));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 72, 78));
    p.setColor(QPalette::Midlight, QColor(60, 62, 67));
    p.setColor(QPalette::Mid, QColor(40, 41, 45));
    p.setColor(QPalette::Dark, QColor(22, 23, 25));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(52, 120, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 250));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 240));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool applyTheme(Theme t)
{
    initThemes();
    g_current = t;
    const bool dark = t == Theme::Dark || (t == Theme::System && systemPrefersDark());
    if (t == Theme::System && dark == isDark(g_systemPalette)) {
        // The platform's own look already matches.
        if (!g_systemStyle.isEmpty() && QApplication::style()->name() != g_systemStyle)
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
        return dark;
    }
    // Fusion draws every widget from the palette, so both themes look whole.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    return dark;
}

Theme currentTheme()
{
    return g_current;
}

QMenu *createThemeMenu(QWidget *parent)
{
    auto *m = new QMenu(QApplication::translate("Theme", "&Theme"), parent);
    m->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(m);
    const struct { Theme t; const char *text; } items[] = {
        {Theme::System, QT_TRANSLATE_NOOP("Theme", "Follow the &system")},
        {Theme::Light, QT_TRANSLATE_NOOP("Theme", "&Light")},
        {Theme::Dark, QT_TRANSLATE_NOOP("Theme", "&Dark")},
    };
    for (const auto &it : items) {
        QAction *a = m->addAction(QApplication::translate("Theme", it.text));
        a->setObjectName(QStringLiteral("theme_") + themeName(it.t));
        a->setCheckable(true);
        a->setChecked(it.t == g_current);
        group->addAction(a);
        const Theme t = it.t;
        QObject::connect(a, &QAction::triggered, m, [t] {
            applyTheme(t);
            saveTheme(t);
        });
    }
    return m;
}

} // namespace gsl::ui
