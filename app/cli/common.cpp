#include "common.h"

#include "sim/engine/machine_profile.h"
#include "sim/explore/scenario_runner.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace gsl::cli {

const std::set<std::string> &configFlags()
{
    static const std::set<std::string> flags = {"gomaxprocs", "cpus", "quota", "cpu-max", "go",
                                                "maxprocs-policy", "seed", "env", "machine", "max-steps",
                                                "max-time", "max-goroutines", "max-events", "max-memory"};
    return flags;
}

std::string checkFlags(const Args &a, const std::set<std::string> &extra)
{
    for (const auto &[name, value] : a.flags) {
        (void)value;
        if (name == "help") continue;
        if (!configFlags().count(name) && !extra.count(name))
            return (name == "o" ? std::string("-o") : "--" + name) + " is not a flag of '" + a.command + "'";
    }
    return "";
}

void printDiagnostics(const run::Scenario &sc, std::ostream &err)
{
    for (const auto &d : sc.compiled.diagnostics) err << d.format() << "\n";
}

int loadScenarioWithConfig(const Args &a, Loaded &out, std::ostream &err)
{
    if (a.positional.size() != 1) {
        err << "goschedlab-cli " << a.command << ": expected one FILE.go"
            << (a.positional.empty() ? "" : ", got " + std::to_string(a.positional.size()) + " arguments") << "\n";
        return kExitUsage;
    }
    const std::string path = a.positional[0];
    // Compile once to read the metadata (the Config line may choose the Go
    // version), then again if the version that applies is another one.
    out.scenario = run::loadScenario(path, GoVersion{1, 22});
    for (const auto &d : out.scenario.compiled.diagnostics)
        if (d.kind == lang::Diagnostic::Io) {
            err << "goschedlab-cli: " << d.format() << "\n";
            return kExitIo;
        }
    run::ConfigSpec &spec = out.spec;
    std::string problem = run::applyConfigLine(spec, out.scenario.compiled.metadata.config);
    if (!problem.empty()) {
        err << path << ": " << problem << "\n";
        return kExitData;
    }
    // Flags override the scenario's defaults, in command-line order.
    for (const auto &[name, value] : a.flags) {
        if (!configFlags().count(name) || name == "machine") continue;
        problem = run::applyKey(spec, name, value);
        if (!problem.empty()) {
            err << "goschedlab-cli: " << problem << "\n";
            return kExitUsage;
        }
    }
    if (a.has("machine")) {
        // Lives as long as the process: RunConfig keeps a pointer to it.
        static MachineProfile profile;
        const std::string file = a.value("machine");
        MachineProfileLoad load = loadMachineProfile(file);
        if (!load.ok) {
            err << "goschedlab-cli: --machine " << file << ": " << load.error << "\n";
            return std::filesystem::exists(file) ? kExitData : kExitIo;
        }
        profile = load.profile;
        spec.base.machine = &profile;
    }
    for (const auto &cfg : spec.expand()) {
        problem = runtime::validate(cfg);
        if (!problem.empty()) {
            err << "goschedlab-cli: " << problem << "\n";
            return kExitUsage;
        }
    }
    if (spec.base.go != GoVersion{1, 22} || !spec.goList.empty())
        out.scenario = run::loadScenario(path, spec.base.go);
    if (!out.scenario.ok()) {
        printDiagnostics(out.scenario, err);
        return kExitData;
    }
    return 0;
}

std::string scenarioDir()
{
    if (const char *env = std::getenv("GOSCHEDLAB_SCENARIOS"); env && *env) return env;
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(GSL_SCENARIO_DIR, ec)) return GSL_SCENARIO_DIR;
    return GSL_INSTALLED_SCENARIO_DIR;
}

std::string writeFileAtomically(const std::string &path, const std::string &bytes)
{
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) return "cannot write " + path + ": " + std::strerror(errno);
    size_t off = 0;
    while (off < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string e = std::strerror(errno);
            ::close(fd);
            ::unlink(name.data());
            return "cannot write " + path + ": " + e;
        }
        off += size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        std::string e = std::strerror(errno);
        ::unlink(name.data());
        return "cannot write " + path + ": " + e;
    }
    ::chmod(name.data(), 0644);
    if (std::rename(name.data(), path.c_str()) != 0) {
        std::string e = std::strerror(errno);
        ::unlink(name.data());
        return "cannot write " + path + ": " + e;
    }
    return "";
}

analysis::RaceOptions raceOptionsFor(const run::Scenario &sc, const trace::Trace &t)
{
    analysis::RaceOptions opt = explore::raceOptionsFor(sc);
    opt.str = [&t](uint32_t i) { return std::string(t.str(i)); };
    return opt;
}

} // namespace gsl::cli
