#include "sim/run/config_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace gsl::run {
namespace {

std::string bad(std::string_view key, std::string_view want, std::string_view got)
{
    return "--" + std::string(key) + ": expected " + std::string(want) + ", got \"" + std::string(got) + "\"";
}

bool parseInt(std::string_view s, int64_t &out)
{
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

// parseCores reads a decimal number of cores ("0.5", "2", "1.25") exactly, as
// milli-cores, without floating point so that 0.1 stays 100m.
// parseBytes: a positive integer with an optional binary unit KB, MB, GB
// (powers of 1024, as the heap budget is counted), at most 1 TB.
bool parseBytes(std::string_view s, uint64_t &out)
{
    uint64_t mult = 1;
    auto strip = [&](std::string_view unit, uint64_t m) {
        if (s.size() > unit.size() && s.substr(s.size() - unit.size()) == unit) {
            s.remove_suffix(unit.size());
            mult = m;
            return true;
        }
        return false;
    };
    strip("KB", 1ull << 10) || strip("MB", 1ull << 20) || strip("GB", 1ull << 30) || strip("B", 1);
    int64_t v = 0;
    if (!parseInt(s, v) || v < 1 || uint64_t(v) > (1ull << 40) / mult) return false;
    out = uint64_t(v) * mult;
    return true;
}

bool parseMilliCores(std::string_view s, int64_t &milli)
{
    size_t dot = s.find('.');
    std::string_view ip = s.substr(0, dot);
    std::string_view fp = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (ip.empty() && fp.empty()) return false;
    if (fp.size() > 3) return false;
    int64_t i = 0, f = 0;
    if (!ip.empty() && !parseInt(ip, i)) return false;
    if (!fp.empty() && !parseInt(fp, f)) return false;
    if (i < 0 || i > 1'000'000 || f < 0) return false;
    for (size_t k = fp.size(); k < 3; ++k) f *= 10;
    milli = i * 1000 + f;
    return true;
}

std::vector<std::string_view> splitList(std::string_view s, char sep)
{
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t e = s.find(sep, start);
        if (e == std::string_view::npos) e = s.size();
        out.push_back(s.substr(start, e - start));
        start = e + 1;
    }
    return out;
}

} // namespace

bool parseDuration(std::string_view s, SimDur &out)
{
    struct Unit { const char *name; SimDur ns; };
    static constexpr Unit units[] = {{"ns", 1}, {"us", kMicrosecond}, {"µs", kMicrosecond},
                                     {"ms", kMillisecond}, {"s", kSecond}, {"m", 60 * kSecond},
                                     {"h", 3600 * kSecond}};
    for (const Unit &u : units) {
        std::string_view n(u.name);
        if (s.size() > n.size() && s.substr(s.size() - n.size()) == n) {
            std::string_view num = s.substr(0, s.size() - n.size());
            if (num.empty() || !std::isdigit(static_cast<unsigned char>(num.back()))) continue;
            int64_t v;
            if (!parseInt(num, v) || v < 0 || v > INT64_MAX / u.ns) return false;
            out = v * u.ns;
            return true;
        }
    }
    return false;
}

std::string quotaText(int64_t quotaUs, int64_t periodUs)
{
    if (quotaUs < 0) return "none";
    // cores with up to 3 decimals, trailing zeros trimmed (0.5, 1.5, 2)
    int64_t milli = (quotaUs * 1000 + periodUs / 2) / periodUs;
    std::string s = std::to_string(milli / 1000);
    int64_t f = milli % 1000;
    if (f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(f));
        std::string fs(buf);
        while (fs.back() == '0') fs.pop_back();
        s += fs;
    }
    return s;
}

