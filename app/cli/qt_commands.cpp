// qt_commands.cpp — `report` and `calibrate`, the two commands that need Qt
// (Qt Gui/Svg to print PDF and rasterise PNG; QProcess to drive `go test`),
// live in a module loaded only when one of them runs (app/cli_qt). Every
// other command starts without loading Qt's ~45 shared libraries: that
// start-up was most of the time of a 10,000-run `explore` (issue 5).
//
// The module is looked for next to the executable (the build tree) and in
// ../lib/goschedlab (an installed prefix); $GOSCHEDLAB_CLI_QT names it
// explicitly.
#include "commands.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace gsl::cli {

namespace {

constexpr const char *kModule = "goschedlab-cli-qt.so";
constexpr int kExitSoftware = 70;   // EX_SOFTWARE: the installation is incomplete

std::string exeDir()
{
    std::string buf(4096, '\0');
    ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
    if (n <= 0) return ".";
    buf.resize(size_t(n));
    size_t slash = buf.rfind('/');
    return slash == std::string::npos ? std::string(".") : buf.substr(0, slash);
}

// The module's entry point (app/cli_qt/module.cpp).
using Entry = int (*)(const char *command, const Args *args);

int runInModule(const char *command, const Args &a)
{
    std::vector<std::string> candidates;
    if (const char *env = std::getenv("GOSCHEDLAB_CLI_QT"); env && *env) {
        candidates.emplace_back(env);
    } else {
        const std::string dir = exeDir();
        candidates.push_back(dir + "/" + kModule);
        candidates.push_back(dir + "/../lib/goschedlab/" + kModule);
    }
    std::string problems;
    for (const std::string &path : candidates) {
        if (::access(path.c_str(), R_OK) != 0) continue;
        // Never unloaded: Qt registers atexit handlers inside it.
        void *h = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!h) {
            problems += std::string("\n  ") + ::dlerror();
            continue;
        }
        auto entry = reinterpret_cast<Entry>(::dlsym(h, "gsl_cli_qt_command"));
        if (!entry) {
            problems += "\n  " + path + ": no gsl_cli_qt_command";
            continue;
        }
        return entry(command, &a);
    }
    std::cerr << "goschedlab-cli: " << command << " needs " << kModule << ", which was not found";
    if (problems.empty()) {
        std::cerr << " (looked in";
        for (const std::string &c : candidates) std::cerr << " " << c;
        std::cerr << ")";
    }
    std::cerr << problems << "\n";
    return kExitSoftware;
}

} // namespace

int cmdReport(const Args &a) { return runInModule("report", a); }
int cmdCalibrate(const Args &a) { return runInModule("calibrate", a); }

} // namespace gsl::cli
