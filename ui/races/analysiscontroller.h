// analysiscontroller.h — analyses finished runs on a worker thread (races,
// HB excerpts laid out by Graphviz, wait-for, why hidden, perturbation
// search, chart series) and hands RunAnalysis back by value through a queued
// connection. Like RunController, a result whose job is not the latest is
// dropped.
#pragma once

#include "ui/races/analysisdata.h"

#include <QObject>
#include <QThread>

namespace gsl::ui {

class AnalysisWorker : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void analyze(quint64 job, const gsl::ui::AnalysisRequest &req);
Q_SIGNALS:
    void finished(quint64 job, const gsl::ui::RunAnalysis &out);
};

class AnalysisController : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    quint64 start(const AnalysisRequest &req);
    void reset();
    bool isBusy() const { return m_latest > m_finished; }
    int droppedCount() const { return m_dropped; }

Q_SIGNALS:
    void analysisStarted(quint64 job);
    void analysisFinished(const gsl::ui::RunAnalysis &out);
    void requestAnalysis(quint64 job, const gsl::ui::AnalysisRequest &req); // internal: to the worker

private:
    void onFinished(quint64 job, const RunAnalysis &out);

    QThread m_thread;
    AnalysisWorker *m_worker = nullptr;
    quint64 m_latest = 0;
    quint64 m_finished = 0;
    int m_dropped = 0;
};

} // namespace gsl::ui
