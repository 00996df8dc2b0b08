// svg.h — the tiny SVG vocabulary the report uses, restricted to what Qt
// Svg (SVG Tiny 1.2) renders: rect, line, polyline, text, g with translate;
// presentation attributes only (no CSS classes, no nested <svg>), so the
// same markup looks the same in a browser, in the PDF and in the PNG.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gsl::exports {

// One family each: Qt Svg 6.4 takes the attribute as a single family name
// (a list would silently fall back to the default font). The HTML page adds
// CSS fallbacks for browsers without DejaVu.
constexpr const char *kSansFont = "DejaVu Sans";
constexpr const char *kMonoFont = "DejaVu Sans Mono";

// xmlEscape: & < > " ' as entities; control characters other than tab dropped.
std::string xmlEscape(std::string_view s);
// num: a coordinate with at most 2 decimals, no trailing zeros ("12.5").
std::string num(double v);

// textWidth estimates the advance of s at fontSize (DejaVu metrics: mono
// 0.602 em per character, sans about 0.55 em on average; UTF-8 continuation
// bytes do not count). Used to wrap text so nothing runs past a block edge.
double textWidth(std::string_view s, double fontSize, bool mono);
// wrapText breaks s into lines no wider than width (at spaces when
// possible, hard breaks otherwise). Never returns an empty vector.
std::vector<std::string> wrapText(std::string_view s, double width, double fontSize, bool mono);

struct TextStyle {
    double size = 8;
    bool mono = false;
    bool bold = false;
    const char *fill = "#222222";
    const char *anchor = "start";   // start | middle | end
};

// Appends elements to a string.
class Svg
{
public:
    explicit Svg(std::string &out) : m_out(out) {}
    void rect(double x, double y, double w, double h, std::string_view fill, std::string_view stroke = {},
              double opacity = 1.0, std::string_view title = {});
    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double width = 0.5,
              bool dashed = false);
    void polyline(const std::vector<std::pair<double, double>> &pts, std::string_view stroke, double width = 1.0);
    void text(double x, double y, std::string_view s, const TextStyle &st);
    void openGroup(double dx, double dy);
    void closeGroup();

private:
    std::string &m_out;
};

} // namespace gsl::exports