std::string applyKey(ConfigSpec &spec, std::string_view key, std::string_view value)
{
    runtime::RunConfig &c = spec.base;
    int64_t v = 0;
    if (key == "gomaxprocs") {
        spec.gomaxprocsList.clear();
        for (auto part : splitList(value, ',')) {
            if (!parseInt(part, v)) return bad(key, "a positive integer or a list like 1,2,4", value);
            if (v < 1 || v > 1024)
                return "--gomaxprocs must be between 1 and 1024 (got " + std::string(part) + ")";
            spec.gomaxprocsList.push_back(int(v));
        }
        c.gomaxprocs = spec.gomaxprocsList.front();
        return "";
    }
    if (key == "cpus") {
        if (!parseInt(value, v)) return bad(key, "a positive integer", value);
        if (v < 1 || v > 1024) return "--cpus must be between 1 and 1024 (got " + std::string(value) + ")";
        c.cpus = int(v);
        return "";
    }
    if (key == "quota") {
        spec.quotaUsList.clear();
        for (auto part : splitList(value, ',')) {
            if (part == "none" || part == "max") {
                spec.quotaUsList.push_back(-1);
                continue;
            }
            int64_t milli;
            if (!parseMilliCores(part, milli))
                return bad(key, "a number of cores like 0.5 or none", part);
            if (milli <= 0) return "--quota must be greater than 0 cores (got " + std::string(part) + ")";
            int64_t q = milli * c.periodUs / 1000;
            if (q < 1000)
                return "--quota " + std::string(part) + " gives " + std::to_string(q) +
                       " µs per period; the kernel's minimum quota is 1000 µs (1 ms)";
            spec.quotaUsList.push_back(q);
        }
        c.quotaUs = spec.quotaUsList.front();
        if (spec.quotaUsList.size() == 1) spec.quotaUsList.clear();
        return "";
    }
    if (key == "cpu-max") {
        auto parts = splitList(value, ' ');
        std::erase_if(parts, [](std::string_view p) { return p.empty(); });
        if (parts.empty() || parts.size() > 2)
            return bad(key, "\"QUOTA PERIOD\" in microseconds like \"50000 100000\"", value);
        int64_t period = 100'000;
        if (parts.size() == 2 && !parseInt(parts[1], period))
            return bad(key, "a period in microseconds", parts[1]);
        if (period < 1000 || period > 1'000'000)
            return "--cpu-max: the period must be between 1000 and 1000000 µs (1 ms – 1 s), got " +
                   std::to_string(period);
        int64_t quota = -1;
        if (parts[0] != "max") {
            if (!parseInt(parts[0], quota)) return bad(key, "a quota in microseconds or max", parts[0]);
            if (quota <= 0) return "--cpu-max: the quota must be greater than 0 µs, got " + std::to_string(quota);
            if (quota < 1000)
                return "--cpu-max: the kernel's minimum quota is 1000 µs (1 ms), got " + std::to_string(quota);
        }
        c.quotaUs = quota;
        c.periodUs = period;
        spec.quotaUsList.clear();
        return "";
    }
    if (key == "go") {
        spec.goList.clear();
        for (auto part : splitList(value, ',')) {
            auto gv = GoVersion::parse(part);
            if (!gv || gv->minor < 1 || gv->minor > 30) return bad(key, "a Go version like 1.22", part);
            spec.goList.push_back(*gv);
        }
        c.go = spec.goList.front();
        if (spec.goList.size() == 1) spec.goList.clear();
        spec.goSet = true;
        return "";
    }
    if (key == "maxprocs-policy") {
        if (value == "runtime") c.policy = runtime::MaxProcsPolicy::Runtime;
        else if (value == "automaxprocs") c.policy = runtime::MaxProcsPolicy::Automaxprocs;
        else if (value == "numcpu") c.policy = runtime::MaxProcsPolicy::NumCpu;
        else return bad(key, "runtime, automaxprocs or numcpu", value);
        return "";
    }
    if (key == "seed") {
        uint64_t s = 0;
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), s);
        if (ec != std::errc() || p != value.data() + value.size() || value.empty())
            return bad(key, "a non-negative integer", value);
        c.seed = s;
        return "";
    }
    if (key == "env") {
        size_t eq = value.find('=');
        if (eq == std::string_view::npos || eq == 0) return bad(key, "K=V", value);
        std::string k(value.substr(0, eq)), val(value.substr(eq + 1));
        if (k == "GOMAXPROCS") {
            // Go parses it with strconv.Atoi and ignores n <= 0 (schedinit); we
            // keep it as given so the runtime applies exactly that rule.
        }
        c.env[k] = val;
        return "";
    }
    if (key == "max-steps") {
        if (!parseInt(value, v) || v < 1) return bad(key, "a positive number of steps", value);
        c.budgets.maxSteps = uint64_t(v);
        return "";
    }
    if (key == "max-time") {
        SimDur d;
        if (!parseDuration(value, d) || d <= 0) return bad(key, "a duration like 10s or 500ms", value);
        c.budgets.maxSimTime = d;
        return "";
    }
    if (key == "max-goroutines") {
        if (!parseInt(value, v) || v < 1 || v > 10'000'000) return bad(key, "a positive number", value);
        c.budgets.maxGoroutines = uint32_t(v);
        return "";
    }
    if (key == "max-events") {
        if (!parseInt(value, v) || v < 1) return bad(key, "a positive number", value);
        c.budgets.maxTraceEvents = uint64_t(v);
        return "";
    }
    if (key == "max-memory") {
        uint64_t bytes = 0;
        if (!parseBytes(value, bytes)) return bad(key, "a size like 512MB, 2GB or 65536", value);
        c.budgets.maxHeapBytes = bytes;
        return "";
    }
    return "unknown configuration key \"" + std::string(key) + "\"";
}

std::string applyConfigLine(ConfigSpec &spec, std::string_view line)
{
    static constexpr std::string_view known[] = {"gomaxprocs", "cpus", "quota", "cpu-max", "go",
                                                 "maxprocs-policy", "seed", "env"};
    for (auto word : splitList(line, ' ')) {
        if (word.empty()) continue;
        size_t eq = word.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view k = word.substr(0, eq), v = word.substr(eq + 1);
        bool isKnown = false;
        for (auto kk : known) isKnown |= (k == kk);
        if (!isKnown) continue;
        std::string err = applyKey(spec, k, v);
        if (!err.empty()) return "Config: " + err.substr(err.rfind("--", 0) == 0 ? 2 : 0);
    }
    return "";
}

std::vector<runtime::RunConfig> ConfigSpec::expand() const
{
    std::vector<runtime::RunConfig> out;
    std::vector<std::optional<int>> gs;
    if (gomaxprocsList.empty()) gs.push_back(base.gomaxprocs);
    else for (int g : gomaxprocsList) gs.push_back(g);
    std::vector<int64_t> qs = quotaUsList.empty() ? std::vector<int64_t>{base.quotaUs} : quotaUsList;
    std::vector<GoVersion> vs = goList.empty() ? std::vector<GoVersion>{base.go} : goList;
    for (auto g : gs)
        for (int64_t q : qs)
            for (GoVersion v : vs) {
                runtime::RunConfig c = base;
                c.gomaxprocs = g;
                c.quotaUs = q;
                c.go = v;
                out.push_back(c);
            }
    return out;
}

} // namespace gsl::run
