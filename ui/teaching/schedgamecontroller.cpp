#include "ui/teaching/schedgamecontroller.h"

#include <algorithm>

namespace gsl::ui {

void SchedGameWorker::probe(quint64 job, const GameRequest &req)
{
    GameStep out = executeGameStep(req);
    out.job = job;
    Q_EMIT finished(job, out);
}

SchedGameController::SchedGameController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gsl::ui::GameRequest>();
    qRegisterMetaType<gsl::ui::GameStep>();
    m_worker = new SchedGameWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SchedGameController::requestProbe, m_worker, &SchedGameWorker::probe, Qt::QueuedConnection);
    connect(m_worker, &SchedGameWorker::finished, this, &SchedGameController::onFinished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("goschedlab-game"));
    m_thread.start();
}

SchedGameController::~SchedGameController()
{
    m_thread.quit();
    m_thread.wait();
}

QString SchedGameController::schedule() const
{
    QStringList parts;
    for (const auto &[point, goid] : m_picks) parts << QStringLiteral("%1g%2").arg(point).arg(goid);
    return parts.join(QLatin1Char(','));
}

void SchedGameController::start(const RunRequest &req)
{
    m_req = req;
    m_req.config.schedule.clear();
    m_goal = goalFor(req.path, parseScenarioInfo(req.source));
    m_picks.clear();
    m_history.clear();
    m_started = true;
    ask(0, false);
}

void SchedGameController::ask(quint64 from, bool toEnd)
{
    m_from = from;
    m_stepValid = false;
    GameRequest r;
    r.run = m_req;
    r.schedule = schedule();
    r.from = from;
    r.steps = m_steps;
    r.toEnd = toEnd;
    const bool wasBusy = isBusy();
    const quint64 job = ++m_latest;
    if (!wasBusy) Q_EMIT busyChanged(true);
    Q_EMIT requestProbe(job, r);
}

bool SchedGameController::choose(int goid)
{
    if (!m_stepValid || !m_step.decision || isBusy()) return false;
    if (goid > 0 && std::none_of(m_step.choices.begin(), m_step.choices.end(),
                                 [goid](const GameChoice &c) { return c.goid == goid; }))
        return false;
    m_history.push_back({m_picks, m_from});
    if (goid > 0) m_picks.push_back({m_step.point, goid});
    ask(m_step.point + 1, false);
    return true;
}

bool SchedGameController::undo()
{
    if (m_history.isEmpty()) return false;
    const Move mv = m_history.takeLast();
    m_picks = mv.picks;
    ask(mv.from, false);
    return true;
}

void SchedGameController::finish()
{
    if (!m_started) return;
    m_history.push_back({m_picks, m_from});
    ask(m_from, true);
}

void SchedGameController::onFinished(quint64 job, const GameStep &s)
{
    if (job != m_latest) {
        ++m_dropped;
        return;
    }
    m_done = job;
    m_step = s;
    m_stepValid = true;
    Q_EMIT stepReady(m_step);
    Q_EMIT busyChanged(false);
}

} // namespace gsl::ui
