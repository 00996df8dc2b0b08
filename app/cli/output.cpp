// output.cpp — see output.h.
#include "output.h"

#include "args.h"
#include "common.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <unistd.h>

namespace gsl::cli {

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

} // namespace gsl::cli
