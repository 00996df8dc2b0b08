// svg.cpp — escaping, number formatting, text measurement and wrapping.
#include "sim/export/svg.h"

#include <cstdio>

namespace gsl::exports {

std::string xmlEscape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
            out += c;
        }
    }
    return out;
}

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

namespace {
size_t glyphs(std::string_view s)
{
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) ++n;
    return n;
}
} // namespace

double textWidth(std::string_view s, double fontSize, bool mono)
{
    if (mono) return double(glyphs(s)) * 0.602 * fontSize;
    // DejaVu Sans is wide; capitals and digits ~0.65-0.7 em, lower case ~0.55-0.6.
    double w = 0;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if ((u & 0xc0) == 0x80) continue;
        if (c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' ||
            c == '|' || c == '!' || c == 't' || c == 'f' || c == 'r' || c == '(' || c == ')')
            w += 0.36;
        else if (c == 'm' || c == 'w' || c == 'M' || c == 'W') w += 0.92;
        else if (c >= 'A' && c <= 'Z') w += 0.72;
        else w += 0.62;
    }
    return w * fontSize;
}

std::vector<std::string> wrapText(std::string_view s, double width, double fontSize, bool mono)
{
    std::vector<std::string> lines;
    // Leading indentation (source code) is kept on the first line.
    size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    std::string cur(i, ' ');
    auto flush = [&] {
        lines.push_back(cur);
        cur.clear();
    };
    while (i < s.size()) {
        if (s[i] == '\n') {
            flush();
            ++i;
            continue;
        }
        size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\n') ++j;
        std::string word(s.substr(i, j - i));
        const bool fresh = cur.empty() || cur.find_first_not_of(' ') == std::string::npos;
        std::string candidate = fresh ? cur + word : cur + " " + word;
        if (textWidth(candidate, fontSize, mono) <= width) {
            cur = candidate;
        } else {
            if (!cur.empty()) flush();
            // A word wider than the line: hard break it.
            while (textWidth(word, fontSize, mono) > width && word.size() > 1) {
                size_t cut = word.size();
                while (cut > 1 && textWidth(word.substr(0, cut), fontSize, mono) > width) --cut;
                while (cut > 1 && (static_cast<unsigned char>(word[cut]) & 0xc0) == 0x80) --cut;  // UTF-8 boundary
                lines.push_back(word.substr(0, cut));
                word = word.substr(cut);
            }
            cur = word;
        }
        i = j;
        if (i < s.size() && s[i] == ' ') ++i;
    }
    if (!cur.empty() || lines.empty()) lines.push_back(cur);
    return lines;
}

void Svg::rect(double x, double y, double w, double h, std::string_view fill, std::string_view stroke, double opacity,
               std::string_view title)
{
    m_out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"";
    m_out += fill;
    m_out += "\"";
    if (!stroke.empty()) {
        m_out += " stroke=\"";
        m_out += stroke;
        m_out += "\" stroke-width=\"0.5\"";
    }
    if (opacity < 1.0) m_out += " fill-opacity=\"" + num(opacity) + "\"";
    if (title.empty()) {
        m_out += "/>";
    } else {
        m_out += "><title>" + xmlEscape(title) + "</title></rect>";
    }
}

void Svg::line(double x1, double y1, double x2, double y2, std::string_view stroke, double width, bool dashed)
{
    m_out += "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\"";
    m_out += stroke;
    m_out += "\" stroke-width=\"" + num(width) + "\"";
    if (dashed) m_out += " stroke-dasharray=\"3,2\"";
    m_out += "/>";
}

void Svg::polyline(const std::vector<std::pair<double, double>> &pts, std::string_view stroke, double width)
{
    m_out += "<polyline fill=\"none\" stroke=\"";
    m_out += stroke;
    m_out += "\" stroke-width=\"" + num(width) + "\" points=\"";
    for (size_t i = 0; i < pts.size(); ++i) {
        if (i) m_out += ' ';
        m_out += num(pts[i].first) + "," + num(pts[i].second);
    }
    m_out += "\"/>";
}

void Svg::text(double x, double y, std::string_view s, const TextStyle &st)
{
    m_out += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-family=\"";
    m_out += st.mono ? kMonoFont : kSansFont;
    m_out += "\" font-size=\"" + num(st.size) + "\" fill=\"";
    m_out += st.fill;
    m_out += "\"";
    if (st.bold) m_out += " font-weight=\"bold\"";
    if (std::string_view(st.anchor) != "start") {
        m_out += " text-anchor=\"";
        m_out += st.anchor;
        m_out += "\"";
    }
    // Leading spaces (source indentation) as no-break spaces: Qt Svg
    // collapses white space even with xml:space="preserve".
    size_t lead = 0;
    while (lead < s.size() && s[lead] == ' ') ++lead;
    std::string indent;
    for (size_t i = 0; i < lead; ++i) indent += "\u00a0";
    m_out += " xml:space=\"preserve\">" + indent + xmlEscape(s.substr(lead)) + "</text>";
}

void Svg::openGroup(double dx, double dy)
{
    m_out += "<g transform=\"translate(" + num(dx) + "," + num(dy) + ")\">";
}

void Svg::closeGroup()
{
    m_out += "</g>";
}

} // namespace gsl::exports
