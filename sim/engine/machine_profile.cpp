// machine_profile.cpp — the default cost table and its text format.
//
// Why the default values (2-vCPU x86-64 KVM guest, Linux, Go 1.19). Measured
// on the reference VM at load ~1 on 2026-11-27 (`calibrate --runs 5`, go1.19.8,
// docs/machine-profiles.md): chanOpCost 18, lockCost 12, atomicCost 6,
// findRunnableCost 63 and stealWork's usleep(3) as really slept (p50 114 us:
// timer slack on a VM); the wake-up of an idle M by a direct probe, re-taken
// 2026-11-28 under the oracle's launcher (p1/p10/p50/p90/p99 3.3/5.7/70.7/
// 119.5/1343 us; 3/7.9/35/133/165 before, under chrt; see machine_profile.h).
// First-run costs (pageFault, coldPath, coldFmt, coldTimer, coldPanic, coldWrite): bench/cold/.
// Cold goroutine creation (goCreateFirstCost, goCreateNewCost) from 100 fresh
// processes. Adopted together after the whole oracle (tests/validation) was
// re-run with them. The interpreted-work costs, measured the same day:
//   stepCost 0.048 ns    per bytecode instruction, MEASURED (idle, 2026-11-27):
//                        BenchmarkStepArith median 0.602 ns per iteration
//                        (raw 0.5945 0.5954 0.6019 0.6037 0.6471) over the
//                        12.5 instructions we compile it to (calibration.h).
//                        A compiled loop iteration is a fraction of a ns; the
//                        former 1 ns per instruction made an interpreted
//                        counter++ loop ~25x too slow (racy_counter@2).
//   callCost 0.839 ns    BenchmarkCall median 1.559 ns (raw 1.485 1.499 1.559
//                        1.593 2.190) less its 15 instructions at stepCost.
//   sharedAccessCost -0.048  BenchmarkSharedLoad, racy_counter's counter++ loop
//                        on a captured int (9 bytecode instructions), took
//                        0.28 ns per iteration there (0.28-0.38): less than
//                        its 9 instructions at stepCost (0.432 ns), so each of
//                        its two memory steps costs less than an average
//                        instruction: (0.28 - 0.432) / 2 = -0.076, held at
//                        -stepCost (a memory step free). The loop then costs
//                        0.336 ns (was 0.432 with the former floor at 0: a
//                        100,000-iteration loop 43 us against 28 us real).
//                        Contention is not modelled.
//   contendedAccess 19   BenchmarkFalseSharing median 19.03 ns (raw 12.65
//                        17.66 19.03 20.36 20.43); informative, not charged.
// Kept from the published ranges, checked for order of magnitude with
// resources/calibrate/machine_bench_test.go:
//   goCreateCost 300     newproc reusing a dead G (BenchmarkGoCreate measures
//                        go + run + exit, 778 ns; the creator's side alone
//                        measured 80 ns in a fresh process: 300 kept).
//   threadCreateCost 40  clone() + first run of a new M (20-60 us).
//   timerLatency 50 us   timer slack on an M woken by a timer.
//   printCost 2 us       write(2) of a short line to a pipe (1-3 us).
//   osTimeSlice 3 ms     CFS sched_latency 6 ms / 2 runnable threads on a
//                        2-CPU box = 3 ms (min granularity 0.75 ms).
//   jitter 0.03          +-3 %: run-to-run spread of the micro-benchmarks.
#include "sim/engine/machine_profile.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>

