// format.cpp — table, tsv and json writers for ExploreResult.
#include "sim/explore/format.h"

#include <algorithm>
#include <cstdio>

namespace gsl::explore {

namespace {

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string tsvField(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '\t') out += "\\t";
        else if (c == '\\') out += "\\\\";
        else out += c;
    }
    return out;
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

std::string policyName(runtime::MaxProcsPolicy p)
{
    switch (p) {
    case runtime::MaxProcsPolicy::Runtime: return "runtime";
    case runtime::MaxProcsPolicy::Automaxprocs: return "automaxprocs";
    case runtime::MaxProcsPolicy::NumCpu: return "numcpu";
    }
    return "runtime";
}

std::string percent(double v) { return fixed(100.0 * v, 1) + "%"; }

} // namespace

std::string formatTsv(const ExploreResult &r)
{
    const bool forced = r.mode != Mode::Seeds;
    std::string out = "gomaxprocs\tcpus\tquota\tgo\toutcome\texit\traces\tcount\tshare\tcorrect\tseed";
    out += forced ? "\tschedule\n" : "\n";
    for (const ConfigResult &c : r.configs)
        for (const OutcomeRow &row : c.rows) {
            out += std::to_string(c.gomaxprocs) + '\t' + std::to_string(c.config.cpus) + '\t' + c.config.quotaText() + '\t' +
                   c.config.go.str() + '\t' + tsvField(row.outcome) + '\t' + std::to_string(row.exitStatus) + '\t' +
                   std::to_string(row.races) + '\t' + std::to_string(row.count) + '\t' + fixed(row.share, 4) + '\t' +
                   verdictText(row.correct) + '\t' + std::to_string(row.seed);
            if (forced) out += '\t' + (row.schedule.empty() ? std::string("-") : row.schedule);
            out += '\n';
        }
    return out;
}

static std::string modeTitle(const ExploreResult &r)
{
    switch (r.mode) {
    case Mode::Seeds: return "";
    case Mode::Pct: return " pct depth=" + std::to_string(r.depth);
    case Mode::Exhaustive: return " exhaustive preemption-bound=" + std::to_string(r.depth);
    }
    return "";
}

