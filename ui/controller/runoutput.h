// runoutput.h — the value the controller hands to the views after a run:
// the trace (shared, immutable), what the program printed, the front end's
// diagnostics and the scenario's metadata. The UI never sees engine objects
// beyond the read-only Trace.
#pragma once

// moc (Qt 6.4) cannot parse <compare>, which go_version.h pulls in.
#ifndef Q_MOC_RUN
#include "sim/runtime/config.h"
#endif
#include "sim/trace/trace.h"
#include "ui/timeline/timelinedata.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

namespace gsl::ui {

// A front-end message at file:line:col (lang::Diagnostic, copied).
struct UiDiagnostic {
    QString file;
    int line = 0;
    int col = 0;
    QString message;
    bool error = true; // false: warning / note
    friend bool operator==(const UiDiagnostic &, const UiDiagnostic &) = default;
};

// The metadata block of a scenario (scenario-language.md).
struct ScenarioInfo {
    QString title;
    QString topic;
    QString lesson;
    QString correct; // regex over the outcome line
    QString config;  // the `Config:` line as written
    friend bool operator==(const ScenarioInfo &, const ScenarioInfo &) = default;
};

// What to run.
struct RunRequest {
    QString path;   // for diagnostics and the title
    QString source; // the editor's text (may differ from the file)
    runtime::RunConfig config;
};

struct RunOutput {
    quint64 job = 0;
    std::shared_ptr<const trace::Trace> trace; // null when the scenario did not compile
    std::shared_ptr<const TimelineData> timeline;
    QString stdoutText;
    QString stderrText;
    int exitStatus = 0;
    quint64 fingerprint = 0;
    int gomaxprocs = 0;
    QVector<UiDiagnostic> diagnostics;
    ScenarioInfo info;
    bool demo = false;  // the built-in demo trace stood in for the engine
    QString errorText;  // an exception from the engine, shown to the user
    QString budgetMessage; // a budget stopped the run: the CLI's line ("budget: … raise it with --max-steps")
    bool ok() const { return trace != nullptr; }
};

// parseScenarioInfo reads the `// Key: value` block before `package main`
// (continuation lines are indented comment lines). Unknown keys are ignored.
ScenarioInfo parseScenarioInfo(const QString &source);

// executeRun compiles and runs req on the calling thread (the worker's) and
// never throws: engine exceptions become errorText. Without the engine
// (sim/run/run.cpp not built yet) it returns the demo trace with demo = true.
RunOutput executeRun(const RunRequest &req);

} // namespace gsl::ui

Q_DECLARE_METATYPE(gsl::ui::RunRequest)
Q_DECLARE_METATYPE(gsl::ui::RunOutput)
