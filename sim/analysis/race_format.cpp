// race_format.cpp — Go's text for race reports (TSan's Go mode, tsan_report.cpp).
#include "sim/analysis/race.h"

#include <cinttypes>
#include <cstdio>

namespace gsl::analysis {

std::string fakeAddress(int32_t addr)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%012" PRIx64, uint64_t(0x00c000010000ull + 8ull * uint64_t(uint32_t(addr))));
    return buf;
}

namespace {

std::string funcOf(const RaceOptions &opt, int32_t goid, int32_t line, bool creationSite)
{
    if (opt.funcName) {
        std::string f = opt.funcName(line);
        if (!f.empty()) return f;
    }
    // Without the program: the main goroutine and go statements run in main.main.
    return goid == 1 || creationSite ? "main.main" : "main.main.func?";
}

// A stable fake PC offset per location, so reports look like Go's and are byte-stable.
std::string pcOffset(int32_t line, bool write)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "+0x%x", unsigned(0x1c + 4 * (uint32_t(line) % 60) + (write ? 0x12 : 0)));
    return buf;
}

void frame(std::string &out, const std::string &func, const std::string &file, int32_t line, bool write)
{
    out += "  " + func + "()\n";
    out += "      " + file + ":" + std::to_string(line) + " " + pcOffset(line, write) + "\n";
}

std::string who(int32_t goid)
{
    return goid == 1 ? "main goroutine" : "goroutine " + std::to_string(goid);
}

void accessBlock(std::string &out, const RaceAccess &a, bool previous, const RaceOptions &opt)
{
    std::string what = a.atomic ? (a.write ? "atomic write" : "atomic read") : (a.write ? "write" : "read");
    if (previous) what = "Previous " + what;
    else what[0] = char(what[0] - 'a' + 'A');
    out += what + " at " + fakeAddress(a.addr) + " by " + who(a.goid) + ":\n";
    frame(out, funcOf(opt, a.goid, a.line, false), opt.file, a.line, a.write);
}

void createdBlock(std::string &out, const GoroutineInfo &g, bool running, const RaceOptions &opt)
{
    // Go prints no creation stack for the main goroutine.
    if (g.goid == 1 || g.createdLine <= 0) return;
    out += "\nGoroutine " + std::to_string(g.goid) + (running ? " (running)" : " (finished)") + " created at:\n";
    frame(out, funcOf(opt, g.creator, g.createdLine, true), opt.file, g.createdLine, false);
}

} // namespace

std::string formatRaceReport(const RaceReport &r, const RaceOptions &opt)
{
    std::string out = "==================\nWARNING: DATA RACE\n";
    accessBlock(out, r.current, false, opt);
    out += "\n";
    accessBlock(out, r.previous, true, opt);
    createdBlock(out, r.currentG, true, opt);
    createdBlock(out, r.previousG, !r.previousG.finished, opt);
    out += "==================\n";
    return out;
}

std::string formatRaceSummary(size_t n)
{
    return n == 0 ? std::string() : "Found " + std::to_string(n) + " data race(s)\n";
}

int raceExitStatus(int programStatus, size_t races)
{
    return races > 0 && programStatus == 0 ? 66 : programStatus;
}

} // namespace gsl::analysis
