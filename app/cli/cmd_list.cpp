// list — the bundled scenarios with their titles, grouped as files sort.
#include "commands.h"
#include "common.h"

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>

namespace gsl::cli {

int cmdList(const Args &a)
{
    std::string bad = checkFlags(a, {"format"});
    if (!bad.empty() || !a.positional.empty()) {
        std::cerr << "goschedlab-cli: " << (bad.empty() ? "list takes no FILE" : bad) << "\n";
        return kExitUsage;
    }
    namespace fs = std::filesystem;
    const std::string dir = scenarioDir();
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".go") files.push_back(it->path());
    if (ec || files.empty()) {
        std::cerr << "goschedlab-cli: no scenarios found in " << dir
                  << (ec ? ": " + ec.message() : std::string()) << " (set GOSCHEDLAB_SCENARIOS)\n";
        return kExitIo;
    }
    std::sort(files.begin(), files.end());
    const bool tsv = a.value("format") == "tsv";
    if (tsv) std::cout << "file\ttopic\ttitle\n";
    for (const auto &f : files) {
        run::Scenario sc = run::loadScenario(f.string(), GoVersion{1, 22});
        const auto &m = sc.compiled.metadata;
        std::string title = m.title.empty() ? "(no title)" : m.title;
        if (tsv) std::cout << f.filename().string() << "\t" << m.topic << "\t" << title << "\n";
        else std::cout << std::left << std::setw(34) << f.filename().string() << " " << title << "\n";
    }
    return 0;
}

} // namespace gsl::cli
