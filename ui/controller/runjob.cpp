// runjob.cpp — executeRun: the only place the GUI calls the engine.
#include "ui/controller/runoutput.h"
#include "ui/demo/demotrace.h"

#include <exception>

#ifdef GSL_HAVE_RUN
#include "sim/run/run.h"
#endif

namespace gsl::ui {

#ifndef GSL_HAVE_RUN
namespace {

RunOutput demoOutput(const RunRequest &req)
{
    RunOutput out;
    auto t = makeDemoTrace();
    out.timeline = std::make_shared<const TimelineData>(TimelineData::build(*t));
    out.fingerprint = t->fingerprint();
    out.trace = std::move(t);
    out.stdoutText = QStringLiteral("4\n");
    out.gomaxprocs = 2;
    out.demo = true;
    out.info = parseScenarioInfo(req.source);
    return out;
}

} // namespace
#endif

RunOutput executeRun(const RunRequest &req)
{
#ifdef GSL_HAVE_RUN
    RunOutput out;
    out.info = parseScenarioInfo(req.source);
    try {
        const run::Scenario sc = run::compileScenario(req.path.toStdString(), req.source.toStdString(),
                                                      req.config.go);
        for (const lang::Diagnostic &d : sc.compiled.diagnostics)
            out.diagnostics.push_back(UiDiagnostic{QString::fromStdString(d.file), d.line, d.col,
                                                   QString::fromStdString(d.message), true});
        if (!sc.ok())
            return out;
        runtime::RunResult r = run::runScenario(sc, req.config);
        out.stdoutText = QString::fromStdString(r.stdoutText);
        out.stderrText = QString::fromStdString(r.stderrText);
        if (r.budgetHit) {
            out.budgetMessage = QString::fromStdString(r.budgetMessage);
            out.stderrText += out.budgetMessage + QLatin1Char('\n');
        }
        out.exitStatus = r.exitStatus;
        out.fingerprint = r.fingerprint;
        out.gomaxprocs = r.gomaxprocsInitial;
        auto t = std::make_shared<trace::Trace>(std::move(r.trace));
        if (t->keyframes().empty())
            trace::buildKeyframes(*t, 4096);
        out.timeline = std::make_shared<const TimelineData>(TimelineData::build(*t));
        out.trace = std::move(t);
    } catch (const std::exception &e) {
        out.trace.reset();
        out.errorText = QString::fromUtf8(e.what());
    }
    return out;
#else
    return demoOutput(req);
#endif
}

} // namespace gsl::ui
