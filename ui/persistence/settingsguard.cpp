#include "ui/persistence/settingsguard.h"

#ifndef Q_MOC_RUN
#include "sim/run/config_text.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QtDebug>

namespace gsl::ui {

void installSettingsLocation()
{
    QString dir = qEnvironmentVariable("GOSCHEDLAB_CONFIG_DIR");
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

QString settingsFilePath()
{
    return QSettings().fileName();
}

bool looksLikeIni(const QByteArray &bytes)
{
    if (bytes.contains('\0')) return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (utf8.hasError()) return false;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#'))) continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) return false;
        for (QChar c : line.left(eq))
            if (c.category() == QChar::Other_Control) return false;
    }
    return true;
}

namespace {

bool isString(const QVariant &v) { return v.typeId() == QMetaType::QString; }

// One validator per key the window itself stores. Keys of other panels are
// checked where they are read (e.g. BudgetGuard).
bool validValue(const QString &key, const QVariant &v)
{
    if (key == QLatin1String("window/geometry") || key == QLatin1String("window/state"))
        return v.typeId() == QMetaType::QByteArray && v.toByteArray().size() < 64 * 1024;
    if (key == QLatin1String("recentFiles")) {
        if (!isString(v) && v.typeId() != QMetaType::QStringList) return false;
        const QStringList l = v.toStringList();
        if (l.size() > 50) return false;
        for (const QString &p : l)
            if (p.size() > 4096 || !QFileInfo(p).isAbsolute()) return false;
        return true;
    }
    if (key == QLatin1String("lastConfig")) {
        if (!isString(v) || v.toString().size() > 2000) return false;
        run::ConfigSpec spec;
        return run::applyConfigLine(spec, v.toString().toStdString()).empty();
    }
    if (key.startsWith(QLatin1String("budgets/max-"))) {
        // The CLI's flag parser decides (--max-steps etc.).
        if (!isString(v)) return false;
        run::ConfigSpec spec;
        return run::applyKey(spec, key.mid(8).toStdString(), v.toString().toStdString()).empty();
    }
    return true;
}

} // namespace

SettingsCheck checkSettings(QSettings &s)
{
    SettingsCheck out;
    const QString path = s.fileName();
    QFile f(path);
    bool corrupt = s.status() == QSettings::FormatError;
    if (!corrupt && f.exists()) {
        if (f.size() > 4 * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) corrupt = true;
        else corrupt = !looksLikeIni(f.readAll());
        f.close();
    }
    if (corrupt) {
        // Keep the damaged file for the curious; start from defaults.
        QFile::remove(path + QStringLiteral(".corrupt"));
        QFile::rename(path, path + QStringLiteral(".corrupt"));
        s.clear();
        s.sync();
        out.fileReplaced = true;
        out.warning = QCoreApplication::translate("gsl::ui::Settings",
                                                  "The settings file %1 was damaged; using defaults (the old file is kept as %1.corrupt)")
                          .arg(QDir::toNativeSeparators(path));
    } else {
        for (const QString &key : s.allKeys()) {
            if (!validValue(key, s.value(key))) {
                s.remove(key);
                out.droppedKeys << key;
            }
        }
        // Recent files that were deleted meanwhile are simply forgotten.
        if (s.contains(QStringLiteral("recentFiles"))) {
            QStringList recent = s.value(QStringLiteral("recentFiles")).toStringList();
            recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
                         recent.end());
            s.setValue(QStringLiteral("recentFiles"), recent);
        }
        if (!out.droppedKeys.isEmpty()) {
            s.sync();
            out.warning = QCoreApplication::translate("gsl::ui::Settings", "Invalid settings in %1 replaced by defaults: %2")
                              .arg(QDir::toNativeSeparators(path), out.droppedKeys.join(QStringLiteral(", ")));
        }
    }
    if (!out.warning.isEmpty()) qWarning().noquote() << "goschedlab:" << out.warning;
    return out;
}

} // namespace gsl::ui
