// timeline_svg.cpp — timeline lanes and the run-queue chart.
#include "sim/export/timeline_svg.h"

#include "sim/export/narration.h"
#include "sim/export/svg.h"
#include "sim/trace/trace.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace gsl::exports {

namespace {

constexpr double kLabelW = 34;     // lane labels ("P0") on the left
constexpr double kRightPad = 6;
constexpr const char *kAxis = "#666666";

// niceStep: 1, 2 or 5 times a power of ten, so that span/step is about n.
SimDur niceStep(SimDur span, int n)
{
    if (span <= 0) return 1;
    double raw = double(span) / n;
    double p = std::pow(10.0, std::floor(std::log10(raw)));
    double m = raw / p;
    double step = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
    return std::max<SimDur>(1, SimDur(step * p));
}

struct XMap {
    double x0, w;
    SimTime t1;
    double operator()(SimTime t) const { return t1 <= 0 ? x0 : x0 + w * double(t) / double(t1); }
};

void axis(Svg &svg, const XMap &x, double y, SimTime end)
{
    svg.line(x.x0, y, x.x0 + x.w, y, kAxis, 0.6);
    SimDur step = niceStep(end, 6);
    TextStyle st{6.5, false, false, "#444444", "middle"};
    for (SimTime t = 0; t <= end; t += step) {
        svg.line(x(t), y, x(t), y + 3, kAxis, 0.6);
        svg.text(x(t), y + 10, t == 0 ? "0" : formatTime(t), st);
    }
}

const char *pColor(size_t p)
{
    static constexpr const char *k[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    return k[p % 8];
}

} // namespace

ReportBlock timelineBlock(const TimelineModel &tm, const trace::Trace &t, const ExportContext &ctx, const std::string &title)
{
    ReportBlock b;
    b.section = "timeline";
    Svg svg(b.body);
    const double W = kReportWidth;
    const SimTime end = std::max<SimTime>(tm.endTime, 1);
    const XMap x{kLabelW, W - kLabelW - kRightPad, end};

    double y = 0;
    // Bold text is about 10 % wider than the regular metrics wrapText assumes.
    for (const std::string &l : wrapText(title, W * 0.88, 9, false)) {
        y += 11;
        svg.text(0, y, l, {9, false, true});
    }
    y += 8;
    const int lanes = std::max(1, tm.numP);
    const double laneH = lanes <= 8 ? 16 : std::max(5.0, 160.0 / lanes);
    const double gap = lanes <= 8 ? 5 : 1;
    const double top = y;
    const double lanesH = lanes * (laneH + gap);

    // Throttled periods first, under everything.
    for (const Span &s : tm.throttled)
        svg.rect(x(s.start), top - 3, std::max(0.5, x(s.end) - x(s.start)), lanesH + 3, "#7f7f7f", {}, 0.22,
                 "CFS throttled " + formatTime(s.start) + " - " + formatTime(s.end));

    for (int p = 0; p < lanes; ++p) {
        double ly = top + p * (laneH + gap);
        svg.rect(x.x0, ly, x.w, laneH, "#f4f4f4");
        svg.text(0, ly + laneH * 0.7, "P" + std::to_string(p), {std::min(8.0, laneH * 0.8), false, true, "#333333"});
    }
    // Slices; sub-pixel slices that would land on the pixel of the previous
    // one are skipped so huge traces stay small.
    std::vector<double> lastX(size_t(lanes), -1);
    for (const RunSlice &s : tm.slices) {
        if (s.p < 0 || s.p >= lanes) continue;
        double x1 = x(s.start), x2 = x(s.end);
        double w = std::max(0.4, x2 - x1);
        if (x2 - x1 < 0.3 && std::floor(x1) == lastX[size_t(s.p)]) continue;
        lastX[size_t(s.p)] = std::floor(x1);
        double ly = top + s.p * (laneH + gap);
        svg.rect(x1, ly, w, laneH, goroutineColor(s.g), {}, 1.0,
                 "G" + std::to_string(s.g) + " on P" + std::to_string(s.p) + ", " + formatTime(s.start) + " - " +
                     formatTime(s.end));
        std::string label = "G" + std::to_string(s.g);
        if (laneH >= 10 && textWidth(label, 6.5, false) + 3 < w)
            svg.text(x1 + w / 2, ly + laneH * 0.68, label, {6.5, false, false, "#ffffff", "middle"});
    }
    // Memory accesses: ticks at the top edge of the lane (writes taller),
    // one per pixel column and kind; racy accesses as red triangles.
    std::set<size_t> racy;
    for (const RaceMark &r : ctx.races) {
        racy.insert(r.event);
        racy.insert(r.previousEvent);
    }
    std::set<std::tuple<int, int, bool>> drawn;
    for (const MemTick &m : tm.accesses) {
        if (m.p < 0 || m.p >= lanes) continue;
        double mx = x(m.time), ly = top + m.p * (laneH + gap);
        if (racy.count(m.event)) {
            b.body += "<polygon points=\"" + num(mx - 3) + "," + num(ly - 5) + " " + num(mx + 3) + "," + num(ly - 5) + " " +
                      num(mx) + "," + num(ly + 1) + "\" fill=\"#d62728\"><title>" +
                      xmlEscape(narrate(t[m.event], t)) + "</title></polygon>";
            continue;
        }
        if (!drawn.insert({m.p, int(mx * 2), m.write}).second) continue;
        svg.line(mx, ly - (m.write ? 3.5 : 2), mx, ly + (m.write ? 3.5 : 2), m.write ? "#222222" : "#8a8a8a", 0.5);
    }
    for (size_t i : tm.preemptions) {
        const trace::TraceEvent &e = t[i];
        if (e.p < 0 || e.p >= lanes) continue;
        double mx = x(e.time), ly = top + e.p * (laneH + gap) + laneH;
        b.body += "<polygon points=\"" + num(mx - 2.5) + "," + num(ly + 3.5) + " " + num(mx + 2.5) + "," + num(ly + 3.5) +
                  " " + num(mx) + "," + num(ly) + "\" fill=\"#000000\"><title>" + xmlEscape(narrate(e, t)) +
                  "</title></polygon>";
    }
    y = top + lanesH + 2;
    axis(svg, x, y, end);
    y += 18;

    // Legend: goroutine colours (up to 12), then the marks.
    std::set<int32_t> gs;
    for (const RunSlice &s : tm.slices) gs.insert(s.g);
    double lx = 0;
    int shown = 0;
    TextStyle lt{6.5, false, false, "#333333"};
    for (int32_t g : gs) {
        if (shown == 12) {
            svg.text(lx, y, "+" + std::to_string(gs.size() - 12) + " more", lt);
            break;
        }
        std::string label = g == 1 ? "G1 (main)" : "G" + std::to_string(g);
        double w = 10 + textWidth(label, 6.5, false) + 8;
        if (lx + w > W) { lx = 0; y += 10; }
        svg.rect(lx, y - 6, 7, 7, goroutineColor(g));
        svg.text(lx + 9, y, label, lt);
        lx += w;
        ++shown;
    }
    y += 11;
    lx = 0;
    svg.line(lx + 3, y - 7, lx + 3, y + 1, "#222222", 0.6);
    svg.text(lx + 8, y, "write", lt);
    svg.line(lx + 40, y - 5, lx + 40, y - 1, "#8a8a8a", 0.6);
    svg.text(lx + 45, y, "read", lt);
    b.body += "<polygon points=\"" + num(lx + 74) + "," + num(y - 7) + " " + num(lx + 80) + "," + num(y - 7) + " " +
              num(lx + 77) + "," + num(y - 1) + "\" fill=\"#d62728\"/>";
    svg.text(lx + 83, y, "racy access", lt);
    b.body += "<polygon points=\"" + num(lx + 135) + "," + num(y) + " " + num(lx + 140) + "," + num(y) + " " +
              num(lx + 137.5) + "," + num(y - 4) + "\" fill=\"#000000\"/>";
    svg.text(lx + 143, y, "preemption", lt);
    svg.rect(lx + 192, y - 6, 9, 7, "#7f7f7f", {}, 0.3);
    svg.text(lx + 204, y, "CFS throttled", lt);
    b.height = y + 6;
    return b;
}

ReportBlock runqChartBlock(const TimelineModel &tm, const std::string &title)
{
    ReportBlock b;
    b.section = "runq";
    Svg svg(b.body);
    const double W = kReportWidth;
    const SimTime end = std::max<SimTime>(tm.endTime, 1);
    const XMap x{kLabelW, W - kLabelW - kRightPad, end};
    double y = 11;
    svg.text(0, y, title, {9, false, true});
    y += 8;
    uint32_t maxLen = 1;
    for (const RunqSample &s : tm.runq) {
        for (uint16_t v : s.perP) maxLen = std::max<uint32_t>(maxLen, v);
        maxLen = std::max(maxLen, s.global);
    }
    const double h = 90, top = y, bottom = y + h;
    auto yOf = [&](uint32_t v) { return bottom - h * double(v) / double(maxLen); };
    svg.rect(x.x0, top, x.w, h, "#fafafa", "#dddddd");
    uint32_t ystep = std::max<uint32_t>(1, uint32_t(niceStep(maxLen, 4)));
    for (uint32_t v = 0; v <= maxLen; v += ystep) {
        svg.line(x.x0, yOf(v), x.x0 + x.w, yOf(v), "#e2e2e2", 0.4);
        svg.text(x.x0 - 3, yOf(v) + 2.5, std::to_string(v), {6.5, false, false, "#444444", "end"});
    }
    // Step lines: one point pair per change; consecutive samples in the same
    // half-pixel are merged so a long run stays small.
    auto series = [&](auto valueAt, const char *color, bool dashed) {
        std::vector<std::pair<double, double>> pts;
        double lastY = yOf(0);
        pts.push_back({x.x0, lastY});
        for (const RunqSample &s : tm.runq) {
            double px = x(s.time), py = yOf(valueAt(s));
            if (py == lastY) continue;
            if (!pts.empty() && std::fabs(pts.back().first - px) < 0.5 && pts.size() >= 2) {
                pts.back().second = py;
            } else {
                pts.push_back({px, lastY});
                pts.push_back({px, py});
            }
            lastY = py;
        }
        pts.push_back({x.x0 + x.w, lastY});
        if (dashed) {
            for (size_t i = 1; i < pts.size(); ++i)
                svg.line(pts[i - 1].first, pts[i - 1].second, pts[i].first, pts[i].second, color, 1.0, true);
        } else {
            svg.polyline(pts, color, 1.0);
        }
    };
    for (size_t p = 0; p < size_t(tm.numP); ++p)
        series([p](const RunqSample &s) -> uint32_t { return p < s.perP.size() ? s.perP[p] : 0; }, pColor(p), false);
    series([](const RunqSample &s) { return s.global; }, "#555555", true);
    y = bottom;
    axis(svg, x, y, end);
    y += 20;
    double lx = x.x0;
    TextStyle lt{6.5, false, false, "#333333"};
    for (size_t p = 0; p < size_t(tm.numP) && p < 16; ++p) {
        svg.line(lx, y - 2.5, lx + 10, y - 2.5, pColor(p), 1.5);
        svg.text(lx + 13, y, "P" + std::to_string(p) + " (runnext + local queue)", lt);
        lx += 118;
        if (lx + 118 > W) { lx = x.x0; y += 10; }
    }
    svg.line(lx, y - 2.5, lx + 10, y - 2.5, "#555555", 1.0, true);
    svg.text(lx + 13, y, "global run queue", lt);
    b.height = y + 6;
    return b;
}

} // namespace gsl::exports
