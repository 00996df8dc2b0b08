// goschedlab-cli — the headless face of goschedlab (cli.md is its contract).
#include "args.h"
#include "commands.h"

#include <exception>
#include <iostream>

namespace {

const char *kUsage = R"(usage: goschedlab-cli COMMAND [FILE.go] [flags]

commands:
  run FILE.go       one simulated run: program output, Go's exit status
                    (--race, --schedtrace MS, --scheddetail, --trace-text, --schedule S)
  explore FILE.go   many runs per configuration (--runs N, --format table|tsv|json,
                    --threads N, --race, --pct D, --exhaustive --preemption-bound K,
                    --all-outcomes: every outcome in the table, not the 19 most frequent)
  explain FILE.go   why the bug stayed hidden in a run, and what exposes it
  trace FILE.go -o out.json            Chrome/Perfetto trace of one run
  report FILE.go -o out.html|.pdf|.svg|.png   timeline report
  check FILE.go     parse and type-check only
  list              the bundled scenarios
  calibrate -o FILE measure a machine profile with the Go toolchain (--runs N, default 5)

configuration flags (every command):
  --gomaxprocs N[,N...]  --cpus N  --quota CORES|none  --cpu-max "QUOTA PERIOD"
  --go VERSION  --maxprocs-policy runtime|automaxprocs|numcpu  --seed S
  --env K=V  --machine FILE
budgets: --max-steps N  --max-time DURATION  --max-goroutines N  --max-events N
         --max-memory SIZE (heap the program allocates, e.g. 512MB)

exit status: the simulated program's (0, 2, 66 with --race, os.Exit's), or
64 bad usage, 65 scenario does not compile, 74 file I/O, 75 a budget stopped the run;
calibrate: 69 no Go toolchain on PATH, 70 the benchmarks failed
)";

} // namespace

int main(int argc, char **argv)
{
    using namespace gsl::cli;
    Args args;
    std::string err = parseArgs(argc, argv, args);
    if (!err.empty()) {
        std::cerr << "goschedlab-cli: " << err << "\n";
        return kExitUsage;
    }
    if (args.command.empty() || args.command == "help" || args.command == "--help" || args.has("help")) {
        std::cout << kUsage;
        return args.command.empty() ? kExitUsage : 0;
    }
    if (args.command == "--version" || args.command == "version") {
        std::cout << "goschedlab-cli " << GSL_VERSION << "\n";
        return 0;
    }
    try {
        const Command *cmd = findCommand(args.command);
        if (!cmd) {
            std::cerr << "goschedlab-cli: unknown command \"" << args.command << "\" (try: goschedlab-cli help)\n";
            return kExitUsage;
        }
        return cmd->run(args);
    } catch (const std::bad_alloc &) {
        std::cerr << "goschedlab-cli: out of memory; lower --max-events or --max-goroutines\n";
        return kExitBudget;
    } catch (const std::exception &e) {
        // An engine invariant broke: a bug in goschedlab, never the user's fault.
        std::cerr << "goschedlab-cli: internal error: " << e.what() << "\n";
        return 70;  // EX_SOFTWARE
    }
}
