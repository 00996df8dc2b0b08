#include "ui/races/analysiscontroller.h"

#include "ui/controller/releasememory.h"

namespace gsl::ui {

void AnalysisWorker::analyze(quint64 job, const AnalysisRequest &req)
{
    RunAnalysis out = analyzeRun(req);
    releaseFreedMemory();
    out.job = job;
    Q_EMIT finished(job, out);
}

AnalysisController::AnalysisController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gsl::ui::AnalysisRequest>();
    qRegisterMetaType<gsl::ui::RunAnalysis>();
    m_worker = new AnalysisWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &AnalysisController::requestAnalysis, m_worker, &AnalysisWorker::analyze, Qt::QueuedConnection);
    connect(m_worker, &AnalysisWorker::finished, this, &AnalysisController::onFinished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("goschedlab-analysis"));
    m_thread.start(QThread::LowPriority);
}

AnalysisController::~AnalysisController()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 AnalysisController::start(const AnalysisRequest &req)
{
    const quint64 job = ++m_latest;
    Q_EMIT analysisStarted(job);
    Q_EMIT requestAnalysis(job, req);
    return job;
}

void AnalysisController::reset()
{
    ++m_latest;
    m_finished = m_latest;
}

void AnalysisController::onFinished(quint64 job, const RunAnalysis &out)
{
    if (job != m_latest) {
        ++m_dropped;
        return;
    }
    m_finished = job;
    Q_EMIT analysisFinished(out);
}

} // namespace gsl::ui
