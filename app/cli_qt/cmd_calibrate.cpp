// calibrate -o FILE [--runs N] [--benchtime D] — measure a machine profile on
// this machine with the real Go toolchain (cli.md).
//
// Writes the embedded benchmarks (resources/calibrate/machine_bench_test.go)
// to a temporary directory, runs `go test -bench . -cpu 2 -count N` there
// with GOCACHE/GOPATH inside that directory, reads the figures
// (sim/engine/calibration.h). Then the fresh-process probes (bench/cold,
// embedded): the first-run costs and the wake-up of an idle P, which a warm
// benchmark cannot see, from `bash measure.sh 150` (about 3,000 short Go
// processes). Writes the profile atomically, each field with a comment saying
// how it was measured and the raw figures.
//
// Exit status: 0 written; 64 bad usage; 69 (EX_UNAVAILABLE) no `go` on PATH;
// 70 (EX_SOFTWARE) the benchmarks failed or their output lacks a figure;
// 74 the output file cannot be written.
#include "calibrate_bench.h"
#include "cold_probes.h"
#include "commands.h"
#include "common.h"
#include "output.h"

#include "sim/engine/calibration.h"
#include "sim/run/handoff.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

#include <unistd.h>

namespace gsl::cli {

namespace {

constexpr int kExitUnavailable = 69; // EX_UNAVAILABLE
constexpr int kExitSoftware = 70;    // EX_SOFTWARE

std::string firstLine(const std::string &path)
{
    std::ifstream f(path);
    std::string line;
    std::getline(f, line);
    return line;
}

std::string cpuModel(const std::string &benchOut)
{
    std::istringstream in(benchOut);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("cpu: ", 0) == 0) {
            std::string m = line.substr(5);
            while (!m.empty() && (m.back() == ' ' || m.back() == '\r'))
                m.pop_back();
            return m;
        }
    return {};
}

// reportMissing prints what was measured and the figures it lacks; exit 70.
int reportMissing(const std::string &output, const char *what, const std::vector<std::string> &missing)
{
    std::cerr << output << "goschedlab-cli calibrate: " << what << " lacks";
    for (const std::string &m : missing)
        std::cerr << " [" << m << "]";
    std::cerr << "\n";
    return kExitSoftware;
}

constexpr int kColdRuns = 150; // processes per probe (measure.sh's default)

// runColdProbes writes bench/cold's probes under dir/cold and runs
// `bash measure.sh 150` there; its stdout, or "" with *error set.
std::string runColdProbes(const QTemporaryDir &dir, const QProcessEnvironment &env, std::string *command,
                          std::string *error)
{
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("timeout")).isEmpty()) {
        *error = "the fresh-process probes need bash and timeout (coreutils) on PATH";
        return {};
    }
    const QString root = dir.filePath(QStringLiteral("cold"));
    for (const ColdProbeFile &f : kColdProbeFiles) {
        const QString path = root + "/" + QString::fromUtf8(f.path);
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.text) < 0) {
            *error = "cannot write " + path.toStdString();
            return {};
        }
    }
    *command = "bash measure.sh " + std::to_string(kColdRuns);
    QProcess proc;
    proc.setProcessEnvironment(env);
    proc.setWorkingDirectory(root);
    proc.start(bash, {QStringLiteral("measure.sh"), QString::number(kColdRuns)});
    if (!proc.waitForStarted(60000) || !proc.waitForFinished(30 * 60 * 1000)) {
        proc.kill();
        proc.waitForFinished();
        *error = "`" + *command + "` did not finish in 30 minutes";
        return {};
    }
    const std::string text = proc.readAllStandardOutput().toStdString();
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        *error = "`" + *command + "` failed (exit " + std::to_string(proc.exitCode()) + "): " +
                 proc.readAllStandardError().left(2000).toStdString();
        return {};
    }
    return text;
}

} // namespace

