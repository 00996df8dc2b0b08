#include "ui/controller/runcontroller.h"

#include "ui/controller/releasememory.h"

namespace gsl::ui {

void RunWorker::run(quint64 job, const RunRequest &req)
{
    RunOutput out = executeRun(req);
    releaseFreedMemory();
    out.job = job;
    Q_EMIT finished(job, out);
}

RunController::RunController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gsl::ui::RunRequest>();
    qRegisterMetaType<gsl::ui::RunOutput>();
    m_worker = new RunWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &RunController::requestRun, m_worker, &RunWorker::run, Qt::QueuedConnection);
    connect(m_worker, &RunWorker::finished, this, &RunController::onFinished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("goschedlab-run"));
    m_thread.start();
}

RunController::~RunController()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 RunController::start(const RunRequest &req)
{
    const quint64 job = ++m_latest;
    const bool wasBusy = isBusy();
    ++m_pending;
    Q_EMIT runStarted(job);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    Q_EMIT requestRun(job, req);
    return job;
}

void RunController::reset()
{
    // Bumping the id makes every result in flight stale.
    const bool wasBusy = isBusy();
    ++m_latest;
    m_finished = m_latest;
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void RunController::onFinished(quint64 job, const RunOutput &out)
{
    --m_pending;
    if (job != m_latest) {
        ++m_dropped;
        return;
    }
    m_finished = job;
    Q_EMIT runFinished(out);
    Q_EMIT busyChanged(false);
}

} // namespace gsl::ui
