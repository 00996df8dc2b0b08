// report.cpp — buildReport: the report's blocks in reading order.
#include "sim/export/report.h"

#include "sim/export/narration.h"
#include "sim/export/report_text.h"
#include "sim/export/svg.h"
#include "sim/export/timeline_model.h"
#include "sim/export/timeline_svg.h"
#include "sim/trace/trace.h"

#include <algorithm>
#include <cstdio>

namespace gsl::exports {

std::string buildReportHtml(const ReportInput &in, const ReportDocument &doc);   // report_html.cpp
void distributionBlocks(const ReportInput &in, std::vector<ReportBlock> &out);    // report_charts.cpp

namespace {

const TextStyle kBody{8, false, false, "#222222"};
const TextStyle kMono{7, true, false, "#1a1a1a"};

void headerBlocks(const ReportInput &in, std::vector<ReportBlock> &out)
{
    TextFlow f("header", out);
    f.paragraph(in.title, {15, false, true, "#111111"});
    f.space(2);
    std::string sub = in.scenarioPath;
    if (!in.topic.empty()) sub += "  ·  topic: " + in.topic;
    f.paragraph(sub, {8, false, false, "#666666"});
    f.space(6);
    if (!in.lesson.empty()) {
        f.heading("Lesson", 9);
        f.paragraph(in.lesson, kBody);
        f.space(4);
    }
    f.heading("Configuration", 9);
    f.paragraph(in.configText, kBody);
    f.paragraph(in.correct.empty() ? "The scenario has no Correct pattern: outcomes are listed, not judged."
                                   : "Correct outcome (regular expression): " + in.correct,
                kBody);
    f.space(4);
    f.heading("Replay", 9);
    for (const ReportRun &r : in.runs) {
        f.paragraph(r.label + ":", {7.5, false, false, "#444444"});
        f.paragraph(r.replayCommand, kMono, 8);
    }
    if (in.runs.empty()) f.paragraph("No run to replay.", kBody);
    f.space(2);
    f.paragraph("Engine: goschedlab " + in.engineVersion + ". The same file, flags and seed give the same trace on any machine.",
                {7, false, false, "#666666"});
}

void sourceBlocks(const ReportInput &in, std::vector<ReportBlock> &out)
{
    TextFlow f("source", out);
    f.heading("Scenario source");
    int n = 0;
    size_t i = 0;
    const std::string &s = in.source;
    while (i <= s.size()) {
        size_t j = s.find('\n', i);
        if (j == std::string::npos) j = s.size();
        // gofmt indents with tabs: 4 columns each.
        std::string expanded;
        for (size_t k = i; k < j; ++k) expanded += s[k] == '\t' ? std::string("    ") : std::string(1, s[k]);
        ++n;
        if (!(j == s.size() && expanded.empty()))
            f.paragraph(expanded.empty() ? " " : expanded, kMono, 22, std::to_string(n));
        i = j + 1;
    }
}

void narrationBlocks(const ReportRun &r, size_t maxSteps, std::vector<ReportBlock> &out)
{
    TextFlow f("narration", out);
    f.heading("What happened in this run (key steps)", 9);
    std::vector<NarratedStep> steps = keySteps(*r.trace, r.ctx, maxSteps);
    if (steps.empty()) f.paragraph("No scheduling steps were recorded.", kBody);
    for (const NarratedStep &st : steps) {
        TextStyle ts{7.5, false, false, st.race ? "#b0201f" : "#222222"};
        f.paragraph(st.text, ts, 52, formatTime(st.time), "#777777");
    }
}

} // namespace

ReportDocument buildReport(const ReportInput &in)
{
    ReportDocument doc;
    doc.title = in.title.empty() ? in.scenarioPath : in.title;
    headerBlocks(in, doc.blocks);
    sourceBlocks(in, doc.blocks);

    for (const ReportRun &r : in.runs) {
        if (!r.trace) continue;
        TimelineModel tm = buildTimeline(*r.trace);
        std::string title = r.label + " — outcome \"" + r.outcome + "\"" +
                            (r.exitStatus != 0 ? " (exit status " + std::to_string(r.exitStatus) + ")" : "") + " — " +
                            r.configText;
        doc.blocks.push_back(timelineBlock(tm, *r.trace, r.ctx, title));
        narrationBlocks(r, in.maxNarrationSteps, doc.blocks);
        doc.blocks.push_back(runqChartBlock(tm, "Run-queue lengths over time (" + r.label + ")"));
    }
    if (!in.runsNote.empty()) {
        TextFlow f("timeline", doc.blocks);
        f.paragraph(in.runsNote, {8, false, true, "#8a4b00"});
    }
    distributionBlocks(in, doc.blocks);
    {
        TextFlow f("findings", doc.blocks);
        f.heading("Findings of the analyses");
        if (in.findings.empty()) f.paragraph("No data race, deadlock or goroutine leak was found in the runs shown.", kBody);
        for (const ReportFinding &x : in.findings)
            f.paragraph(x.text, {7.5, x.kind == "race", false, x.kind == "race" ? "#b0201f" : "#222222"}, 48, x.kind,
                        "#777777");
    }
    if (!in.schedtrace.empty()) {
        TextFlow f("schedtrace", doc.blocks);
        f.heading("GODEBUG=schedtrace output of the first run");
        size_t i = 0;
        while (i < in.schedtrace.size()) {
            size_t j = in.schedtrace.find('\n', i);
            if (j == std::string::npos) j = in.schedtrace.size();
            f.paragraph(in.schedtrace.substr(i, j - i), {6.5, true, false, "#1a1a1a"});
            i = j + 1;
        }
    }
    {
        TextFlow f("footer", doc.blocks);
        f.heading("Reproducibility", 9);
        f.paragraph("Engine version: goschedlab " + in.engineVersion, kBody);
        for (const ReportRun &r : in.runs)
            if (r.trace)
                f.paragraph("Trace fingerprint (" + r.label + "): " + hex64(r.trace->fingerprint()) + "  — " +
                                std::to_string(r.trace->size()) + " events",
                            {7.5, true, false, "#222222"});
    }
    doc.html = buildReportHtml(in, doc);
    return doc;
}

std::string blockSvg(const ReportBlock &b)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kReportWidth) + " " + num(b.height) +
           "\" width=\"" + num(kReportWidth) + "\" height=\"" + num(b.height) + "\">" + b.body + "</svg>";
}

