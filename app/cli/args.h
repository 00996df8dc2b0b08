// args.h — goschedlab-cli's command line: `goschedlab-cli SUBCOMMAND [FILE] [--flag value | --flag=value]...`.
// Parsing only; the meaning of configuration words lives in sim/run/config_text.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gsl::cli {

// sysexits.h codes (cli.md "Rules")
constexpr int kExitUsage = 64;   // EX_USAGE
constexpr int kExitData = 65;    // EX_DATAERR
constexpr int kExitIo = 74;      // EX_IOERR
constexpr int kExitBudget = 75;  // EX_TEMPFAIL: a run budget stopped the run (raise it and retry)

struct Args {
    std::string command;
    std::vector<std::string> positional;
    // flag -> values in order (a flag may repeat, e.g. --env)
    std::vector<std::pair<std::string, std::string>> flags;
    bool has(const std::string &name) const;
    std::string value(const std::string &name, const std::string &def = {}) const;
};

// Flags that take no value.
bool isSwitch(const std::string &name);

// parseArgs returns "" or one line describing the problem.
std::string parseArgs(int argc, char **argv, Args &out);

} // namespace gsl::cli