std::string formatTable(const ExploreResult &r, bool race, size_t maxRows)
{
    std::string out;
    const bool forced = r.mode != Mode::Seeds;
    for (const ConfigResult &c : r.configs) {
        out += "GOMAXPROCS=" + std::to_string(c.gomaxprocs) + " cpus=" + std::to_string(c.config.cpus) +
               " quota=" + c.config.quotaText() + " go=" + c.config.go.str() + " policy=" + policyName(c.config.policy) +
               " runs=" + std::to_string(c.runs) + modeTitle(r) + "\n";
        // Rows are by count, most frequent first (ConfigResult::rows).
        const size_t shown = maxRows > 0 && c.rows.size() > maxRows ? maxRows - 1 : c.rows.size();
        size_t w = 7;
        for (size_t i = 0; i < shown; ++i) w = std::max(w, c.rows[i].outcome.size());
        auto pad = [](std::string s, size_t n) { if (s.size() < n) s.append(n - s.size(), ' '); return s; };
        out += "  " + pad("outcome", w) + "  exit  " + (race ? std::string("races  ") : std::string()) +
               "count   share  95% interval       correct  seed" + (forced ? "  schedule" : "") + "\n";
        for (size_t i = 0; i < shown; ++i) {
            const OutcomeRow &row = c.rows[i];
            out += "  " + pad(row.outcome, w) + "  " + pad(std::to_string(row.exitStatus), 4) + "  " +
                   (race ? pad(std::to_string(row.races), 5) + "  " : std::string()) + pad(std::to_string(row.count), 6) +
                   "  " + pad(percent(row.share), 6) + "  [" + pad(percent(row.ci.lo) + ", " + percent(row.ci.hi) + "]", 16) +
                   "  " + pad(verdictText(row.correct), 7) + "  " +
                   (forced ? pad(std::to_string(row.seed), 4) + "  " + (row.schedule.empty() ? "-" : row.schedule)
                           : std::to_string(row.seed)) + "\n";
        }
        if (shown < c.rows.size()) {
            uint64_t runs = 0, lo = UINT64_MAX, hi = 0;
            bool yes = false, no = false, none = false;
            for (size_t i = shown; i < c.rows.size(); ++i) {
                const OutcomeRow &row = c.rows[i];
                runs += row.count;
                lo = std::min<uint64_t>(lo, row.count);
                hi = std::max<uint64_t>(hi, row.count);
                yes |= row.correct == Verdict::Yes;
                no |= row.correct == Verdict::No;
                none |= row.correct != Verdict::Yes && row.correct != Verdict::No;
            }
            const std::string each = lo == hi ? "each in " + std::to_string(lo) + (lo == 1 ? " run" : " runs")
                                              : "each in " + std::to_string(lo) + "-" + std::to_string(hi) + " runs";
            const std::string verdict = yes && !no && !none ? ", correct" : no && !yes && !none ? ", none correct"
                                        : yes || no                     ? ", some correct"
                                                                        : "";
            out += "  ... " + std::to_string(c.rows.size() - shown) + " more outcomes (" + each + "): " +
                   std::to_string(runs) + " runs, " + percent(c.runs ? double(runs) / double(c.runs) : 0.0) + verdict +
                   "; --all-outcomes or --format tsv lists them\n";
        }
        if (r.hasCorrect) {
            out += "  bug manifested in " + std::to_string(c.manifested) + "/" + std::to_string(c.runs) + " runs (" +
                   percent(c.runs ? double(c.manifested) / double(c.runs) : 0.0) + ", 95% [" + percent(c.bugRate.lo) + ", " +
                   percent(c.bugRate.hi) + "])";
            if (c.manifestSeed) {
                out += ", first at seed " + std::to_string(*c.manifestSeed);
                if (forced) out += " schedule " + (c.manifestSchedule.empty() ? std::string("-") : c.manifestSchedule);
            }
            out += "\n";
        }
        if (r.mode == Mode::Exhaustive) {
            const ScheduleStats &st = c.scheduling;
            out += "  schedules: " + std::to_string(st.schedules) + " explored, " + std::to_string(st.distinct) +
                   " distinct, " + std::to_string(st.pruned) + " pruned as equivalent, " + std::to_string(st.pointsSkipped) +
                   " points skipped (no shared step); bound " +
                   (st.exhausted ? std::string("exhausted") : std::string("NOT exhausted (--max-schedules reached or interrupted)")) +
                   "\n";
        }
        if (forced && c.scheduling.diverged)
            out += "  warning: " + std::to_string(c.scheduling.diverged) + " runs diverged from their schedule\n";
        if (forced && !race) {
            out += "  coverage: " + std::to_string(c.coverage.distinctSchedules) + " distinct schedules, " +
                   std::to_string(c.coverage.distinctHbClasses) + " happens-before classes, conflicting pairs: " +
                   std::to_string(c.coverage.pairsBothOrders) + " seen in both orders, " +
                   std::to_string(c.coverage.pairsOneOrder) + " in one order only\n";
        }
        if (race) {
            out += "  race reported in " + std::to_string(c.racyRuns) + "/" + std::to_string(c.runs) + " runs (95% [" +
                   percent(c.raceRate.lo) + ", " + percent(c.raceRate.hi) + "]); " +
                   std::to_string(c.coverage.distinctSchedules) + " distinct schedules, " +
                   std::to_string(c.coverage.distinctHbClasses) + " happens-before classes, " +
                   std::to_string(c.coverage.pairsBothOrders) + " conflicting pairs seen in both orders, " +
                   std::to_string(c.coverage.pairsOneOrder) + " in one order only\n";
            for (const auto &p : c.predicted)
                out += "  race exists in some interleaving: line " + std::to_string(p.lineA) + (p.writeA ? " (write)" : " (read)") +
                       " vs line " + std::to_string(p.lineB) + (p.writeB ? " (write)" : " (read)") + ", unordered in " +
                       std::to_string(p.runs) + " runs\n";
        }
        out += "\n";
    }
    if (r.cancelled) out += "(interrupted: partial results)\n";
    return out;
}