namespace gsl {

MachineProfile defaultProfile()
{
    MachineProfile p; // the member initialisers are the default (see above)
    p.name = "default 2-vCPU x86-64 Linux VM";
    return p;
}

namespace {

struct DurKey {
    const char *key;
    SimDur MachineProfile::*field;
    const char *comment;
};

// The interpreted-work costs, in ps (written as decimal ns).
struct PsKey {
    const char *key;
    SimPs MachineProfile::*field;
    const char *comment;
};

constexpr std::array<PsKey, 4> kPsKeys = {{
    {"stepCost", &MachineProfile::stepCostPs, "ns, one interpreted bytecode instruction (BenchmarkStepArith / its instructions)"},
    {"callCost", &MachineProfile::callCostPs, "ns, a call + return beyond its instructions (BenchmarkCall)"},
    {"sharedAccessCost", &MachineProfile::sharedAccessCostPs, "ns, a shared load/store beyond its instruction, cache hit (BenchmarkSharedLoad)"},
    {"contendedAccessCost", &MachineProfile::contendedAccessCostPs, "ns, atomic add on a contended line (BenchmarkFalseSharing), informative"},
}};

constexpr std::array<DurKey, 23> kDurKeys = {{
    {"goCreateCost", &MachineProfile::goCreateCost, "ns, newproc: a go statement (BenchmarkGoCreate)"},
    {"chanOpCost", &MachineProfile::chanOpCost, "ns, uncontended channel send or receive (BenchmarkChanUncontended)"},
    {"lockCost", &MachineProfile::lockCost, "ns, uncontended Mutex Lock+Unlock (BenchmarkMutexUncontended)"},
    {"atomicCost", &MachineProfile::atomicCost, "ns, atomic add (BenchmarkAtomicAdd)"},
    {"findRunnableCost", &MachineProfile::findRunnableCost, "ns, one findRunnable / steal attempt (BenchmarkSchedYield)"},
    {"switchCost", &MachineProfile::switchCost, "ns, a goroutine switch beyond findRunnableCost, at every execute (BenchmarkChanPingPong)"},
    {"timerCheckCost", &MachineProfile::timerCheckCost, "ns, a schedule on a P with a timer: checkTimers' nanotime() (BenchmarkSchedYieldTimer - BenchmarkSchedYield)"},
    {"goCreateFirstCost", &MachineProfile::goCreateFirstCost, "ns, the process's first new G: main.main's first go statement (bench/cold/first_go)"},
    {"goCreateNewCost", &MachineProfile::goCreateNewCost, "ns, a go statement allocating a new G after the 40th (cold_create.h)"},
    {"pageFaultCost", &MachineProfile::pageFaultCost, "ns, first touch of a fresh 4 KB page (bench/cold/ page probe)"},
    {"coldPathCost", &MachineProfile::coldPathCost, "ns, a runtime path's first run in the process, beyond its warm cost (bench/cold/)"},
    {"coldFmtCost", &MachineProfile::coldFmtCost, "ns, the process's first fmt call (bench/cold/)"},
    {"coldTimerCost", &MachineProfile::coldTimerCost, "ns, the process's first timer (bench/cold/)"},
    {"coldPanicCost", &MachineProfile::coldPanicCost, "ns, the process's first panic until fatalpanic (bench/cold/)"},
    {"coldWriteCost", &MachineProfile::coldWriteCost, "ns, the process's first write(2) to stdout (bench/cold/)"},
    {"coldPMallocCost", &MachineProfile::coldPMallocCost, "ns, the first heap allocation on a P other than main's (bench/cold/pmalloc)"},
    {"wakeupLatency", &MachineProfile::wakeupLatency, "ns, wakep/startm until the woken M runs (bench/cold/wake, fresh processes)"},
    {"threadCreateCost", &MachineProfile::threadCreateCost, "ns, newm: new thread until it runs (BenchmarkLockOSThreadNew)"},
    {"stealBackoff", &MachineProfile::stealBackoff, "ns, stealWork usleep(3) as really slept, timer slack (BenchmarkUsleep3)"},
    {"timerLatency", &MachineProfile::timerLatency, "ns, timer wake-up beyond the deadline (BenchmarkSleepOvershoot)"},
    {"printCost", &MachineProfile::printCost, "ns, write(2) of one Print (BenchmarkWriteSyscall)"},
    {"osTimeSlice", &MachineProfile::osTimeSlice, "ns, OS time slice when threads > CPUs (CFS sched_latency / nr_running)"},
    {"", nullptr, ""},
}};

struct DistKey {
    const char *key;
    LatencyQuantiles MachineProfile::*dist;
    const char *scalarKey;
    SimDur MachineProfile::*scalar;
};

constexpr std::array<DistKey, 13> kDistKeys = {{
    {"wakeupLatencyQuantiles", &MachineProfile::wakeupLatencyQuantiles, "wakeupLatency", &MachineProfile::wakeupLatency},
    {"threadCreateCostQuantiles", &MachineProfile::threadCreateCostQuantiles, "threadCreateCost", &MachineProfile::threadCreateCost},
    {"stealBackoffQuantiles", &MachineProfile::stealBackoffQuantiles, "stealBackoff", &MachineProfile::stealBackoff},
    {"timerLatencyQuantiles", &MachineProfile::timerLatencyQuantiles, "timerLatency", &MachineProfile::timerLatency},
    {"goCreateFirstCostQuantiles", &MachineProfile::goCreateFirstCostQuantiles, "goCreateFirstCost", &MachineProfile::goCreateFirstCost},
    {"goCreateNewCostQuantiles", &MachineProfile::goCreateNewCostQuantiles, "goCreateNewCost", &MachineProfile::goCreateNewCost},
    {"pageFaultCostQuantiles", &MachineProfile::pageFaultCostQuantiles, "pageFaultCost", &MachineProfile::pageFaultCost},
    {"coldPathCostQuantiles", &MachineProfile::coldPathCostQuantiles, "coldPathCost", &MachineProfile::coldPathCost},
    {"coldFmtCostQuantiles", &MachineProfile::coldFmtCostQuantiles, "coldFmtCost", &MachineProfile::coldFmtCost},
    {"coldTimerCostQuantiles", &MachineProfile::coldTimerCostQuantiles, "coldTimerCost", &MachineProfile::coldTimerCost},
    {"coldPanicCostQuantiles", &MachineProfile::coldPanicCostQuantiles, "coldPanicCost", &MachineProfile::coldPanicCost},
    {"coldWriteCostQuantiles", &MachineProfile::coldWriteCostQuantiles, "coldWriteCost", &MachineProfile::coldWriteCost},
    {"coldPMallocCostQuantiles", &MachineProfile::coldPMallocCostQuantiles, "coldPMallocCost", &MachineProfile::coldPMallocCost},
}};

// badQuantiles: the error for a distribution value that does not parse.
std::string badQuantiles(const std::string &ln, const std::string &col, std::string_view val)
{
    return ln + ":" + col + ": bad quantiles '" + std::string(val) +
           "' (five durations p1 p10 p50 p90 p99, non-decreasing)";
}

// quantilesText: " p1 p10 p50 p90 p99" as the file writes a distribution.
std::string quantilesText(const LatencyQuantiles &q)
{
    std::string s;
    for (SimDur v : q.q)
        s += " " + std::to_string(v);
    return s;
}

// findKey: the entry of a key table named `key` (the sentinel "" never matches).
template <class Key, size_t N>
const Key *findKey(const std::array<Key, N> &keys, std::string_view key)
{
    for (const Key &k : keys)
        if (*k.key && key == k.key)
            return &k;
    return nullptr;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// parseDuration reads "123", "20us", "20µs", "3ms", "1s" into ns.
bool parseDuration(std::string_view v, SimDur &out)
{
    int64_t n = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), n);
    if (r.ec != std::errc() || r.ptr == v.data() || n < 0)
        return false;
    std::string_view unit(r.ptr, size_t(v.data() + v.size() - r.ptr));
    int64_t mul = 0;
    if (unit.empty() || unit == "ns") mul = 1;
    else if (unit == "us" || unit == "\xC2\xB5s") mul = kMicrosecond;
    else if (unit == "ms") mul = kMillisecond;
    else if (unit == "s") mul = kSecond;
    else return false;
    if (n > std::numeric_limits<int64_t>::max() / mul)   // would overflow the ns (found by fuzz_readers)
        return false;
    out = n * mul;
    return true;
}

// parsePs reads a cost of interpreted work: decimal ns ("0.105", "2",
// "0.105ns") or ps ("105ps"), also us; rounded to the ps.
bool parsePs(std::string_view v, SimPs &out)
{
    size_t numEnd = 0;
    while (numEnd < v.size() && ((v[numEnd] >= '0' && v[numEnd] <= '9') || v[numEnd] == '.'))
        ++numEnd;
    if (numEnd == 0)
        return false;
    std::string num(v.substr(0, numEnd));
    char *end = nullptr;
    const double x = std::strtod(num.c_str(), &end);
    if (end != num.c_str() + num.size() || !std::isfinite(x) || x < 0)
        return false;
    const std::string_view unit = v.substr(numEnd);
    double mul = 0;
    if (unit.empty() || unit == "ns") mul = double(kPsPerNs);
    else if (unit == "ps") mul = 1;
    else if (unit == "us" || unit == "\xC2\xB5s") mul = double(kPsPerNs) * double(kMicrosecond);
    else return false;
    const double ps = std::round(x * mul);
    if (ps > 1e15)
        return false;
    out = SimPs(ps);
    return true;
}

bool parseFraction(std::string_view v, double &out)
{
    // std::from_chars for double is not in every libstdc++ we build with;
    // strtod on a bounded copy, checking that it used every character.
    std::string s(v);
    if (s.empty())
        return false;
    char *end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && std::isfinite(out);
}


} // namespace

