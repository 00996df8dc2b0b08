// cli_process.h — run goschedlab-cli ($GSL_CLI, set by ctest) as a script
// would and collect what it said. Shared by the tests/cli tests.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace gsl::testing {

struct CliOut {
    int code;      // exit status; -100 timed out (killed), -200 died of a signal
    QString out, err;
};

inline CliOut runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("GSL_CLI"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {-100, {}, QStringLiteral("timeout")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -200, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace gsl::testing