std::string ReportDocument::tallSvg() const
{
    const double margin = 28;
    double h = margin;
    for (const ReportBlock &b : blocks) h += b.height + 8;
    h += margin;
    const double w = kReportWidth + 2 * margin;
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                      "baseProfile=\"tiny\" viewBox=\"0 0 " + num(w) + " " + num(h) + "\" width=\"" + num(w) +
                      "\" height=\"" + num(h) + "\">\n<title>" + xmlEscape(title) + "</title>\n";
    Svg svg(out);
    svg.rect(0, 0, w, h, "#ffffff");
    double y = margin;
    for (const ReportBlock &b : blocks) {
        out += "\n<g id=\"" + b.section + "\" transform=\"translate(" + num(margin) + "," + num(y) + ")\">" + b.body + "</g>";
        y += b.height + 8;
    }
    out += "\n</svg>\n";
    return out;
}

std::vector<std::string> paginate(const ReportDocument &doc, PageSize page)
{
    const double margin = 28, footer = 14;
    const double cw = page.width - 2 * margin, ch = page.height - 2 * margin - footer;
    // First pass: which blocks go on which page (and their y).
    struct Placed { size_t block; double y; double scale; };
    std::vector<std::vector<Placed>> pages(1);
    double y = 0;
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
        const ReportBlock &b = doc.blocks[i];
        double scale = std::min({1.0, ch / std::max(1.0, b.height), cw / kReportWidth});
        double h = b.height * scale;
        if (y > 0 && y + h > ch) {
            pages.emplace_back();
            y = 0;
        }
        pages.back().push_back(Placed{i, y, scale});
        y += h + 8;
    }
    std::vector<std::string> out;
    for (size_t p = 0; p < pages.size(); ++p) {
        std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                        "baseProfile=\"tiny\" viewBox=\"0 0 " + num(page.width) + " " + num(page.height) + "\" width=\"" +
                        num(page.width) + "pt\" height=\"" + num(page.height) + "pt\">\n";
        Svg svg(s);
        svg.rect(0, 0, page.width, page.height, "#ffffff");
        const double x0 = margin + (cw - kReportWidth * std::min(1.0, cw / kReportWidth)) / 2;
        for (const Placed &pl : pages[p]) {
            s += "\n<g id=\"" + doc.blocks[pl.block].section + "\" transform=\"translate(" + num(x0) + "," +
                 num(margin + pl.y) + ")";
            if (pl.scale < 1.0) s += " scale(" + num(pl.scale) + ")";
            s += "\">" + doc.blocks[pl.block].body + "</g>";
        }
        svg.line(margin, page.height - margin - 6, page.width - margin, page.height - margin - 6, "#cccccc", 0.5);
        svg.text(page.width - margin, page.height - margin + 3,
                 doc.title + " — page " + std::to_string(p + 1) + " of " + std::to_string(pages.size()),
                 {7, false, false, "#777777", "end"});
        s += "\n</svg>\n";
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace gsl::exports