bool parseLatencyQuantiles(std::string_view v, LatencyQuantiles &out)
{
    LatencyQuantiles d;
    size_t i = 0;
    while (true) {
        v = trim(v);
        if (v.empty())
            break;
        size_t end = v.find_first_of(" \t");
        std::string_view tok = v.substr(0, end);
        v = end == std::string_view::npos ? std::string_view() : v.substr(end);
        if (i == d.q.size() || !parseDuration(tok, d.q[i]) || (i > 0 && d.q[i] < d.q[i - 1]))
            return false;
        ++i;
    }
    if (i != d.q.size())
        return false;
    d.set = true;
    out = d;
    return true;
}

std::string psText(SimPs ps)
{
    // Decimal ns, at most three decimals, no trailing zeros: 105 -> "0.105", 2000 -> "2", -48 -> "-0.048".
    if (ps < 0) return "-" + psText(-ps);
    std::string s = std::to_string(ps / kPsPerNs);
    if (SimPs frac = ps % kPsPerNs) {
        char buf[8];
        std::snprintf(buf, sizeof buf, ".%03lld", (long long)frac);
        std::string f(buf);
        while (f.back() == '0')
            f.pop_back();
        s += f;
    }
    return s;
}

MachineProfileLoad parseMachineProfile(std::string_view text)
{
    MachineProfileLoad r;
    r.profile = defaultProfile();
    size_t lineNo = 0;
    // Lines where a scalar with a distribution / the distribution was given.
    std::array<size_t, kDistKeys.size()> scalarLine{}, distLine{};
    size_t sharedLine = 0;   // where sharedAccessCost and stepCost were given (their bound)
    while (!text.empty()) {
        ++lineNo;
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        const char *lineStart = line.data();
        if (size_t h = line.find('#'); h != std::string_view::npos)
            line = line.substr(0, h);
        if (trim(line).empty())
            continue;
        size_t eq = line.find('=');
        std::string ln = std::to_string(lineNo);
        if (eq == std::string_view::npos) {
            r.error = ln + ": expected 'key = value'";
            return r;
        }
        std::string_view key = trim(line.substr(0, eq));
        std::string_view val = trim(line.substr(eq + 1));
        std::string col = std::to_string(val.data() - lineStart + 1);
        if (key == "name") {
            r.profile.name = std::string(val);
        } else if (key == "cpus") {
            int n = 0;
            auto pr = std::from_chars(val.data(), val.data() + val.size(), n);
            if (pr.ec != std::errc() || pr.ptr != val.data() + val.size() || n < 1) {
                r.error = ln + ":" + col + ": bad number '" + std::string(val) + "'";
                return r;
            }
            r.profile.cpus = n;
        } else if (key == "jitter") {
            double d = 0;
            if (!parseFraction(val, d) || d < 0 || d >= 1) {
                r.error = ln + ":" + col + ": bad number '" + std::string(val) + "' (a fraction in [0, 1))";
                return r;
            }
            r.profile.jitter = d;
        } else if (key.size() > 9 && key.substr(key.size() - 9) == "Quantiles") {
            size_t i = 0;
            while (i < kDistKeys.size() && key != kDistKeys[i].key)
                ++i;
            if (i == kDistKeys.size()) {
                r.error = ln + ": unknown key '" + std::string(key) + "'";
                return r;
            }
            if (!parseLatencyQuantiles(val, r.profile.*(kDistKeys[i].dist))) {
                r.error = badQuantiles(ln, col, val);
                return r;
            }
            distLine[i] = lineNo;
        } else if (key.substr(0, kGoCreateTableKey.size()) == kGoCreateTableKey) {
            int k = 0;
            const std::string_view num = key.substr(kGoCreateTableKey.size());
            auto pr = std::from_chars(num.data(), num.data() + num.size(), k);
            if (pr.ec != std::errc() || pr.ptr != num.data() + num.size() || k < 2 ||
                k >= 2 + int(r.profile.goCreateTable.size())) {
                r.error = ln + ": unknown key '" + std::string(key) + "' (goCreateTable.2 to goCreateTable.40)";
                return r;
            }
            if (!parseLatencyQuantiles(val, r.profile.goCreateTable[size_t(k - 2)])) {
                r.error = badQuantiles(ln, col, val);
                return r;
            }
        } else if (const PsKey *pk = findKey(kPsKeys, key)) {
            SimPs ps = 0;
            // sharedAccessCost alone may be negative (down to -stepCost, checked below).
            const bool neg = pk->field == &MachineProfile::sharedAccessCostPs && val.size() > 1 && val.front() == '-';
            if (!parsePs(neg ? val.substr(1) : val, ps)) {
                r.error = ln + ":" + col + ": bad number '" + std::string(val) + "'";
                return r;
            }
            r.profile.*(pk->field) = neg ? -ps : ps;
            if (pk->field == &MachineProfile::sharedAccessCostPs || pk->field == &MachineProfile::stepCostPs)
                sharedLine = lineNo;
        } else if (const DurKey *k = findKey(kDurKeys, key)) {
            SimDur d = 0;
            if (!parseDuration(val, d)) {
                r.error = ln + ":" + col + ": bad number '" + std::string(val) + "'";
                return r;
            }
            r.profile.*(k->field) = d;
            for (size_t i = 0; i < kDistKeys.size(); ++i)
                if (kDistKeys[i].scalar == k->field)
                    scalarLine[i] = lineNo;
        } else {
            r.error = ln + ": unknown key '" + std::string(key) + "'";
            return r;
        }
    }
    if (r.profile.sharedAccessCostPs < -r.profile.stepCostPs) {
        r.error = std::to_string(sharedLine) + ": sharedAccessCost below -stepCost (a memory step would cost less "
                  "than nothing)";
        return r;
    }
    // Scalar and distribution agree: the scalar is the distribution's p50.
    for (size_t i = 0; i < kDistKeys.size(); ++i) {
        const DistKey &k = kDistKeys[i];
        LatencyQuantiles &d = r.profile.*(k.dist);
        SimDur &scalar = r.profile.*(k.scalar);
        if (distLine[i] == 0 && scalarLine[i] != 0) {
            d = LatencyQuantiles(); // an old-style file: a constant latency
        } else if (distLine[i] != 0 && scalarLine[i] == 0) {
            scalar = d.median();
        } else if (distLine[i] != 0 && scalar != d.median()) {
            r.error = std::to_string(scalarLine[i]) + ": " + k.scalarKey + " differs from the p50 of " + k.key;
            return r;
        }
    }
    r.ok = true;
    return r;
}

