// explore_csv.cpp — formatExploreCsv.
#include "sim/export/explore_csv.h"

#include <cstdio>

namespace gsl::exports {

std::string csvField(std::string_view s)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string formatExploreCsv(const explore::ExploreResult &r)
{
    std::string out = "gomaxprocs,cpus,quota,go,outcome,exit,races,count,share,share_lo,share_hi,correct,seed\r\n";
    char buf[64];
    for (const explore::ConfigResult &c : r.configs) {
        for (const explore::OutcomeRow &row : c.rows) {
            out += std::to_string(c.gomaxprocs) + "," + std::to_string(c.config.cpus) + "," + csvField(c.config.quotaText()) +
                   "," + c.config.go.str() + "," + csvField(row.outcome) + "," + std::to_string(row.exitStatus) + "," +
                   std::to_string(row.races) + "," + std::to_string(row.count) + ",";
            std::snprintf(buf, sizeof buf, "%.4f,%.4f,%.4f,", row.share, row.ci.lo, row.ci.hi);
            out += buf;
            out += std::string(explore::verdictText(row.correct)) + "," + std::to_string(row.seed) + "\r\n";
        }
    }
    return out;
}

} // namespace gsl::exports
