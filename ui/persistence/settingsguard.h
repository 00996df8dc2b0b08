// settingsguard.h — the settings file, and what happens when it is damaged.
//
// Settings live in one INI file: $GOSCHEDLAB_CONFIG_DIR/goschedlab/goschedlab.ini
// (tests point GOSCHEDLAB_CONFIG_DIR at a temporary folder), else the user's
// config folder (QStandardPaths::GenericConfigLocation). installSettingsLocation
// makes every default-constructed QSettings use that file.
//
// checkSettings runs before anything reads them: a file that is not an INI
// text (binary garbage, truncated UTF-8, lines that are neither [section] nor
// key=value) is moved aside to FILE.corrupt and the app starts from defaults;
// values of the wrong type or out of range are dropped one by one. Either way
// the returned warning is shown in the status bar and logged (qWarning).
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace gsl::ui {

// installSettingsLocation: INI format at the location above (call once,
// after QCoreApplication's organisation/application names are set).
void installSettingsLocation();

// settingsFilePath: the file a default QSettings reads.
QString settingsFilePath();

struct SettingsCheck {
    bool fileReplaced = false;     // the whole file was unreadable: defaults
    QStringList droppedKeys;       // single values that failed validation
    QString warning;               // one line for the status bar ("" = all good)
};

// looksLikeIni: the bytes are UTF-8 text whose lines are blank, comments,
// [section] headers or key=value pairs (what QSettings itself writes).
bool looksLikeIni(const QByteArray &bytes);

// checkSettings validates the file behind s and repairs it in place.
SettingsCheck checkSettings(QSettings &s);

} // namespace gsl::ui
