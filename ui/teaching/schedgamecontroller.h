// schedgamecontroller.h — the "you are the scheduler" game's state: the
// scenario, the picks made so far (a forced schedule), and the next decision
// point, asked of the engine on a worker thread. Results come back by value
// through a queued connection; a result whose job is not the latest (the
// player undid or restarted meanwhile) is dropped, as RunController does.
#pragma once

#include "ui/teaching/schedgame.h"

#include <QObject>
#include <QThread>
#include <QVector>

namespace gsl::ui {

class SchedGameWorker : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void probe(quint64 job, const gsl::ui::GameRequest &req);
Q_SIGNALS:
    void finished(quint64 job, const gsl::ui::GameStep &out);
};

class SchedGameController : public QObject
{
    Q_OBJECT
public:
    explicit SchedGameController(QObject *parent = nullptr);
    ~SchedGameController() override;

    // start begins a game on req (its config.schedule is ignored).
    void start(const RunRequest &req);
    // choose answers the current decision: goid > 0 runs that goroutine next
    // (it must be one of the current choices), 0 lets the running G go on
    // (step boundary) or the runtime pick (schedule() call). False when there
    // is no decision pending or goid is not legal there.
    bool choose(int goid);
    // undo takes back the last answer and asks that decision again.
    bool undo();
    // finish lets the runtime decide the rest and reports the outcome.
    void finish();
    // setStepsToo: decide at step boundaries too (default), or only when a P
    // looks for work.
    void setStepsToo(bool on) { m_steps = on; }

    bool isBusy() const { return m_latest > m_done; }
    bool started() const { return m_started; }
    const GameStep &current() const { return m_step; }
    const GameGoal &goal() const { return m_goal; }
    // schedule: the picks so far, as `run --schedule` takes them.
    QString schedule() const;
    int decisions() const { return int(m_history.size()); }
    int droppedCount() const { return m_dropped; }
    bool goalReached() const { return !m_step.decision && m_step.error.isEmpty() && m_step.hasCorrect && !m_step.correct && m_stepValid; }

Q_SIGNALS:
    // stepReady: a decision to make, or (decision == false) the run's end.
    void stepReady(const gsl::ui::GameStep &s);
    void busyChanged(bool busy);
    void requestProbe(quint64 job, const gsl::ui::GameRequest &req); // internal: to the worker

private:
    struct Move {
        QVector<QPair<quint64, int>> picks; // before this answer
        quint64 from = 0;
    };
    void ask(quint64 from, bool toEnd);
    void onFinished(quint64 job, const GameStep &s);

    QThread m_thread;
    SchedGameWorker *m_worker = nullptr;
    RunRequest m_req;
    GameGoal m_goal;
    QVector<QPair<quint64, int>> m_picks; // (point, goid)
    QVector<Move> m_history;
    quint64 m_from = 0;
    GameStep m_step;
    bool m_stepValid = false;
    bool m_started = false;
    bool m_steps = true;
    quint64 m_latest = 0;
    quint64 m_done = 0;
    int m_dropped = 0;
};

} // namespace gsl::ui
