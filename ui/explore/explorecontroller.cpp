#include "ui/explore/explorecontroller.h"

#include "sim/explore/scenario_runner.h"
#include "sim/run/run.h"

#include <exception>
#include <mutex>

namespace gsl::ui {

void ExploreWorker::explore(quint64 job, const ExploreRequest &req)
{
    ExploreOutput out;
    out.job = job;
    out.base = req.base;
    try {
        const run::Scenario sc = run::compileScenario(req.path.toStdString(), req.source.toStdString(), req.base.go);
        if (!sc.ok()) {
            const auto &d = sc.compiled.diagnostics;
            out.error = d.empty() ? tr("the scenario does not compile")
                                  : QStringLiteral("%1:%2:%3: %4").arg(QString::fromStdString(d.front().file)).arg(d.front().line)
                                        .arg(d.front().col).arg(QString::fromStdString(d.front().message));
        } else {
            explore::ExploreOptions o;
            o.configs = req.configs;
            o.base = req.base;
            o.runs = req.runs;
            o.firstSeed = req.firstSeed;
            o.threads = req.threads;
            o.correct = explore::correctOf(sc);
            o.cancel = req.cancel.get();
            // Called from TBB's threads: count under a lock, emit (queued) only when the percentage moves.
            auto lock = std::make_shared<std::mutex>();
            auto last = std::make_shared<size_t>(0);
            o.progress = [this, job, lock, last](size_t done, size_t total) {
                std::lock_guard<std::mutex> g(*lock);
                if (done <= *last) return;
                if (done != total && total >= 100 && done * 100 / total == *last * 100 / total) return;
                *last = done;
                Q_EMIT progress(job, done, total);
            };
            out.result = explore::Explorer(o).run(explore::scenarioRunner(sc));
            if (out.result.hasCorrect) out.cells = explore::manifestationMap(out.result);
        }
    } catch (const std::exception &e) {
        out.error = QString::fromUtf8(e.what());
    }
    Q_EMIT finished(job, out);
}

ExploreController::ExploreController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<gsl::ui::ExploreRequest>();
    qRegisterMetaType<gsl::ui::ExploreOutput>();
    m_worker = new ExploreWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ExploreController::requestExplore, m_worker, &ExploreWorker::explore, Qt::QueuedConnection);
    connect(m_worker, &ExploreWorker::progress, this, &ExploreController::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ExploreWorker::finished, this, &ExploreController::onFinished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("goschedlab-explore"));
    m_thread.start(QThread::LowPriority);
}

ExploreController::~ExploreController()
{
    if (m_cancel) m_cancel->store(true);   // do not keep the window waiting for runs nobody will see
    m_thread.quit();
    m_thread.wait();
}

quint64 ExploreController::start(const ExploreRequest &req)
{
    // A new exploration supersedes the one in flight.
    if (m_cancel) m_cancel->store(true);
    const quint64 job = ++m_latest;
    m_cancel = std::make_shared<std::atomic<bool>>(false);   // one flag per job: no reset races
    ExploreRequest r = req;
    r.cancel = m_cancel;
    Q_EMIT started(job);
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
    Q_EMIT requestExplore(job, r);
    return job;
}

void ExploreController::cancel()
{
    if (m_busy && m_cancel) m_cancel->store(true);
}

void ExploreController::onProgress(quint64 job, qulonglong done, qulonglong total)
{
    if (job == m_latest) Q_EMIT progress(done, total);
}

void ExploreController::onFinished(quint64 job, const ExploreOutput &out)
{
    if (job != m_latest) return;
    m_busy = false;
    Q_EMIT busyChanged(false);
    Q_EMIT finished(out);
}

} // namespace gsl::ui
