// report_html.cpp — the report as one self-contained HTML page: inline CSS,
// the pictures as inline SVG, text as real HTML (selectable, searchable),
// no script, no external file.
#include "sim/export/narration.h"
#include "sim/export/report.h"
#include "sim/export/report_text.h"
#include "sim/export/svg.h"
#include "sim/trace/trace.h"

namespace gsl::exports {

namespace {

const char *kCss = R"(
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#222;max-width:980px;margin:24px auto;padding:0 16px;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.1em}h2{font-size:1.15em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
.sub{color:#666;margin-top:0}.note{color:#8a4b00;font-weight:bold}
code,pre,.cmd{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85em}
.cmd{display:block;background:#f5f5f5;border:1px solid #e2e2e2;padding:6px 8px;white-space:pre-wrap;word-break:break-all}
pre.src{background:#fafafa;border:1px solid #e5e5e5;padding:8px;overflow-x:auto;counter-reset:ln}
pre.src span{display:block}pre.src span:before{counter-increment:ln;content:counter(ln);display:inline-block;width:2.5em;color:#999;text-align:right;margin-right:1em}
svg.fig{width:100%;height:auto;display:block;margin:8px 0}
ol.steps{font-size:.9em;padding-left:0;list-style:none}ol.steps li{margin:2px 0}ol.steps .t{color:#777;display:inline-block;width:6.5em}
ol.steps li.race{color:#b0201f;font-weight:bold}
ul.findings li.race{color:#b0201f}
svg text[font-family="DejaVu Sans"]{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif}
svg text[font-family="DejaVu Sans Mono"]{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace}.fp{font-family:"DejaVu Sans Mono",monospace}
)";

std::string esc(std::string_view s) { return xmlEscape(s); }

} // namespace

std::string buildReportHtml(const ReportInput &in, const ReportDocument &doc)
{
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(doc.title) +
         "</title>\n<meta name=\"generator\" content=\"goschedlab " + esc(in.engineVersion) + "\">\n<style>" + kCss +
         "</style>\n</head>\n<body>\n";
    h += "<section id=\"header\">\n<h1>" + esc(doc.title) + "</h1>\n<p class=\"sub\">" + esc(in.scenarioPath) +
         (in.topic.empty() ? "" : " · topic: " + esc(in.topic)) + "</p>\n";
    if (!in.lesson.empty()) h += "<h2>Lesson</h2>\n<p>" + esc(in.lesson) + "</p>\n";
    h += "<h2>Configuration</h2>\n<p>" + esc(in.configText) + "</p>\n<p>" +
         (in.correct.empty() ? std::string("The scenario has no Correct pattern.")
                             : "Correct outcome (regular expression): <code>" + esc(in.correct) + "</code>") +
         "</p>\n</section>\n";
    h += "<section id=\"replay\">\n<h2>Replay</h2>\n";
    for (const ReportRun &r : in.runs)
        h += "<p>" + esc(r.label) + ":</p>\n<code class=\"cmd\">" + esc(r.replayCommand) + "</code>\n";
    if (in.runs.empty()) h += "<p>No run to replay.</p>\n";
    h += "</section>\n";

    h += "<section id=\"source\">\n<h2>Scenario source</h2>\n<pre class=\"src\">";
    {
        size_t i = 0;
        const std::string &s = in.source;
        while (i < s.size()) {
            size_t j = s.find('\n', i);
            if (j == std::string::npos) j = s.size();
            h += "<span>" + esc(s.substr(i, j - i)) + "</span>";
            i = j + 1;
        }
    }
    h += "</pre>\n</section>\n";

    h += "<section id=\"runs\">\n";
    size_t runIndex = 0;
    for (const ReportRun &r : in.runs) {
        if (!r.trace) continue;
        h += "<section class=\"run\" id=\"run" + std::to_string(++runIndex) + "\">\n<h2>" + esc(r.label) + "</h2>\n<p>Outcome <code>" +
             esc(r.outcome) + "</code>" + (r.exitStatus ? ", exit status " + std::to_string(r.exitStatus) : std::string()) +
             " — " + esc(r.configText) + "</p>\n";
        // The pictures are the same blocks the PDF uses, in document order:
        // the n-th timeline and run-queue chart belong to the n-th run.
        size_t seenT = 0, seenR = 0;
        for (const ReportBlock &b : doc.blocks) {
            if (b.section == "timeline" && b.body.find("<rect") != std::string::npos && ++seenT == runIndex)
                h += "<svg class=\"fig timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kReportWidth) + " " +
                     num(b.height) + "\">" + b.body + "</svg>\n";
        }
        h += "<h3>What happened (key steps)</h3>\n<ol class=\"steps\">\n";
        for (const NarratedStep &st : keySteps(*r.trace, r.ctx, in.maxNarrationSteps))
            h += std::string("<li") + (st.race ? " class=\"race\"" : "") + "><span class=\"t\">" + esc(formatTime(st.time)) +
                 "</span>" + esc(st.text) + "</li>\n";
        h += "</ol>\n";
        for (const ReportBlock &b : doc.blocks)
            if (b.section == "runq" && ++seenR == runIndex)
                h += "<h3>Run-queue lengths</h3>\n<svg class=\"fig runq\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                     num(kReportWidth) + " " + num(b.height) + "\">" + b.body + "</svg>\n";
        h += "</section>\n";
    }
    if (!in.runsNote.empty()) h += "<p class=\"note\">" + esc(in.runsNote) + "</p>\n";
    h += "</section>\n";

    if (in.distribution) {
        h += "<section id=\"distribution\">\n<h2>Outcome distribution per configuration</h2>\n<p>" +
             std::to_string(in.runsPerConfig) +
             " seeds per configuration; whiskers are Wilson 95% intervals. Green: matches Correct; red: the bug manifested.</p>\n";
        for (const ReportBlock &b : doc.blocks)
            if (b.section == "distribution" && b.body.find("<rect") != std::string::npos)
                h += "<svg class=\"fig dist\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kReportWidth) + " " +
                     num(b.height) + "\">" + b.body + "</svg>\n";
        h += "</section>\n";
    }
    h += "<section id=\"findings\">\n<h2>Findings of the analyses</h2>\n<ul class=\"findings\">\n";
    if (in.findings.empty()) h += "<li>No data race, deadlock or goroutine leak was found in the runs shown.</li>\n";
    for (const ReportFinding &f : in.findings)
        h += "<li class=\"" + esc(f.kind) + "\"><b>" + esc(f.kind) + ":</b> <pre>" + esc(f.text) + "</pre></li>\n";
    h += "</ul>\n</section>\n";
    if (!in.schedtrace.empty())
        h += "<section id=\"schedtrace\">\n<h2>GODEBUG=schedtrace output of the first run</h2>\n<pre>" + esc(in.schedtrace) +
             "</pre>\n</section>\n";
    h += "<section id=\"reproducibility\">\n<h2>Reproducibility</h2>\n<p>Engine version: goschedlab " + esc(in.engineVersion) +
         "</p>\n<ul>\n";
    for (const ReportRun &r : in.runs)
        if (r.trace)
            h += "<li>" + esc(r.label) + ": trace fingerprint <span class=\"fp\">" + hex64(r.trace->fingerprint()) + "</span>, " +
                 std::to_string(r.trace->size()) + " events</li>\n";
    h += "</ul>\n</section>\n</body>\n</html>\n";
    return h;
}

} // namespace gsl::exports
