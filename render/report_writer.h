// report_writer.h — write an exported report (exports::ReportDocument, built
// by exports::buildReport) as .html, .svg, .pdf or .png.
//
//   exports::ReportDocument doc = exports::buildReport(input);
//   std::string err = render::writeReport(doc, "out.pdf", *render::formatForPath("out.pdf"), {}, progress);
//
// PDF: one page per paginated block group (exports::paginate), A4 or US
// letter, vector text (searchable, pdftotext reads it). PNG: the tall SVG
// page rasterised. HTML and SVG are written as built.
// Needs a QGuiApplication (the CLI uses the offscreen platform).
#pragma once

#include "sim/export/report.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <string>

namespace gsl::render {

enum class ReportFormat { Html, Svg, Pdf, Png };

// formatForPath chooses by extension (case-insensitive): .html/.htm, .svg,
// .pdf, .png; nullopt otherwise.
std::optional<ReportFormat> formatForPath(const std::string &path);

struct RenderOptions {
    exports::PageSize page = exports::PageSize::a4();
    double pngScale = 2.0;          // pixels per point of the tall page (capped to keep images < 30000 px tall)
};

// Progress: called with (done, total) steps (PDF: pages); return false to cancel.
using ProgressFn = std::function<bool(int done, int total)>;

// renderReport produces the file's bytes in `out`. Returns "" or the problem
// ("cancelled", "PDF rendering failed").
std::string renderReport(const exports::ReportDocument &doc, ReportFormat format, const RenderOptions &opt,
                         QByteArray &out, const ProgressFn &progress = {});

// writeReport renders, then writes atomically (QSaveFile: a temporary file
// in the same folder, flushed to disk, renamed over `path` on success), so a
// failure or cancellation never leaves a half-written file. Returns "" or
// "cannot write PATH: reason".
std::string writeReport(const exports::ReportDocument &doc, const std::string &path, ReportFormat format,
                        const RenderOptions &opt = {}, const ProgressFn &progress = {});

} // namespace gsl::render
