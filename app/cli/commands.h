// commands.h — the subcommand table.
#pragma once

#include "args.h"

namespace gsl::cli {

struct Command {
    const char *name;
    int (*run)(const Args &);
};

const Command *findCommand(const std::string &name);

int cmdRun(const Args &);
int cmdCheck(const Args &);
int cmdList(const Args &);
int cmdExplore(const Args &);
int cmdExplain(const Args &);
int cmdTrace(const Args &);
int cmdReport(const Args &);
int cmdCalibrate(const Args &);

} // namespace gsl::cli
