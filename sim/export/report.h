// report.h — the exported timeline report (issue #7): one scenario, the
// configuration and the exact replay command, the timeline of a run where
// the bug manifested and of one where it stayed hidden (each narrated), the
// per-P run-queue chart, the outcome distribution per configuration with
// Wilson 95 % intervals, race and deadlock/leak findings, engine version and
// trace fingerprints.
//
// buildReport is pure: it takes finished runs and an exploration result
// (the CLI's `report` command and the GUI gather them) and lays the report
// out as SVG blocks of a fixed width plus a self-contained HTML page.
// render::writeReport (render/report_writer.h) turns a ReportDocument into
// .html, .svg, .pdf (paginated with paginate()) or .png.
#pragma once

#include "sim/export/export_context.h"
#include "sim/explore/explorer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::exports {

// One run shown with its timeline.
struct ReportRun {
    std::string label;              // "Run where the bug manifested"
    std::string configText;         // "GOMAXPROCS=2 cpus=4 quota=none go=1.22 seed=17"
    std::string replayCommand;      // exact: `goschedlab-cli run FILE --gomaxprocs 2 --seed 17`
    std::string outcome;            // normalised stdout
    int exitStatus = 0;
    bool manifested = false;        // outcome does not match Correct
    const trace::Trace *trace = nullptr;   // not owned; must outlive buildReport
    ExportContext ctx;              // races of this run (RaceMark)
};

// A finding of the analyses, one line (or a few) of text.
struct ReportFinding {
    std::string kind;               // "race", "deadlock", "leak"
    std::string text;
};

struct ReportInput {
    std::string title;              // metadata Scenario (falls back to the file name)
    std::string topic;
    std::string lesson;
    std::string correct;            // the Correct regex ("" = none)
    std::string scenarioPath;
    std::string source;             // the scenario file's text
    std::string configText;         // the configuration of the report's runs, one line
    std::string engineVersion;      // goschedlab version
    std::vector<ReportRun> runs;    // 0..2: manifested first, then hidden
    std::string runsNote;           // e.g. "The bug manifested in none of the 200 runs."
    const explore::ExploreResult *distribution = nullptr;   // not owned; null = no distribution section
    size_t runsPerConfig = 0;
    std::vector<ReportFinding> findings;
    std::string schedtrace;         // optional GODEBUG=schedtrace lines of the first run
    size_t maxNarrationSteps = 40;
};

// A block of the report: SVG content (no <svg> wrapper) in a coordinate
// system kReportWidth wide and `height` tall. A block is never split across
// pages; long content (source, narration) is already cut into several blocks.
struct ReportBlock {
    std::string section;            // "header", "source", "timeline", "narration", "runq", "distribution", "findings", "footer"
    std::string body;
    double height = 0;
};

constexpr double kReportWidth = 539;      // A4 width (595 pt) minus two 28 pt margins
constexpr double kMaxBlockHeight = 700;   // fits the content height of A4 and US letter

struct ReportDocument {
    std::string title;
    std::vector<ReportBlock> blocks;
    std::string html;               // self-contained page: inline CSS and SVG, no external files

    // tallSvg is the whole report as one SVG page (blocks stacked, white background).
    std::string tallSvg() const;
};

// buildReport lays out the report. Deterministic.
ReportDocument buildReport(const ReportInput &in);

// Page size in points (1/72 in).
struct PageSize {
    double width = 595;
    double height = 842;
    static PageSize a4() { return {595, 842}; }
    static PageSize letter() { return {612, 792}; }
};

// paginate places the blocks on pages of size page with 28 pt margins, in
// order, starting a new page whenever the next block does not fit; a block
// taller than a page (not produced by buildReport) is scaled down to fit.
// Each page is a complete SVG document (viewBox in points) with a footer
// "title — page N of M".
std::vector<std::string> paginate(const ReportDocument &doc, PageSize page);

// blockSvg wraps one block as a standalone <svg> element (used by the HTML).
std::string blockSvg(const ReportBlock &b);

} // namespace gsl::exports
