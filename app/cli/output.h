// output.h — writing a command's output file: check the destination before
// minutes of runs are spent, then write it atomically with Ctrl-C held back.
// Shared by trace (in the CLI) and report/calibrate (in the Qt module).
#pragma once

#include <iosfwd>
#include <string>

namespace gsl::cli {

// checkOutputPath fails early (exit 74) when the output's folder cannot
// take a new file; 0 when it can.
int checkOutputPath(const std::string &path, std::ostream &err);

// writeOutput writes atomically (temporary file, fsync, rename) with
// SIGINT/SIGTERM/SIGHUP held back while the temporary file exists; 0 or 74.
int writeOutput(const std::string &path, const std::string &bytes, std::ostream &err);

} // namespace gsl::cli