MachineProfileLoad loadMachineProfile(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        MachineProfileLoad r;
        r.error = path + ": cannot open";
        return r;
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    MachineProfileLoad r = parseMachineProfile(ss.str());
    if (!r.ok)
        r.error = path + ":" + r.error;
    return r;
}

std::string machineProfileText(const MachineProfile &p, const ProfileNotes &notes)
{
    auto note = [&](const std::string &key) {
        auto it = notes.find(key);
        if (it == notes.end() || it->second.empty())
            return std::string();
        std::string s;
        std::string_view rest = it->second;
        while (!rest.empty()) {
            size_t nl = rest.find('\n');
            s += "# " + std::string(rest.substr(0, nl)) + "\n";
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        }
        return s;
    };
    std::string out;
    out += "# goschedlab machine profile: costs of simulated operations.\n";
    out += "# Format: key = value  # comment. Durations in ns (or with ns/us/ms/s).\n";
    out += "# <key>Quantiles = p1 p10 p50 p90 p99 of that latency (ns); runs draw from it.\n";
    out += note("");
    out += "name = " + p.name + "\n";
    out += "cpus = " + std::to_string(p.cpus) + "  # logical CPUs of the machine measured\n";
    for (const PsKey &k : kPsKeys) {
        out += note(k.key);
        out += std::string(k.key) + " = " + psText(p.*(k.field)) + "  # " + k.comment + "\n";
    }
    for (const DurKey &d : kDurKeys) {
        if (!d.field)
            continue;
        out += note(d.key);
        char buf[200];
        std::snprintf(buf, sizeof buf, "%s = %lld  # %s\n", d.key, (long long)(p.*(d.field)), d.comment);
        out += buf;
        for (const DistKey &k : kDistKeys) {
            const LatencyQuantiles &q = p.*(k.dist);
            if (k.scalar != d.field || !q.set)
                continue;
            out += note(k.key);
            out += std::string(k.key) + " =" + quantilesText(q) + "  # ns at p1 p10 p50 p90 p99\n";
        }
    }
    bool tableNote = false;
    for (size_t i = 0; i < p.goCreateTable.size(); ++i) {
        const LatencyQuantiles &q = p.goCreateTable[i];
        if (!q.set)
            continue;
        if (!tableNote)
            out += note("goCreateTable");
        tableNote = true;
        out += std::string(kGoCreateTableKey) + std::to_string(i + 2) + " =" + quantilesText(q) +
               "  # ns at p1 p10 p50 p90 p99, go statement #" + std::to_string(i + 2) + " (a new G)\n";
    }
    // The shortest decimal that reads back as the same double.
    char num[40];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(num, sizeof num, "%.*g", prec, p.jitter);
        if (std::strtod(num, nullptr) == p.jitter)
            break;
    }
    out += note("jitter");
    out += "jitter = " + std::string(num) + "  # fraction: each work cost drawn from cost*[1-j, 1+j]\n";
    return out;
}

bool saveMachineProfile(const MachineProfile &p, const std::string &path, std::string *error)
{
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (f)
        f << machineProfileText(p);
    if (!f) {
        if (error)
            *error = path + ": cannot write";
        return false;
    }
    return true;
}

} // namespace gsl
