// report_text.h — flowing text into report blocks: paragraphs wrapped to the
// block width, cut into blocks that fit a page (kMaxBlockHeight) at line
// boundaries, so long source files and narrations paginate without clipping.
#pragma once

#include "sim/export/report.h"
#include "sim/export/svg.h"

#include <string>
#include <vector>

namespace gsl::exports {

class TextFlow
{
public:
    TextFlow(std::string section, std::vector<ReportBlock> &out) : m_section(std::move(section)), m_out(out) {}
    ~TextFlow() { finish(); }

    // heading: bold line; kept on the same block as the line after it.
    void heading(const std::string &text, double size = 10);
    // paragraph: wrapped text; `indent` shifts all lines, `hanging` (e.g.
    // "12 " or "3.") is drawn before the first line in the indent.
    void paragraph(const std::string &text, const TextStyle &st, double indent = 0, const std::string &hanging = {},
                   const char *hangingFill = "#888888");
    void space(double h);
    void finish();

private:
    void ensure(double h);
    std::string m_section;
    std::vector<ReportBlock> &m_out;
    ReportBlock m_cur;
    double m_y = 0;
    bool m_keepWithNext = false;
};

std::string hex64(uint64_t v);

} // namespace gsl::exports
