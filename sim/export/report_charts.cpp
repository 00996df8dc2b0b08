// report_charts.cpp — the outcome distribution per configuration: one bar
// per outcome with its Wilson 95 % interval as a whisker, coloured by
// whether it matches Correct.
#include "sim/export/report.h"
#include "sim/export/report_text.h"
#include "sim/export/svg.h"
#include "sim/run/config_text.h"

#include <algorithm>
#include <cstdio>

namespace gsl::exports {

namespace {

constexpr size_t kMaxRows = 10;   // more distinct outcomes are summed into one "other" row

std::string pct(double v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, v > 0 && v < 0.001 ? "%.2f%%" : "%.1f%%", v * 100);
    return buf;
}

std::string configLabel(const explore::ConfigResult &c)
{
    return "GOMAXPROCS=" + std::to_string(c.gomaxprocs) + "  cpus=" + std::to_string(c.config.cpus) +
           "  quota=" + c.config.quotaText() + "  go=" + c.config.go.str();
}

ReportBlock configBlock(const explore::ConfigResult &c, bool hasCorrect)
{
    ReportBlock b;
    b.section = "distribution";
    Svg svg(b.body);
    const double W = kReportWidth;
    const double labelW = 200, barX = labelW + 6, barW = 190, numX = barX + barW + 8;
    double y = 11;
    svg.text(0, y, configLabel(c), {8.5, false, true, "#111111"});
    std::string summary = std::to_string(c.runs) + " runs";
    if (hasCorrect)
        summary += " — bug manifested in " + std::to_string(c.manifested) + " (" + pct(c.runs ? double(c.manifested) / double(c.runs) : 0) +
                   ", 95% CI " + pct(c.bugRate.lo) + "–" + pct(c.bugRate.hi) + ")";
    if (c.manifestSeed) summary += ", first at seed " + std::to_string(*c.manifestSeed);
    y += 11;
    svg.text(0, y, summary, {7.5, false, false, "#444444"});
    y += 6;
    TextStyle hs{6.5, false, true, "#555555"};
    svg.text(0, y + 8, "outcome", hs);
    svg.text(barX, y + 8, "share with 95% Wilson interval", hs);
    svg.text(numX, y + 8, "count", hs);
    svg.text(numX + 34, y + 8, "share", hs);
    svg.text(numX + 74, y + 8, "correct", hs);
    svg.text(numX + 108, y + 8, "seed", hs);
    y += 12;

    size_t shown = std::min(c.rows.size(), kMaxRows);
    for (size_t i = 0; i < shown; ++i) {
        const explore::OutcomeRow &r = c.rows[i];
        std::string label = r.outcome.empty() ? "(no output)" : r.outcome;
        if (r.exitStatus != 0) label += "  [exit " + std::to_string(r.exitStatus) + "]";
        while (label.size() > 4 && textWidth(label, 7, true) > labelW) label = label.substr(0, label.size() - 4) + "…";
        const char *color = r.correct == explore::Verdict::Yes ? "#59a14f" : r.correct == explore::Verdict::No ? "#e15759" : "#8c8c8c";
        svg.text(0, y + 7, label, {7, true, false, "#222222"});
        svg.rect(barX, y, barW, 9, "#f0f0f0");
        svg.rect(barX, y, std::max(0.5, barW * r.share), 9, color, {}, 1.0, label + ": " + pct(r.share));
        double lo = barX + barW * r.ci.lo, hi = barX + barW * r.ci.hi;
        svg.line(lo, y + 4.5, hi, y + 4.5, "#222222", 0.7);
        svg.line(lo, y + 2, lo, y + 7, "#222222", 0.7);
        svg.line(hi, y + 2, hi, y + 7, "#222222", 0.7);
        TextStyle ns{7, false, false, "#222222"};
        svg.text(numX, y + 7, std::to_string(r.count), ns);
        svg.text(numX + 34, y + 7, pct(r.share), ns);
        svg.text(numX + 74, y + 7, explore::verdictText(r.correct), {7, false, true, color});
        svg.text(numX + 108, y + 7, std::to_string(r.seed), ns);
        y += 12;
    }
    if (c.rows.size() > shown) {
        size_t count = 0;
        for (size_t i = shown; i < c.rows.size(); ++i) count += c.rows[i].count;
        svg.text(0, y + 7,
                 "… " + std::to_string(c.rows.size() - shown) + " other outcomes, " + std::to_string(count) + " runs (" +
                     pct(c.runs ? double(count) / double(c.runs) : 0) + ")",
                 {7, false, false, "#555555"});
        y += 12;
    }
    (void)W;
    b.height = y + 4;
    return b;
}

} // namespace

void distributionBlocks(const ReportInput &in, std::vector<ReportBlock> &out)
{
    if (!in.distribution) return;
    {
        TextFlow f("distribution", out);
        f.heading("Outcome distribution per configuration");
        f.paragraph("Each configuration ran " + std::to_string(in.runsPerConfig) +
                        " seeds. Bars show the share of runs with each outcome; the whisker is the Wilson 95% "
                        "confidence interval, which stays honest for rare outcomes (0 of 200 still allows up to 1.9%). "
                        "Green: matches Correct; red: the bug manifested. `goschedlab-cli run FILE --seed S` with the "
                        "configuration's flags replays the listed seed.",
                    {7.5, false, false, "#333333"});
    }
    for (const explore::ConfigResult &c : in.distribution->configs) out.push_back(configBlock(c, in.distribution->hasCorrect));
}

} // namespace gsl::exports
