// runcontroller.h — runs scenarios on a worker thread and hands the results
// back by value through a queued connection. Each start() gets a new job id;
// a result whose id is not the latest (the user pressed Run again, or reset())
// is dropped, like hotspot's job tracker.
#pragma once

#include "ui/controller/runoutput.h"

#include <QObject>
#include <QThread>

namespace gsl::ui {

// RunWorker lives on the worker thread; it only ever sees copies.
class RunWorker : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void run(quint64 job, const gsl::ui::RunRequest &req);
Q_SIGNALS:
    void finished(quint64 job, const gsl::ui::RunOutput &out);
};

class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // start queues req on the worker and returns its job id.
    quint64 start(const RunRequest &req);
    // reset forgets every job in flight: their results will be dropped.
    void reset();
    bool isBusy() const { return m_pending > 0 && m_latest > m_finished; }
    quint64 latestJob() const { return m_latest; }
    int droppedCount() const { return m_dropped; }

Q_SIGNALS:
    void runStarted(quint64 job);
    void runFinished(const gsl::ui::RunOutput &out);
    void busyChanged(bool busy);
    void requestRun(quint64 job, const gsl::ui::RunRequest &req); // internal: to the worker

private:
    void onFinished(quint64 job, const RunOutput &out);

    QThread m_thread;
    RunWorker *m_worker = nullptr;
    quint64 m_latest = 0;
    quint64 m_finished = 0;
    int m_pending = 0;
    int m_dropped = 0;
};

} // namespace gsl::ui