int qtCalibrate(const Args &a)
{
    std::string bad = checkFlags(a, {"o", "runs", "benchtime"});
    if (bad.empty() && !a.positional.empty())
        bad = "calibrate takes no file argument (got \"" + a.positional.front() + "\")";
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    const std::string out = a.value("o");
    if (out.empty()) {
        std::cerr << "goschedlab-cli calibrate: -o FILE (the profile to write) is required\n";
        return kExitUsage;
    }
    int runs = 5;
    if (a.has("runs")) {
        const std::string v = a.value("runs");
        bool ok = !v.empty() && v.size() < 4 && v.find_first_not_of("0123456789") == std::string::npos;
        runs = ok ? std::stoi(v) : 0;
        if (runs < 1 || runs > 100) {
            std::cerr << "goschedlab-cli calibrate: --runs must be an integer in 1..100, got \"" << v << "\"\n";
            return kExitUsage;
        }
    }
    const std::string benchtime = a.value("benchtime", "300ms");
    if (benchtime.empty() || benchtime.find_first_not_of("0123456789.numsx") != std::string::npos) {
        std::cerr << "goschedlab-cli calibrate: --benchtime takes a go test -benchtime value (300ms, 2s, 100x), got \""
                  << benchtime << "\"\n";
        return kExitUsage;
    }
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    if (go.isEmpty()) {
        std::cerr << "goschedlab-cli calibrate: needs the Go toolchain, but `go` is not on PATH "
                     "(Debian: apt-get install golang-go)\n";
        return kExitUnavailable;
    }
    if (int st = checkOutputPath(out, std::cerr))
        return st;

    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::cerr << "goschedlab-cli calibrate: cannot create a temporary directory: "
                  << tmp.errorString().toStdString() << "\n";
        return kExitIo;
    }
    const QString benchFile = tmp.filePath(QStringLiteral("machine_bench_test.go"));
    {
        QFile f(benchFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(kCalibrateBenchGo) < 0) {
            std::cerr << "goschedlab-cli calibrate: cannot write " << benchFile.toStdString() << "\n";
            return kExitIo;
        }
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOCACHE"), tmp.filePath(QStringLiteral("gocache")));
    env.insert(QStringLiteral("GOPATH"), tmp.filePath(QStringLiteral("gopath")));
    env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
    env.insert(QStringLiteral("GOFLAGS"), QString());
    env.remove(QStringLiteral("GOMAXPROCS"));
    env.remove(QStringLiteral("GODEBUG"));

    QProcess version;
    version.setProcessEnvironment(env);
    version.start(go, {QStringLiteral("version")});
    version.waitForFinished(60000);
    const std::string goVersion = QString::fromUtf8(version.readAllStandardOutput()).trimmed().toStdString();

    const QStringList goArgs = {QStringLiteral("test"), QStringLiteral("-run"), QStringLiteral("^$"),
                                QStringLiteral("-bench"), QStringLiteral("."), QStringLiteral("-cpu"), QStringLiteral("2"),
                                // no testing alarm: a pending timer makes every schedule on its P read
                                // the clock (BenchmarkSchedYieldTimer measures that on its own)
                                QStringLiteral("-timeout"), QStringLiteral("0"),
                                QStringLiteral("-count"), QString::number(runs), QStringLiteral("-benchtime"),
                                QString::fromStdString(benchtime), QStringLiteral("machine_bench_test.go")};
    const std::string loadAvg = firstLine("/proc/loadavg");
    std::cerr << "calibrate: " << (goVersion.empty() ? "go" : goVersion) << ", " << runs
              << " run(s) of 17 benchmarks at -benchtime " << benchtime << " (about " << runs * 12 + 5
              << " s)\n";
    QProcess proc;
    proc.setProcessEnvironment(env);
    proc.setWorkingDirectory(tmp.path());
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(go, goArgs);
    if (!proc.waitForStarted(60000)) {
        std::cerr << "goschedlab-cli calibrate: cannot start " << go.toStdString() << ": "
                  << proc.errorString().toStdString() << "\n";
        return kExitUnavailable;
    }
    QByteArray output;
    const bool tty = ::isatty(2) != 0;
    qsizetype shown = -1;
    while (proc.state() != QProcess::NotRunning) {
        proc.waitForReadyRead(1000);
        output += proc.readAll();
        const qsizetype n = output.count(" ns/op");
        if (tty && n != shown) {
            shown = n;
            std::cerr << "\rcalibrate: " << n << "/" << 16 * runs << " benchmarks done" << std::flush;
        }
    }
    output += proc.readAll();
    if (tty)
        std::cerr << "\n";
    const std::string text = output.toStdString();
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        std::cerr << text << "goschedlab-cli calibrate: `go " << goArgs.join(' ').toStdString() << "` failed (exit "
                  << proc.exitCode() << ")\n";
        return kExitSoftware;
    }

    calib::CalibrationContext ctx;
    ctx.cpus = int(std::max(1u, std::thread::hardware_concurrency()));
    ctx.name = "measured by goschedlab-cli calibrate";
    ctx.goVersion = goVersion;
    ctx.cpuModel = cpuModel(text);
    ctx.loadAvg = loadAvg;
    ctx.command = "GO111MODULE=off go " + goArgs.join(' ').toStdString();
    ctx.runs = runs;
    calib::Calibration c = calib::profileFromBench(calib::parseBenchOutput(text), ctx);
    if (!c.missing.empty())
        return reportMissing(text, "the benchmark output", c.missing);

    // measure.sh: 16 probes x RUNS processes, 2/5 RUNS for the pages, 4 x RUNS for the wake-up.
    std::cerr << "calibrate: fresh-process probes (first runs, idle-P wake-up): about " << 16 * kColdRuns + 22 * kColdRuns / 5
              << " short Go processes\n";
    std::string coldCommand, coldError;
    const std::string coldText = runColdProbes(tmp, env, &coldCommand, &coldError);
    if (!coldError.empty()) {
        std::cerr << "goschedlab-cli calibrate: " << coldError << "\n";
        return kExitSoftware;
    }
    calib::applyFreshProcessProbes(c, coldText, coldCommand);
    if (!c.missing.empty())
        return reportMissing(coldText, "the probes' output", c.missing);
    if (c.chanPingPongNs > 0) {
        // The switch cost the simulator needs to take as long per round trip
        // as the real ping-pong, given the costs measured above.
        const run::SwitchCostFit fit = run::switchCostFor(c.profile, c.chanPingPongNs);
        c.profile.switchCost = fit.cost;
        c.notes["switchCost"] += ";\nthe simulated round trip with switchCost 0 takes " +
                                 std::to_string(std::llround(fit.roundTripWithoutNs)) +
                                 " ns with this profile's other costs, so each goroutine switch gets the rest "
                                 "(sim/run/handoff.h; 0 if the simulator is already as slow)";
    }
    if (int st = writeOutput(out, machineProfileText(c.profile, c.notes), std::cerr))
        return st;
    std::cerr << "calibrate: wrote " << out << " (use it with --machine " << out << ")\n";
    return 0;
}

} // namespace gsl::cli
