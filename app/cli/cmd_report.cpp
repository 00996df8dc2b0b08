// report FILE.go -o out.html|.pdf|.svg|.png — the exported timeline report
// (cli.md): explore --runs N seeds per configuration, pick a run where the
// bug manifested and one where it stayed hidden, re-run both for their
// traces, analyse them, lay the report out (sim/export) and render it
// (render/). Output is written atomically: nothing, or the whole file.
#include "commands.h"
#include "common.h"

#include "render/report_writer.h"
#include "sim/analysis/race.h"
#include "sim/export/report.h"
#include "sim/export/report_gather.h"

#include <QGuiApplication>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <unistd.h>

namespace gsl::cli {

// replayCommandFor: the exact `run` command line that replays cfg (shared
// with the GUI's report export: exports::replayCommandFor).
std::string replayCommandFor(const std::string &path, const runtime::RunConfig &cfg)
{
    return exports::replayCommandFor(path, cfg);
}

// checkOutputPath fails early (exit 74) when the output's folder cannot
// take a new file, before minutes of runs are spent.
int checkOutputPath(const std::string &path, std::ostream &err)
{
    namespace fs = std::filesystem;
    fs::path p(path);
    std::string dir = p.has_parent_path() ? p.parent_path().string() : std::string(".");
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        err << "goschedlab-cli: cannot write " << path << ": " << std::strerror(errno) << "\n";
        return kExitIo;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        err << "goschedlab-cli: cannot write " << path << ": Is a directory\n";
        return kExitIo;
    }
    return 0;
}

namespace {

// Signal state for writeOutput. A handler, not a thread signal mask, because
// a process-directed SIGINT may be delivered to any thread (TBB workers).
volatile std::sig_atomic_t g_inWrite = 0;
volatile std::sig_atomic_t g_pendingSignal = 0;

extern "C" void deferSignal(int sig)
{
    if (g_inWrite) {
        g_pendingSignal = sig;
        return;
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

} // namespace

// writeOutput writes atomically (temporary file, fsync, rename) and holds
// SIGINT/SIGTERM/SIGHUP back while the temporary file exists, so Ctrl-C can
// never strike between creating it and renaming or removing it: an
// interrupted export leaves the old file or none, and no temporary file.
// Before and after, the signals keep their default effect (end the process;
// nothing was created yet / the file is complete).
int writeOutput(const std::string &path, const std::string &bytes, std::ostream &err)
{
    struct sigaction sa {};
    sa.sa_handler = deferSignal;
    sigemptyset(&sa.sa_mask);
    struct sigaction oldInt {}, oldTerm {}, oldHup {};
    g_inWrite = 1;
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    sigaction(SIGHUP, &sa, &oldHup);
    std::string problem = writeFileAtomically(path, bytes);
    g_inWrite = 0;
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    sigaction(SIGHUP, &oldHup, nullptr);
    if (g_pendingSignal) std::raise(g_pendingSignal);   // delivered now, after the rename
    if (!problem.empty()) {
        err << "goschedlab-cli: " << problem << "\n";
        return kExitIo;
    }
    return 0;
}

// raceMarks: one mark per race report, at the access that found it.
std::vector<exports::RaceMark> raceMarks(const analysis::RaceResult &races, const analysis::RaceOptions &opt)
{
    (void)opt;
    return exports::raceMarks(races);
}

int cmdReport(const Args &a)
{
    std::string bad = checkFlags(a, {"o", "runs", "page", "race", "threads", "schedtrace"});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    const std::string out = a.value("o");
    auto format = render::formatForPath(out);
    if (out.empty() || !format) {
        std::cerr << "goschedlab-cli report: -o must name a .html, .pdf, .svg or .png file"
                  << (out.empty() ? std::string() : ", got \"" + out + "\"") << "\n";
        return kExitUsage;
    }
    render::RenderOptions ropt;
    const std::string page = a.value("page", "a4");
    if (page == "letter") ropt.page = exports::PageSize::letter();
    else if (page != "a4") {
        std::cerr << "goschedlab-cli: --page: expected a4 or letter, got \"" << page << "\"\n";
        return kExitUsage;
    }
    size_t runs = 200;
    if (a.has("runs")) {
        const std::string v = a.value("runs");
        char *end = nullptr;
        unsigned long long n = std::strtoull(v.c_str(), &end, 10);
        if (v.empty() || *end || n == 0 || n > 10'000'000) {
            std::cerr << "goschedlab-cli: --runs: expected a positive number of runs like 200, got \"" << v << "\"\n";
            return kExitUsage;
        }
        runs = size_t(n);
    }
    SimDur schedtrace = 0;
    if (a.has("schedtrace")) {
        const std::string v = a.value("schedtrace");
        char *end = nullptr;
        long ms = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end || ms <= 0) {
            std::cerr << "goschedlab-cli: --schedtrace: expected a period in milliseconds like 1, got \"" << v << "\"\n";
            return kExitUsage;
        }
        schedtrace = ms * kMillisecond;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;
    if (int rc = checkOutputPath(out, std::cerr)) return rc;

    // PDF and PNG go through Qt Gui; the CLI has no display.
    std::unique_ptr<QGuiApplication> app;
    if (*format == render::ReportFormat::Pdf || *format == render::ReportFormat::Png) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char arg0[] = "goschedlab-cli";
        static char *argv[] = {arg0, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }

    // Explore, pick, re-run and analyse: shared with the GUI (sim/export/report_gather).
    exports::ReportRequest rq;
    rq.scenario = &ld.scenario;
    rq.configs = ld.spec.expand();
    rq.base = ld.spec.base;
    rq.base.race = a.has("race");
    rq.runs = runs;
    rq.schedtrace = schedtrace;
    rq.engineVersion = GSL_VERSION;
    if (a.has("threads")) rq.threads = std::atoi(a.value("threads").c_str());
    exports::ReportHooks hooks;
    const bool tty = ::isatty(2);
    std::mutex progressMutex;
    if (tty)
        hooks.progress = [&](size_t done, size_t total) {
            std::lock_guard<std::mutex> lock(progressMutex);
            std::cerr << "\rreport: " << done << "/" << total << " runs" << std::flush;
        };
    std::optional<exports::ReportDocument> built = exports::gatherReport(rq, hooks);
    if (tty) std::cerr << "\r\033[K";
    exports::ReportDocument doc = std::move(*built);   // never cancelled here
    QByteArray bytes;
    std::string problem = render::renderReport(doc, *format, ropt, bytes);
    if (!problem.empty()) {
        std::cerr << "goschedlab-cli: cannot write " << out << ": " << problem << "\n";
        return kExitIo;
    }
    return writeOutput(out, std::string(bytes.constData(), size_t(bytes.size())), std::cerr);
}

} // namespace gsl::cli
