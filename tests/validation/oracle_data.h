// oracle_data.h — inputs of the real-runtime oracle: the real tallies
// (programs/real_go119_2cpu.tsv, written by programs/measure.sh), the
// simulator's `explore --format tsv` rows (cli.md), and the checked-in list
// of known gaps (known_gaps.tsv). Header-only, see oracle_stats.h.
#pragma once

#include "oracle_stats.h"

#include <QFile>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gsl::validation {

// CellKey names one (file, GOMAXPROCS) configuration.
using CellKey = QPair<QString, int>;

// outcomeLabel maps a run to the outcome word measure.sh writes for the real
// runtime: stdout as is for exit 0, "exit=N" for a silent non-zero exit and
// "<stdout> / exit=N" when it printed first (panic, fatal error, os.Exit).
inline QString outcomeLabel(const QString &stdoutLine, int exitStatus)
{
    if (exitStatus == 0) return stdoutLine;
    const QString e = "exit=" + QString::number(exitStatus);
    return stdoutLine.isEmpty() ? e : stdoutLine + " / " + e;
}

// unescapeTsv undoes the CLI's tsvField escaping (\t and \\).
inline QString unescapeTsv(const QString &s)
{
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            ++i;
            out += s[i] == 't' ? QChar('\t') : s[i];
        } else {
            out += s[i];
        }
    }
    return out;
}

// readRealTsv reads `file gomaxprocs runs outcome count`; an error is a
// message naming the line.
inline QMap<CellKey, Distribution> readRealTsv(const QString &path, QString *error)
{
    QMap<CellKey, Distribution> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + ": " + f.errorString();
        return out;
    }
    int line = 0;
    while (!f.atEnd()) {
        const QString l = QString::fromUtf8(f.readLine()).remove('\n');
        if (++line == 1 || l.isEmpty()) continue;
        const QStringList c = l.split('\t');
        if (c.size() != 5) {
            *error = QString("%1:%2: expected 5 columns, got %3").arg(path).arg(line).arg(c.size());
            return {};
        }
        out[{c[0], c[1].toInt()}].add(c[3], c[4].toInt());
    }
    return out;
}

// parseSimTsv reads the CLI's explore TSV (`gomaxprocs cpus quota go outcome
// exit races count share correct seed`) into one distribution per GOMAXPROCS.
inline QMap<int, Distribution> parseSimTsv(const QString &text, QString *error)
{
    QMap<int, Distribution> out;
    const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines[0].startsWith("gomaxprocs\tcpus\tquota\tgo\toutcome\texit")) {
        *error = "explore --format tsv printed no header; got: " + text.left(300);
        return {};
    }
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].split('\t');
        if (c.size() != 11) {
            *error = QString("explore tsv line %1: expected 11 columns, got %2: %3").arg(i + 1).arg(c.size()).arg(lines[i]);
            return {};
        }
        out[c[0].toInt()].add(outcomeLabel(unescapeTsv(c[4]), c[5].toInt()), c[7].toInt());
    }
    return out;
}

// KnownGap is one row of known_gaps.tsv: a cell (file, GOMAXPROCS, metric)
// where the simulator is known to disagree with the real runtime, and why.
struct KnownGap {
    QString reason;
    int line = 0;
};
using GapKey = QString;   // "file@N:metric"
inline GapKey gapKey(const QString &file, int gomaxprocs, const QString &metric)
{
    return file + "@" + QString::number(gomaxprocs) + ":" + metric;
}

// A gap whose reason starts "Simulator performance" says the simulator cannot
// produce the distribution in the test's time limit. When every cell of a file
// is such a gap the tests do not run the simulator on it (it would only time
// out, 300 s each, in CI): the cells are reported as not run, outside bounds.
inline bool isPerformanceGap(const QMap<GapKey, KnownGap> &gaps, const GapKey &key)
{
    return gaps.contains(key) && gaps.value(key).reason.startsWith(QLatin1String("Simulator performance"));
}
inline constexpr char kNotRunPerformance[] =
    "not run: known_gaps.tsv lists every cell of this file as a simulator performance gap";

// readKnownGaps reads `file gomaxprocs metric reason` (header line, '#'
// comments allowed). A row without a reason is an error: every gap says why.
inline QMap<GapKey, KnownGap> readKnownGaps(const QString &path, QString *error)
{
    QMap<GapKey, KnownGap> out;
    QFile f(path);
    if (!f.exists()) return out;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + ": " + f.errorString();
        return out;
    }
    int line = 0;
    while (!f.atEnd()) {
        const QString l = QString::fromUtf8(f.readLine()).remove('\n');
        ++line;
        if (l.isEmpty() || l.startsWith('#') || l.startsWith("file\t")) continue;
        const QStringList c = l.split('\t');
        if (c.size() < 4 || c[3].trimmed().isEmpty()) {
            *error = QString("%1:%2: expected file, gomaxprocs, metric, reason (a gap needs a reason)").arg(path).arg(line);
            return {};
        }
        out[gapKey(c[0], c[1].toInt(), c[2])] = {c.mid(3).join(' ').trimmed(), line};
    }
    return out;
}

} // namespace gsl::validation
