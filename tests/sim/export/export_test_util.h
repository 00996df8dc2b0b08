// export_test_util.h — helpers shared by the sim.export_* tests: hand-built
// traces from tests/sim/export/data/*.trace (the trace text form) and a
// parsed view of Chrome trace JSON that tests compare structurally.
#pragma once

#include "sim/export/json.h"
#include "sim/trace/sched_state.h"
#include "sim/trace/trace.h"
#include "sim/trace/trace_text.h"

#include <QFile>
#include <QMap>
#include <QString>
#include <QTest>

namespace gsltest {

// loadTrace reads data/<name>.trace into a Trace whose initial state has
// gomaxprocs idle Ps (what the runtime starts from, trace_event.h).
inline gsl::trace::Trace loadTrace(const QString &name, int gomaxprocs)
{
    gsl::trace::Trace t;
    gsl::trace::SchedState s;
    s.gomaxprocs = gomaxprocs;
    s.cpus = 4;
    s.ps.resize(size_t(gomaxprocs));
    s.npidle = gomaxprocs;
    t.setInitialState(s);
    QFile f(QStringLiteral(GSL_TEST_DATA_DIR "/sim/export/data/") + name + ".trace");
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(f.fileName()));
        return t;
    }
    QByteArray text = f.readAll();
    std::string err;
    if (!gsl::trace::parseTraceText(std::string_view(text.constData(), size_t(text.size())), t, &err))
        qWarning("parse error in %s: %s", qPrintable(name), err.c_str());
    return t;
}

// ChromeSummary: what a Chrome trace holds, per track name, independent of
// timestamps: thread names, X slices per track, flows per category,
// instants per name, counter names.
struct ChromeSummary {
    QMap<QString, int> slicesPerTrack;   // "Ps/P0" -> number of X events
    QMap<QString, int> flowsPerCat;      // "wakeup" -> number of "s" events
    QMap<QString, int> instants;         // "preempt G2" -> count
    QStringList counters;                // distinct counter names
    QStringList tracks;                  // "Ps/P0", "Ms/M1", "Goroutines/G3" in file order
};

inline ChromeSummary summarize(const std::string &json)
{
    ChromeSummary out;
    gsl::exports::JsonValue root;
    if (!gsl::exports::parseJson(json, root).empty()) return out;
    const gsl::exports::JsonValue *evs = root.find("traceEvents");
    if (!evs) return out;
    QMap<int, QString> procs;
    QMap<QPair<int, int>, QString> threads;
    for (const auto &e : evs->items)
        if (e.stringOr("ph") == "M") {
            const auto *args = e.find("args");
            int pid = int(e.numberOr("pid")), tid = int(e.numberOr("tid"));
            QString name = QString::fromStdString(args ? args->stringOr("name") : "");
            if (e.stringOr("name") == "process_name") procs[pid] = name.section(' ', 0, 0);
            if (e.stringOr("name") == "thread_name") threads[{pid, tid}] = name.section(' ', 0, 0);
        }
    for (auto it = threads.begin(); it != threads.end(); ++it) out.tracks << procs.value(it.key().first) + "/" + it.value();
    for (const auto &e : evs->items) {
        const std::string ph = e.stringOr("ph");
        int pid = int(e.numberOr("pid")), tid = int(e.numberOr("tid"));
        QString track = procs.value(pid) + "/" + threads.value({pid, tid});
        if (ph == "X") out.slicesPerTrack[track]++;
        else if (ph == "s") out.flowsPerCat[QString::fromStdString(e.stringOr("cat"))]++;
        else if (ph == "i") out.instants[QString::fromStdString(e.stringOr("name"))]++;
        else if (ph == "C") {
            QString n = QString::fromStdString(e.stringOr("name"));
            if (!out.counters.contains(n)) out.counters << n;
        }
    }
    return out;
}

} // namespace gsltest
