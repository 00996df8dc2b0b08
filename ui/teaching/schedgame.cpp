// schedgame.cpp — the game's engine call (executeGameStep) and its texts.
#include "ui/teaching/schedgame.h"

#include "sim/explore/explorer.h"
#include "sim/explore/stats.h"
#include "sim/run/probe_run.h"
#include "sim/runtime/forced.h"
#include "sim/trace/wait_reason.h"

#include <QFileInfo>

#include <exception>
#include <regex>

namespace gsl::ui {

namespace {

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// stepText: what the running goroutine is about to do, in plain words.
QString stepText(const runtime::PointProbe &pr)
{
    using program::ReqKind;
    const QString var = QString::fromStdString(pr.var);
    switch (pr.step) {
    case ReqKind::Load: return QCoreApplication::translate("SchedGame", "read %1").arg(var);
    case ReqKind::Store: return QCoreApplication::translate("SchedGame", "write %1").arg(var);
    case ReqKind::Atomic:
        return pr.atomicOp == program::AtomicOp::Load ? QCoreApplication::translate("SchedGame", "atomically read %1").arg(var)
                                                      : QCoreApplication::translate("SchedGame", "atomically update %1").arg(var);
    case ReqKind::Go: return QCoreApplication::translate("SchedGame", "start a goroutine (go statement)");
    case ReqKind::ChanSend: return QCoreApplication::translate("SchedGame", "send on a channel");
    case ReqKind::ChanRecv: return QCoreApplication::translate("SchedGame", "receive from a channel");
    case ReqKind::ChanClose: return QCoreApplication::translate("SchedGame", "close a channel");
    case ReqKind::Select: return QCoreApplication::translate("SchedGame", "select");
    case ReqKind::WgAdd: return pr.n == -1 ? QCoreApplication::translate("SchedGame", "call wg.Done()") : QCoreApplication::translate("SchedGame", "call wg.Add(%1)").arg(pr.n);
    case ReqKind::WgWait: return QCoreApplication::translate("SchedGame", "call wg.Wait()");
    case ReqKind::MutexLock: case ReqKind::RWLock: case ReqKind::RWRLock: return QCoreApplication::translate("SchedGame", "lock a mutex");
    case ReqKind::MutexUnlock: case ReqKind::RWUnlock: case ReqKind::RWRUnlock: return QCoreApplication::translate("SchedGame", "unlock a mutex");
    case ReqKind::Print: return QCoreApplication::translate("SchedGame", "print");
    case ReqKind::GoEnd: return QCoreApplication::translate("SchedGame", "return (the goroutine ends)");
    case ReqKind::Sleep: return QCoreApplication::translate("SchedGame", "sleep");
    case ReqKind::Gosched: return QCoreApplication::translate("SchedGame", "call runtime.Gosched()");
    default: return QCoreApplication::translate("SchedGame", "take its next step");
    }
}

} // namespace

GameGoal goalFor(const QString &path, const ScenarioInfo &info)
{
    GameGoal g;
    g.correct = info.correct;
    const QString base = QFileInfo(path).completeBaseName();
    if (info.correct.isEmpty())
        g.text = QCoreApplication::translate("SchedGame", "This scenario has no Correct line: schedule freely and watch what happens.");
    else if (base == QLatin1String("wg_add_inside"))
        g.text = QCoreApplication::translate("SchedGame", "Make Wait return early: main's wg.Wait() returns before every goroutine has run (ran < 3).");
    else if (base == QLatin1String("racy_counter"))
        g.text = QCoreApplication::translate("SchedGame", "Lose an update: switch goroutines between the read and the write of counter++, so the total "
                    "ends below 200000.");
    else
        g.text = QCoreApplication::translate("SchedGame", "Make the bug show: reach an outcome that does not match Correct: %1").arg(info.correct);
    return g;
}

QString describeWhere(const GameChoice &c)
{
    switch (c.where) {
    case GameChoice::Runnext: return QCoreApplication::translate("SchedGame", "P%1.runnext").arg(c.p);
    case GameChoice::Runq: return QCoreApplication::translate("SchedGame", "P%1 local queue #%2").arg(c.p).arg(c.index + 1);
    case GameChoice::Global: return QCoreApplication::translate("SchedGame", "global queue #%1").arg(c.index + 1);
    case GameChoice::OtherRunnext: return QCoreApplication::translate("SchedGame", "P%1.runnext (steal)").arg(c.p);
    case GameChoice::OtherRunq: return QCoreApplication::translate("SchedGame", "P%1 local queue #%2 (steal)").arg(c.p).arg(c.index + 1);
    }
    return {};
}

GameStep executeGameStep(const GameRequest &req)
{
    GameStep out;
    try {
        std::string err;
        const auto choices = runtime::parseSchedule(req.schedule.toStdString(), &err);
        if (!choices) {
            out.error = QString::fromStdString(err);
            return out;
        }
        const run::Scenario sc = run::compileScenario(req.run.path.toStdString(), req.run.source.toStdString(),
                                                      req.run.config.go);
        if (!sc.ok()) {
            out.error = QCoreApplication::translate("SchedGame", "The scenario does not compile.");
            for (const lang::Diagnostic &d : sc.compiled.diagnostics)
                out.error += QStringLiteral("\n%1:%2:%3: %4").arg(QString::fromStdString(d.file)).arg(d.line).arg(d.col)
                                 .arg(QString::fromStdString(d.message));
            return out;
        }
        runtime::RunConfig cfg = req.run.config;
        cfg.schedule = *choices;
        runtime::ProbeOptions opts;
        opts.from = req.from;
        opts.steps = req.steps;
        run::ProbeRun r;
        if (req.toEnd)
            r.result = run::runScenario(sc, cfg);
        else
            r = run::probeScenario(sc, cfg, opts);
        out.divergence = QString::fromStdString(r.result.divergence);
        if (r.point) {
            const runtime::PointProbe &pr = *r.point;
            out.decision = true;
            out.point = pr.point;
            out.atStep = pr.kind == runtime::PointProbe::Kind::Step;
            out.p = pr.p;
            out.running = pr.running;
            out.line = pr.line;
            if (out.atStep) out.stepText = stepText(pr);
            for (const runtime::PickCandidate &c : pr.picks) {
                const trace::GState *g = pr.state.g(c.goid);
                out.choices.push_back({c.goid, GameChoice::Where(int(c.where)), c.p, c.index, g ? g->line : 0});
            }
            for (const runtime::BlockedG &b : pr.blocked)
                out.blocked.push_back({b.goid, fromView(trace::waitReasonString(b.waitReason)), b.line});
            out.state = pr.state;
            return out;
        }
        const runtime::RunResult &res = r.result;
        out.outcome = QString::fromStdString(explore::normalizeOutcome(res.stdoutText));
        out.exitStatus = res.exitStatus;
        out.budgetHit = res.budgetHit;
        out.applied = QString::fromStdString(res.schedule);
        const std::string correct = sc.compiled.metadata.correct;
        out.hasCorrect = !correct.empty();
        if (out.hasCorrect) out.correct = explore::matchesCorrect(correct, explore::normalizeOutcome(res.stdoutText));
    } catch (const std::regex_error &e) {
        out.error = QCoreApplication::translate("SchedGame", "The Correct regex is invalid: %1").arg(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace gsl::ui
