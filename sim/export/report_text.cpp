// report_text.cpp — TextFlow.
#include "sim/export/report_text.h"

#include <cstdio>

namespace gsl::exports {

std::string hex64(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

void TextFlow::ensure(double h)
{
    if (m_y + h <= kMaxBlockHeight || m_y == 0) return;
    // Start a new block; a heading that would be left alone at the bottom
    // moves along with its first line.
    std::string carry;
    double carryH = 0;
    if (m_keepWithNext) {
        size_t at = m_cur.body.rfind("<text");
        carry = m_cur.body.substr(at);
        m_cur.body.erase(at);
        carryH = 16;
        m_y -= carryH;
    }
    m_cur.height = m_y + 4;
    m_cur.section = m_section;
    m_out.push_back(std::move(m_cur));
    m_cur = ReportBlock{};
    m_y = 0;
    if (!carry.empty()) {
        // The carried <text> had absolute y; re-place it at the top.
        size_t ypos = carry.find(" y=\"");
        size_t yend = carry.find('"', ypos + 4);
        carry.replace(ypos + 4, yend - ypos - 4, "12");
        m_cur.body += carry;
        m_y = carryH;
    }
}

void TextFlow::heading(const std::string &text, double size)
{
    ensure(16 + 10);
    Svg svg(m_cur.body);
    svg.text(0, m_y + 12, text, {size, false, true, "#1a1a1a"});
    m_y += 16;
    m_keepWithNext = true;
}

void TextFlow::paragraph(const std::string &text, const TextStyle &st, double indent, const std::string &hanging,
                         const char *hangingFill)
{
    const double lh = st.size * 1.3;
    std::vector<std::string> lines = wrapText(text, kReportWidth - indent, st.size, st.mono);
    for (size_t i = 0; i < lines.size(); ++i) {
        ensure(lh);
        m_keepWithNext = false;
        Svg svg(m_cur.body);
        double base = m_y + st.size;
        if (i == 0 && !hanging.empty()) svg.text(indent - 4, base, hanging, {st.size, st.mono, false, hangingFill, "end"});
        svg.text(indent, base, lines[i], st);
        m_y += lh;
    }
}

void TextFlow::space(double h)
{
    m_y += h;
}

void TextFlow::finish()
{
    if (m_cur.body.empty()) return;
    m_cur.height = m_y + 4;
    m_cur.section = m_section;
    m_out.push_back(std::move(m_cur));
    m_cur = ReportBlock{};
    m_y = 0;
}

} // namespace gsl::exports
