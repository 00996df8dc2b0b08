// explorecontroller.h — runs an exploration (explore::Explorer: N seeds per
// configuration, TBB inside) on a worker thread, reports progress, can be
// cancelled, and hands the result back by value. One exploration at a time;
// a result of an exploration that was superseded is dropped.
#pragma once

#ifndef Q_MOC_RUN
#include "sim/explore/explorer.h"
#include "sim/explore/manifest.h"
#endif

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace gsl::ui {

struct ExploreRequest {
    QString path;
    QString source;
    std::vector<explore::Configuration> configs;  // the grid
    runtime::RunConfig base;                      // race mode, budgets, machine
    size_t runs = 50;
    uint64_t firstSeed = 1;
    int threads = 0;                              // 0: all cores
    std::shared_ptr<std::atomic<bool>> cancel;    // set by the controller (per job)
};

struct ExploreOutput {
    quint64 job = 0;
    explore::ExploreResult result;
    std::vector<explore::MapCell> cells;          // when the scenario has a Correct regex
    runtime::RunConfig base;                      // to replay a row
    QString error;                                // compile error or exception
    bool ok() const { return error.isEmpty(); }
};

class ExploreWorker : public QObject
{
    Q_OBJECT
public:
public Q_SLOTS:
    void explore(quint64 job, const gsl::ui::ExploreRequest &req);
Q_SIGNALS:
    void progress(quint64 job, qulonglong done, qulonglong total);
    void finished(quint64 job, const gsl::ui::ExploreOutput &out);
};

class ExploreController : public QObject
{
    Q_OBJECT
public:
    explicit ExploreController(QObject *parent = nullptr);
    ~ExploreController() override;

    quint64 start(const ExploreRequest &req);
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // cancel stops the exploration in flight: runs not yet started are
    // skipped and the partial result arrives with result.cancelled set.
    void cancel();

Q_SIGNALS:
    void started(quint64 job);
    void progress(qulonglong done, qulonglong total);
    void finished(const gsl::ui::ExploreOutput &out);
    void busyChanged(bool busy);
    void requestExplore(quint64 job, const gsl::ui::ExploreRequest &req); // internal: to the worker

private:
    void onProgress(quint64 job, qulonglong done, qulonglong total);
    void onFinished(quint64 job, const ExploreOutput &out);

    QThread m_thread;
    ExploreWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_latest = 0;
    bool m_busy = false;
};

} // namespace gsl::ui

Q_DECLARE_METATYPE(gsl::ui::ExploreRequest)
Q_DECLARE_METATYPE(gsl::ui::ExploreOutput)
