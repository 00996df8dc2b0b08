// report FILE.go -o out.html|.pdf|.svg|.png — the exported timeline report
// (cli.md): explore --runs N seeds per configuration, pick a run where the
// bug manifested and one where it stayed hidden, re-run both for their
// traces, analyse them, lay the report out (sim/export) and render it
// (render/). Output is written atomically: nothing, or the whole file.
#include "commands.h"
#include "common.h"
#include "output.h"

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

int qtReport(const Args &a)
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
