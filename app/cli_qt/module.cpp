// module.cpp — the entry point of goschedlab-cli-qt.so, the part of the CLI
// that needs Qt (see app/cli/qt_commands.cpp, which loads it).
#include "commands.h"

#include <cstring>

namespace gsl::cli {
int qtReport(const Args &);
int qtCalibrate(const Args &);
} // namespace gsl::cli

extern "C" __attribute__((visibility("default"))) int gsl_cli_qt_command(const char *command,
                                                                          const gsl::cli::Args *args)
{
    if (std::strcmp(command, "report") == 0) return gsl::cli::qtReport(*args);
    if (std::strcmp(command, "calibrate") == 0) return gsl::cli::qtCalibrate(*args);
    return 64;
}
