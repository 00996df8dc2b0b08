#include "ui/export/reportexporter.h"

#include "render/report_writer.h"
#include "sim/export/report_gather.h"
#include "sim/run/run.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <exception>
#include <mutex>

namespace gsl::ui {

struct ReportExporter::Shared {
    std::atomic<bool> cancel{false};
};

ReportExporter::ReportExporter(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("reportExporter"));
}

ReportExporter::~ReportExporter()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ReportExporter::cancel()
{
    if (m_shared) m_shared->cancel = true;
}

bool ReportExporter::start(const ReportJob &job)
{
    if (m_thread) return false;
    const auto format = render::formatForPath(job.outPath.toStdString());
    if (!format) return false;
    m_shared = std::make_shared<Shared>();
    auto shared = m_shared;
    QPointer<ReportExporter> self(this);
    // progress: queued to this object's thread; throttled to whole permille.
    auto report = [self, shared, last = std::make_shared<std::atomic<int>>(-1)](int permille, const QString &stage) {
        if (last->exchange(permille) == permille) return;
        QMetaObject::invokeMethod(self, [self, permille, stage] {
            if (self) Q_EMIT self->progressed(permille, stage);
        }, Qt::QueuedConnection);
    };
    auto work = [job, fmt = *format, shared, self, report]() {
        bool ok = false;
        bool cancelled = false;
        QString message;
        try {
            report(0, tr("Compiling…"));
            const run::Scenario sc = run::compileScenario(job.scenarioPath.toStdString(), job.source.toStdString(), job.config.go);
            if (!sc.ok()) {
                const auto &ds = sc.compiled.diagnostics;
                message = ds.empty() ? tr("the scenario does not compile")
                                     : QStringLiteral("%1:%2:%3: %4").arg(QString::fromStdString(ds.front().file)).arg(ds.front().line)
                                           .arg(ds.front().col).arg(QString::fromStdString(ds.front().message));
            } else {
                exports::ReportRequest rq;
                rq.scenario = &sc;
                rq.base = job.config;
                rq.runs = size_t(job.runs);
                rq.threads = job.threads;
                rq.engineVersion = GSL_VERSION;
                exports::ReportHooks hooks;
                hooks.cancel = &shared->cancel;
                std::mutex m;
                hooks.progress = [&](size_t done, size_t total) {
                    std::lock_guard<std::mutex> lock(m);
                    report(int(850 * done / std::max<size_t>(total, 1)), tr("Running %1 of %2 seeds…").arg(done).arg(total));
                };
                std::optional<exports::ReportDocument> doc = exports::gatherReport(rq, hooks);
                if (!doc) {
                    cancelled = true;
                } else {
                    report(880, tr("Writing %1…").arg(QFileInfo(job.outPath).fileName()));
                    render::RenderOptions ro;
                    if (job.letter) ro.page = exports::PageSize::letter();
                    const std::string err = render::writeReport(*doc, job.outPath.toStdString(), fmt, ro, [&](int done, int total) {
                        report(880 + 120 * done / std::max(total, 1), tr("Writing page %1 of %2…").arg(done + 1).arg(total));
                        return !shared->cancel.load();
                    });
                    // A file that was committed is complete: a cancel that came too late
                    // to stop it does not delete it (it may have replaced an older report).
                    if (err.empty()) ok = true;
                    else if (shared->cancel.load()) cancelled = true;
                    else message = QString::fromStdString(err);
                }
            }
        } catch (const std::exception &e) {
            message = tr("internal error: %1").arg(QString::fromUtf8(e.what()));
        }
        QMetaObject::invokeMethod(self, [self, ok, cancelled, message] {
            if (!self) return;
            if (self->m_thread) {
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
            }
            Q_EMIT self->finished(ok, cancelled, message);
        }, Qt::QueuedConnection);
    };
    m_thread = QThread::create(work);
    m_thread->setObjectName(QStringLiteral("goschedlab-export"));
    m_thread->start();
    return true;
}

} // namespace gsl::ui
