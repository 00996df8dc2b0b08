// schedgame.h — "you are the scheduler": the values the game's controller
// hands to its panel, and the one function that asks the engine
// (run::probeScenario on a worker thread) where the next choice is and what
// is legal there. The game is a forced schedule (runtime/forced.h) built one
// pick at a time: "40g5" = at scheduling point 40, run G5 next.
#pragma once

#include "ui/controller/runoutput.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace gsl::ui {

// A goroutine the deciding P may run next, and where it is queued.
struct GameChoice {
    enum Where { Runnext, Runq, Global, OtherRunnext, OtherRunq };
    int goid = 0;
    Where where = Runq;
    int p = -1;          // the P holding it (-1: the global queue)
    int index = 0;       // position in that queue (head = 0)
    int line = 0;        // where the goroutine stands in the source
    friend bool operator==(const GameChoice &, const GameChoice &) = default;
};

struct GameBlocked {
    int goid = 0;
    QString reason;      // Go's wait reason ("sync.WaitGroup.Wait", "chan receive")
    int line = 0;
    friend bool operator==(const GameBlocked &, const GameBlocked &) = default;
};

// What to ask: the scenario, the choices so far as a schedule string, and the
// first scheduling point that may stop the run.
struct GameRequest {
    RunRequest run;
    QString schedule;
    quint64 from = 0;
    bool steps = true;   // stop at step boundaries too, not only at schedule() calls
    bool toEnd = false;  // run to the end with the schedule (no more choices)
};

// The answer: the next decision, or the end of the run and its outcome.
struct GameStep {
    quint64 job = 0;
    QString error;       // did not compile / engine exception
    bool decision = false;
    // decision
    quint64 point = 0;
    bool atStep = false; // a running G's step boundary (else a schedule() call)
    int p = -1;
    int running = 0;     // atStep: the G about to perform its step
    QString stepText;    // atStep: what it is about to do ("write counter")
    int line = 0;
    QVector<GameChoice> choices;
    QVector<GameBlocked> blocked;
    trace::SchedState state;
    // end of run (decision == false)
    QString outcome;     // normalised stdout ("ran=0")
    int exitStatus = 0;
    bool budgetHit = false;
    QString divergence;  // a pick that could not apply ("" = none)
    QString applied;     // the schedule that applied (run --schedule replays it)
    bool correct = true; // outcome matches the scenario's Correct regex
    bool hasCorrect = false;
};

// The goal of a scenario: reach an outcome its `Correct` regex rejects.
struct GameGoal {
    QString text;        // "Make wg.Wait() return before the goroutines ran"
    QString correct;     // the regex ("" = no goal, free play)
};
GameGoal goalFor(const QString &path, const ScenarioInfo &info);

// executeGameStep compiles and runs req on the calling thread and never throws.
GameStep executeGameStep(const GameRequest &req);

// describeWhere: "P0.runnext", "P0 local queue #2", "global queue #1",
// "P1.runnext (steal)".
QString describeWhere(const GameChoice &c);

} // namespace gsl::ui

Q_DECLARE_METATYPE(gsl::ui::GameRequest)
Q_DECLARE_METATYPE(gsl::ui::GameStep)