std::string formatJson(const ExploreResult &r)
{
    const bool forced = r.mode != Mode::Seeds;
    std::string out = "{\"cancelled\":" + std::string(r.cancelled ? "true" : "false");
    if (forced)
        out += std::string(",\"mode\":") + (r.mode == Mode::Pct ? "\"pct\"" : "\"exhaustive\"") +
               ",\"depth\":" + std::to_string(r.depth);
    out += ",\"configurations\":[";
    for (size_t i = 0; i < r.configs.size(); ++i) {
        const ConfigResult &c = r.configs[i];
        if (i) out += ",";
        out += "{\"gomaxprocs\":" + std::to_string(c.gomaxprocs) + ",\"cpus\":" + std::to_string(c.config.cpus) +
               ",\"quota\":" + jsonString(c.config.quotaText()) + ",\"go\":" + jsonString(c.config.go.str()) +
               ",\"policy\":" + jsonString(policyName(c.config.policy)) + ",\"runs\":" + std::to_string(c.runs) +
               ",\"manifested\":" + std::to_string(c.manifested) + ",\"bugRate\":[" + fixed(c.bugRate.lo, 6) + "," +
               fixed(c.bugRate.hi, 6) + "],\"manifestSeed\":" +
               (c.manifestSeed ? std::to_string(*c.manifestSeed) : std::string("null")) +
               ",\"racyRuns\":" + std::to_string(c.racyRuns) + ",\"raceRate\":[" + fixed(c.raceRate.lo, 6) + "," +
               fixed(c.raceRate.hi, 6) + "],\"coverage\":{\"schedules\":" + std::to_string(c.coverage.distinctSchedules) +
               ",\"hbClasses\":" + std::to_string(c.coverage.distinctHbClasses) +
               ",\"pairsBothOrders\":" + std::to_string(c.coverage.pairsBothOrders) +
               ",\"pairsOneOrder\":" + std::to_string(c.coverage.pairsOneOrder) + "}";
        if (forced) {
            const ScheduleStats &st = c.scheduling;
            out += ",\"manifestSchedule\":" + jsonString(c.manifestSchedule) + ",\"scheduling\":{\"schedules\":" +
                   std::to_string(st.schedules) + ",\"distinct\":" + std::to_string(st.distinct) +
                   ",\"pruned\":" + std::to_string(st.pruned) + ",\"pointsSkipped\":" + std::to_string(st.pointsSkipped) +
                   ",\"diverged\":" + std::to_string(st.diverged) +
                   ",\"exhausted\":" + (st.exhausted ? "true" : "false") + "}";
        }
        out += ",\"outcomes\":[";
        for (size_t j = 0; j < c.rows.size(); ++j) {
            const OutcomeRow &row = c.rows[j];
            if (j) out += ",";
            out += "{\"outcome\":" + jsonString(row.outcome) + ",\"exit\":" + std::to_string(row.exitStatus) +
                   ",\"races\":" + std::to_string(row.races) + ",\"count\":" + std::to_string(row.count) +
                   ",\"share\":" + fixed(row.share, 6) + ",\"ci\":[" + fixed(row.ci.lo, 6) + "," + fixed(row.ci.hi, 6) +
                   "],\"correct\":" + jsonString(verdictText(row.correct)) + ",\"seed\":" + std::to_string(row.seed) +
                   (forced ? ",\"schedule\":" + jsonString(row.schedule) : std::string()) + "}";
        }
        out += "]}";
    }
    return out + "]}\n";
}

} // namespace gsl::explore
