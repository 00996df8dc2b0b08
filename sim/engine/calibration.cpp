// calibration.cpp — from `go test -bench` output to a machine profile.
#include "sim/engine/calibration.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sstream>

namespace gsl::calib {

namespace {

std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        size_t j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r')
            ++j;
        if (j > i)
            out.push_back(line.substr(i, j - i));
        i = j;
    }
    return out;
}

bool toDouble(std::string_view s, double &out)
{
    std::string t(s);
    char *end = nullptr;
    out = std::strtod(t.c_str(), &end);
    return !t.empty() && end == t.c_str() + t.size() && std::isfinite(out);
}

bool toInt(std::string_view s, long long &out)
{
    if (s.empty() || s.size() > 18)
        return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string fmt(double v)
{
    char buf[64];
    if (std::fabs(v) >= 100)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

// The figures of one benchmark/unit over the runs, in output order.
std::vector<double> figures(const std::vector<BenchLine> &lines, const std::string &bench, const std::string &unit)
{
    std::vector<double> out;
    for (const BenchLine &l : lines) {
        if (l.name != bench)
            continue;
        auto it = l.metrics.find(unit);
        if (it != l.metrics.end())
            out.push_back(it->second);
    }
    return out;
}

std::string rawList(const std::vector<double> &v)
{
    std::string s;
    for (double x : v)
        s += (s.empty() ? "" : ", ") + fmt(x);
    return s;
}

struct CostBench {
    const char *key;
    SimDur MachineProfile::*field;
    const char *bench;
    const char *unit;
    const char *how;
};

const CostBench kCosts[] = {
    {"goCreateCost", &MachineProfile::goCreateCost, "GoCreate", "ns/op", "`go wg.Done()`, all waited for"},
    {"chanOpCost", &MachineProfile::chanOpCost, "ChanUncontended", "chanop-ns",
     "buffered send + receive by one goroutine, per operation"},
    {"lockCost", &MachineProfile::lockCost, "MutexUncontended", "ns/op", "Mutex Lock+Unlock, one goroutine"},
    {"atomicCost", &MachineProfile::atomicCost, "AtomicAdd", "ns/op", "atomic.AddInt64 on an owned line"},
    {"findRunnableCost", &MachineProfile::findRunnableCost, "SchedYield", "ns/op",
     "runtime.Gosched with nothing else runnable: one schedule pass"},
    {"printCost", &MachineProfile::printCost, "WriteSyscall", "ns/op", "write(2) of a 13-byte line to a drained pipe"},
};

struct LatBench {
    const char *key;
    SimDur MachineProfile::*field;
    LatencyQuantiles MachineProfile::*dist;
    const char *bench;
    const char *how;
};

const LatBench kLatencies[] = {
    {"wakeupLatency", &MachineProfile::wakeupLatency, &MachineProfile::wakeupLatencyQuantiles, "WakeIdleP",
     "send to a blocked receiver while main spins, after a 1 ms sleep parked the other M:\n"
     "send -> receiver running on the idle P (futex wake + that M's findRunnable + steal;\n"
     "the findRunnable pass, ~findRunnableCost, is not subtracted)"},
    {"threadCreateCost", &MachineProfile::threadCreateCost, &MachineProfile::threadCreateCostQuantiles,
     "LockOSThreadNew", "`go` of a goroutine that exits locked to its thread (so every one needs a new M)\n"
                        "-> it ran and main got its signal back"},
    {"stealBackoff", &MachineProfile::stealBackoff, &MachineProfile::stealBackoffQuantiles, "Usleep3",
     "one nanosleep(3 us), as stealWork's usleep(3): what is really slept (timer slack)"},
    {"timerLatency", &MachineProfile::timerLatency, &MachineProfile::timerLatencyQuantiles, "SleepOvershoot",
     "time.Sleep(1ms) with the process idle: elapsed - 1 ms"},
};

const char *const kQuantileUnits[] = {"p1-ns", "p10-ns", "p50-ns", "p90-ns", "p99-ns"};

void spreadOf(const std::vector<double> &v, std::vector<double> &spreads)
{
    if (v.size() >= 3) {
        auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        if (*hi + *lo > 0)
            spreads.push_back((*hi - *lo) / (*hi + *lo));
    }
}

// measuredIter: the median ns/op of Benchmark<bench> over the runs (its
// run-to-run spread added to `spreads`, the run-by-run figures in `raw`); when
// the output lacks it, `key` keeps its default and is listed as not measured.
std::optional<double> measuredIter(const std::vector<BenchLine> &lines, const char *key, const char *bench,
                                   Calibration &c, std::vector<double> &spreads, std::string &raw)
{
    const std::vector<double> v = figures(lines, bench, "ns/op");
    if (v.empty()) {
        c.missing.push_back(std::string(bench) + " ns/op");
        c.notes[key] = std::string("NOT MEASURED (Benchmark") + bench + " missing): default kept";
        return std::nullopt;
    }
    spreadOf(v, spreads);
    raw = rawList(v);
    return median(v);
}

// interpretedWork sets the four ps costs (machine_profile.h), per instruction
// of our bytecode: each benchmark's ns per loop iteration against what the
// front end compiles that loop to (kBenchLoopInstrs, calibration.h). stepCost
// first: the StepArith iteration over its instruction count; the others are
// what their benchmark iteration costs beyond its instructions at that stepCost.
void interpretedWork(const std::vector<BenchLine> &lines, Calibration &c, std::vector<double> &spreads)
{
    MachineProfile &p = c.profile;
    const BenchLoopInstrs &n = kBenchLoopInstrs;
    std::string raw;
    if (std::optional<double> iter = measuredIter(lines, "stepCost", "StepArith", c, spreads, raw)) {
        p.stepCostPs = std::max<SimPs>(1, SimPs(std::llround(*iter * 1000 / n.stepArith)));
        c.notes["stepCost"] = "BenchmarkStepArith: one add/compare/branch loop iteration, " + fmt(*iter) +
                              " ns (raw " + raw + "),\nover the " + fmt(n.stepArith) +
                              " bytecode instructions the front end compiles that iteration to";
    }
    const double step = double(p.stepCostPs);
    if (std::optional<double> iter = measuredIter(lines, "callCost", "Call", c, spreads, raw)) {
        p.callCostPs = std::max<SimPs>(0, SimPs(std::llround(*iter * 1000 - n.call * step)));
        c.notes["callCost"] = "BenchmarkCall: a //go:noinline call + return, " + fmt(*iter) + " ns per iteration (raw " +
                              raw + "),\nless its " + fmt(n.call) +
                              " bytecode instructions at stepCost (caller loop + callee body)";
    }
    if (std::optional<double> iter = measuredIter(lines, "sharedAccessCost", "SharedLoad", c, spreads, raw)) {
        // Below 0 when the loop runs faster than its instructions at stepCost
        // say (a memory step then costs less than an average instruction),
        // down to -stepCost: the memory step itself free.
        p.sharedAccessCostPs =
            std::max<SimPs>(-p.stepCostPs, SimPs(std::llround((*iter * 1000 - n.sharedLoad * step) / 2)));
        c.notes["sharedAccessCost"] = "BenchmarkSharedLoad: racy_counter's counter++ on a captured int, cache hit, " + fmt(*iter) +
                                      " ns per iteration (raw " + raw + "),\nless its " + fmt(n.sharedLoad) +
                                      " bytecode instructions at stepCost, over its 2 memory steps (below 0: the step costs less than an "
                                      "average instruction; at -stepCost it is free)";
    }
    if (std::optional<double> iter = measuredIter(lines, "contendedAccessCost", "FalseSharing", c, spreads, raw)) {
        p.contendedAccessCostPs = SimPs(std::llround(*iter * 1000));
        c.notes["contendedAccessCost"] = "BenchmarkFalseSharing: two goroutines on two Ps atomically writing one "
                                         "cache line; ns/op, raw " + raw + " (informative: no step charges it)";
    }
}

} // namespace

std::vector<BenchLine> parseBenchOutput(std::string_view text)
{
    std::vector<BenchLine> out;
    while (!text.empty()) {
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        std::vector<std::string_view> f = fields(line);
        if (f.size() < 4 || f[0].substr(0, 9) != "Benchmark" || f.size() % 2 != 0)
            continue;
        BenchLine b;
        std::string_view name = f[0].substr(9);
        if (size_t dash = name.rfind('-'); dash != std::string_view::npos) {
            long long procs = 0;
            if (toInt(name.substr(dash + 1), procs) && procs > 0) {
                b.procs = int(procs);
                name = name.substr(0, dash);
            }
        }
        if (name.empty() || !toInt(f[1], b.iterations))
            continue;
        b.name = std::string(name);
        bool ok = true;
        for (size_t i = 2; i + 1 < f.size(); i += 2) {
            double v = 0;
            if (!toDouble(f[i], v)) {
                ok = false;
                break;
            }
            b.metrics[std::string(f[i + 1])] = v;
        }
        if (ok)
            out.push_back(std::move(b));
    }
    return out;
}

Calibration profileFromBench(const std::vector<BenchLine> &lines, const CalibrationContext &ctx)
{
    Calibration c;
    MachineProfile &p = c.profile;
    p = defaultProfile();
    p.name = ctx.name;
    p.cpus = ctx.cpus;
    std::string header = "Measured by `goschedlab-cli calibrate` (resources/calibrate/machine_bench_test.go):\n";
    header += "  " + ctx.command + "\n";
    if (!ctx.goVersion.empty())
        header += "  toolchain: " + ctx.goVersion + "\n";
    if (!ctx.cpuModel.empty())
        header += "  cpu: " + ctx.cpuModel + ", " + std::to_string(ctx.cpus) + " logical CPUs\n";
    if (!ctx.loadAvg.empty())
        header += "  /proc/loadavg at the start: " + ctx.loadAvg + " (foreign load inflates every figure)\n";
    header += "  Each figure is the median over the " + std::to_string(ctx.runs) +
              " run(s); 'raw' lists the run-by-run figures.";
    c.notes[""] = header;

    std::vector<double> spreads; // run-to-run spread of the cost benchmarks, for jitter
    for (const CostBench &b : kCosts) {
        std::vector<double> v = figures(lines, b.bench, b.unit);
        if (v.empty()) {
            c.missing.push_back(std::string(b.bench) + " " + b.unit);
            c.notes[b.key] = std::string("NOT MEASURED (Benchmark") + b.bench + " missing): default kept";
            continue;
        }
        const double m = median(v);
        p.*(b.field) = std::max<SimDur>(1, SimDur(m + 0.5));
        c.notes[b.key] = std::string("Benchmark") + b.bench + ": " + b.how + "; " + b.unit + ", raw " + rawList(v);
        spreadOf(v, spreads);
    }

    interpretedWork(lines, c, spreads);

    // The clock read of checkTimers: Gosched on one P with and without a
    // pending timer, side by side in one run (the difference of the medians).
    if (std::vector<double> t = figures(lines, "SchedYieldTimer", "ns/op"), y = figures(lines, "SchedYield", "ns/op");
        !t.empty() && !y.empty()) {
        const double withTimer = median(t), without = median(y);
        p.timerCheckCost = std::max<SimDur>(0, SimDur(withTimer - without + 0.5));
        c.notes["timerCheckCost"] = "BenchmarkSchedYieldTimer - BenchmarkSchedYield: Gosched on one P with a pending "
                                    "timer minus without, " + fmt(withTimer) + " - " + fmt(without) +
                                    " ns (raw " + rawList(t) + "); go1.19 checkTimers reads the clock only then";
    } else {
        c.notes["timerCheckCost"] = "NOT MEASURED (BenchmarkSchedYieldTimer missing): default kept";
    }

    for (const LatBench &b : kLatencies) {
        LatencyQuantiles d;
        std::string raw;
        bool complete = true;
        for (size_t i = 0; i < d.q.size(); ++i) {
            std::vector<double> v = figures(lines, b.bench, kQuantileUnits[i]);
            if (v.empty()) {
                c.missing.push_back(std::string(b.bench) + " " + kQuantileUnits[i]);
                complete = false;
                break;
            }
            // Per-run quantiles are ordered, so their medians are ordered too.
            d.q[i] = std::max<SimDur>(0, SimDur(median(v) + 0.5));
            raw += std::string("\n  ") + kQuantileUnits[i] + " raw " + rawList(v);
        }
        if (!complete) {
            c.notes[b.key] = std::string("NOT MEASURED (Benchmark") + b.bench + " missing): default kept";
            continue;
        }
        d.set = true;
        p.*(b.dist) = d;
        p.*(b.field) = d.median();
        c.notes[b.key] = std::string("Benchmark") + b.bench + ": " + b.how + ";\n" +
                         "the p50 of the distribution below, each quantile the median over the runs:" + raw;
    }

    c.notes["osTimeSlice"] = "NOT MEASURED (no Go benchmark sees it): CFS sched_latency 6 ms / 2 runnable threads";
    // First runs in a fresh process: a benchmark loop is warm by construction,
    // so these come from fresh-process probes, not from this benchmark run.
    // applyFreshProcessProbes replaces these notes with what it measured.
    for (const char *key : {"pageFaultCost", "coldPathCost", "coldFmtCost", "coldTimerCost", "coldPanicCost",
                            "coldWriteCost", "goCreateFirstCost", "coldPMallocCost"})
        c.notes[key] = "NOT MEASURED by the benchmarks (a first run in a fresh process; benchmarks are warm): "
                       "default kept unless the fresh-process probes (bench/cold/measure.sh) measured it";
    c.notes["goCreateNewCost"] = "NOT MEASURED by the benchmarks: default kept unless the fresh-process probes "
                                 "(bench/cold/create40) measured it";
    if (spreads.size() >= 3) {
        p.jitter = std::clamp(median(spreads), 0.001, 0.5);
        p.jitter = std::round(p.jitter * 1000) / 1000;
        c.notes["jitter"] = "median over the cost benchmarks of their run-to-run spread (max-min)/(max+min)";
    } else {
        c.notes["jitter"] = "NOT MEASURED (needs --runs >= 3 for a run-to-run spread): default kept";
    }
    if (std::vector<double> pp = figures(lines, "ChanPingPong", "ns/op"); !pp.empty()) {
        c.chanPingPongNs = median(pp);
        c.notes["switchCost"] = "BenchmarkChanPingPong: two goroutines on one P over two unbuffered channels, " +
                                fmt(c.chanPingPongNs) + " ns per round trip (raw " + rawList(pp) + ")";
    } else {
        c.notes["switchCost"] = "NOT MEASURED (BenchmarkChanPingPong missing): default kept";
    }
    if (std::vector<double> h = figures(lines, "MutexHandoff", "ns/op"); !h.empty())
        c.notes["lockCost"] += "\nBenchmarkMutexHandoff (informative, no field charges it): two goroutines "
                               "contending on one Mutex, " + fmt(median(h)) + " ns per Lock+Unlock, raw " + rawList(h);
    return c;
}

namespace {
struct ProbeKey {
    const char *key;
    SimDur MachineProfile::*field;
    LatencyQuantiles MachineProfile::*dist;
    const char *how;
};
const ProbeKey kProbes[] = {
    {"pageFaultCost", &MachineProfile::pageFaultCost, &MachineProfile::pageFaultCostQuantiles,
     "bench/cold/pages: every page of a new 1 MB slice, first touch (GOMAXPROCS=1)"},
    {"coldPathCost", &MachineProfile::coldPathCost, &MachineProfile::coldPathCostQuantiles,
     "bench/cold/paths: first minus second run of chan send+recv, select, close, Gosched, strings.Join"},
    {"coldFmtCost", &MachineProfile::coldFmtCost, &MachineProfile::coldFmtCostQuantiles,
     "bench/cold/first_calls, fmt_send, paths: the process's first fmt.Sprint / Println"},
    {"coldTimerCost", &MachineProfile::coldTimerCost, &MachineProfile::coldTimerCostQuantiles,
     "bench/cold/paths: the first time.NewTimer+Stop"},
    {"coldPanicCost", &MachineProfile::coldPanicCost, &MachineProfile::coldPanicCostQuantiles,
     "bench/cold/panic: the first panic to its deferred call"},
    {"coldWriteCost", &MachineProfile::coldWriteCost, &MachineProfile::coldWriteCostQuantiles,
     "bench/cold/write: first minus second write(2) to stdout, a file"},
    {"goCreateFirstCost", &MachineProfile::goCreateFirstCost, &MachineProfile::goCreateFirstCostQuantiles,
     "bench/cold/first_go: main.main's first go statement (malg, no dead G to reuse)"},
    {"goCreateNewCost", &MachineProfile::goCreateNewCost, &MachineProfile::goCreateNewCostQuantiles,
     "bench/cold/create40: main.main's go statements #25-#40, each a new G, pooled (the cost of a new G after the "
     "40th)"},
    {"coldPMallocCost", &MachineProfile::coldPMallocCost, &MachineProfile::coldPMallocCostQuantiles,
     "bench/cold/pmalloc (GOMAXPROCS=2): a goroutine stolen by P1 times its first 100-byte allocation there "
     "(P1's mcache has served none)"},
    {"wakeupLatency", &MachineProfile::wakeupLatency, &MachineProfile::wakeupLatencyQuantiles,
     "bench/cold/wake (GOMAXPROCS=2): main.main's first go statement wakes the idle P;\n"
     "from its end to the start of the goroutine that P steals"},
};

// probeLine: "<name> = a b c d e   (N=n)" -> the quantiles and n (0 when
// absent); false when the line is not that name's or is malformed.
bool probeLine(std::string_view line, const std::string &name, LatencyQuantiles &q, long long &n)
{
    if (line.substr(0, name.size()) != name) return false;
    line.remove_prefix(name.size());
    const size_t eq = line.find_first_not_of(" \t");
    if (eq == std::string_view::npos || line[eq] != '=') return false;
    line.remove_prefix(eq + 1);
    const size_t count = line.find("(N=");
    if (!parseLatencyQuantiles(line.substr(0, count), q)) return false;
    n = count == std::string_view::npos ? 0 : std::atoll(std::string(line.substr(count + 3)).c_str());
    return true;
}
} // namespace

void applyFreshProcessProbes(Calibration &c, std::string_view text, const std::string &command)
{
    std::vector<bool> found(std::size(kProbes), false);
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        for (size_t i = 0; i < std::size(kProbes); ++i) {
            const ProbeKey &k = kProbes[i];
            LatencyQuantiles q;
            long long n = 0;
            if (found[i] || !probeLine(line, std::string(k.key) + "Quantiles", q, n)) continue;
            found[i] = true;
            c.profile.*(k.dist) = q;
            c.profile.*(k.field) = q.median();
            std::string note = std::string(k.how) + ";\nfresh processes launched by `" + command +
                               "` (timeout 10, stdout to a file), " + std::to_string(n) +
                               " samples; the p50 of the distribution below";
            if (std::string(k.key) == "wakeupLatency")
                note += "\n(replaces BenchmarkWakeIdleP's figure: in a warm benchmark process the woken M "
                        "is not the one a fresh process wakes)";
            c.notes[k.key] = note;
        }
    }
    for (size_t i = 0; i < std::size(kProbes); ++i)
        if (!found[i]) c.missing.push_back(std::string("bench/cold/measure.sh ") + kProbes[i].key + "Quantiles");

    // goCreateTable.K = a b c d e (N=n), K = 2..40: every one or none.
    auto &table = c.profile.goCreateTable;
    std::vector<bool> rows(table.size(), false);
    long long rowsN = 0;
    std::istringstream tin{std::string(text)};
    for (std::string line; std::getline(tin, line);) {
        if (line.rfind(kGoCreateTableKey, 0) != 0) continue;
        int k = 0;
        std::from_chars(line.data() + kGoCreateTableKey.size(), line.data() + line.size(), k);
        LatencyQuantiles q;
        long long n = 0;
        if (k < 2 || k >= 2 + int(table.size()) || rows[size_t(k - 2)] ||
            !probeLine(line, std::string(kGoCreateTableKey) + std::to_string(k), q, n))
            continue;
        table[size_t(k - 2)] = q;
        rows[size_t(k - 2)] = true;
        rowsN = n;
    }
    if (std::find(rows.begin(), rows.end(), false) != rows.end()) {
        c.missing.push_back("bench/cold/measure.sh goCreateTable.2-40");
        table = defaultProfile().goCreateTable;
        return;
    }
    c.notes["goCreateTable"] = "bench/cold/create40: main.main's go statements #2-#40 in fresh processes (each "
                               "allocates a new G and its stack: malg), timed one by one, " + std::to_string(rowsN) +
                               " processes; the k-th statement's distribution (sim/engine/cold_create.h)";
}

} // namespace gsl::calib
