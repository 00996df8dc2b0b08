// timeline_svg.h — the report's pictures of one run, as SVG block bodies of
// kReportWidth: the timeline (a lane per P, goroutine slices coloured per G,
// shared-variable accesses as ticks, throttled periods shaded, preemptions
// marked, a time axis and a legend) and the run-queue length chart.
#pragma once

#include "sim/export/export_context.h"
#include "sim/export/report.h"
#include "sim/export/timeline_model.h"

#include <string>

namespace gsl::exports {

// timelineBlock draws tm (of trace t) under a title line.
ReportBlock timelineBlock(const TimelineModel &tm, const trace::Trace &t, const ExportContext &ctx,
                          const std::string &title);
// runqChartBlock draws the per-P run-queue lengths (runnext + ring) and the
// global queue over time as step lines.
ReportBlock runqChartBlock(const TimelineModel &tm, const std::string &title);

} // namespace gsl::exports
