// analysisdata.h — what the analysis of one run hands to the races panel and
// the run charts, as values: race reports in Go's format with their
// happens-before excerpt already laid out by Graphviz, deadlock/leak
// findings, "why it stayed hidden" facts with the smallest perturbation that
// exposes the bug, run-queue samples and CFS periods. Computed on a worker
// thread (analyzeRun); the views never see engine objects.
#pragma once

// moc (Qt 6.4) cannot parse <compare>, which go_version.h pulls in.
#ifndef Q_MOC_RUN
#include "sim/analysis/race.h"
#include "sim/runtime/config.h"
#endif
#include "sim/trace/trace.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace gsl::ui {

// One data race of the run.
struct RaceItem {
    analysis::RaceReport report;   // the two accesses (goroutines, lines, trace indices)
    QString text;                  // Go's "WARNING: DATA RACE" block
    QString why;                   // the edge that would have ordered them
    QString dot;                   // the happens-before excerpt as Graphviz text
    QByteArray svg;                // ... laid out by dot (empty when layout failed)
    QString layoutError;
};

// A goroutine still blocked when the run ended (analysis::BlockedGoroutine).
struct BlockedItem {
    int goid = 0;
    QString object;                // "chan#3", "mutex#1"
    int line = 0;
    bool forever = false;          // nobody left can wake it: leaked / deadlocked
    QString explanation;
    friend bool operator==(const BlockedItem &, const BlockedItem &) = default;
};

// Run-queue lengths at one instant (for the charts).
struct QueueSample {
    double ms = 0;                 // simulated time
    QVector<int> local;            // per P: ring length + runnext
    int global = 0;
    int idlePs = 0;
};

// One CFS period (only when the run had a quota).
struct CfsPeriodStat {
    int index = 0;
    double startMs = 0;
    double usedMs = 0;             // CPU time used in the period
    double throttledMs = 0;        // cpu.stat throttled_time in it: throttled time summed over the CPUs
};

struct RunAnalysis {
    quint64 job = 0;
    QVector<RaceItem> races;
    QString raceSummary;           // "Found 1 data race(s)" or ""
    // waitfor
    bool deadlock = false;
    QVector<BlockedItem> blocked;
    QVector<int> leaked;
    int cycles = 0;
    QString waitText;
    // manifestation
    QString correct;               // the scenario's Correct regex ("" = none)
    QString outcome;               // normalised stdout
    bool manifested = false;       // outcome did not match correct
    QStringList hiddenFacts;       // when !manifested: why it stayed hidden
    bool perturbationSearched = false;
    bool perturbationFound = false;
    QString perturbation;          // "seed 17 instead of 3"
    QString perturbedOutcome;
    runtime::RunConfig perturbedConfig;
    // charts
    QVector<QueueSample> queues;
    int procs = 0;                 // lanes in QueueSample::local
    QVector<CfsPeriodStat> periods;
    double quotaMs = -1;           // per period; < 0: no limit
    QString error;                 // an exception from the analysis
};

// What to analyse: the run as it was started, and its trace.
struct AnalysisRequest {
    QString path;
    QString source;
    runtime::RunConfig config;
    std::shared_ptr<const trace::Trace> trace;
    QString stdoutText;
    bool searchPerturbation = true; // findPerturbation runs up to ~40 more simulations
    int maxExcerpts = 16;           // races beyond this get no graph
};

// analyzeRun does all of it on the calling thread and never throws.
RunAnalysis analyzeRun(const AnalysisRequest &req);

} // namespace gsl::ui

Q_DECLARE_METATYPE(gsl::ui::AnalysisRequest)
Q_DECLARE_METATYPE(gsl::ui::RunAnalysis)
