// forced.cpp — schedule strings (format and parse).
#include "sim/runtime/forced.h"

#include <charconv>

namespace gsl::runtime {

std::string formatSchedule(const std::vector<ScheduleChoice> &s)
{
    std::string out;
    for (const ScheduleChoice &c : s) {
        if (!out.empty()) out += ',';
        out += std::to_string(c.point);
        out += c.kind == ScheduleChoice::Kind::Preempt ? "p" : "g" + std::to_string(c.goid);
    }
    return out;
}

std::optional<std::vector<ScheduleChoice>> parseSchedule(std::string_view text, std::string *error)
{
    std::vector<ScheduleChoice> out;
    auto fail = [&](const std::string &msg) -> std::optional<std::vector<ScheduleChoice>> {
        if (error) *error = "schedule: " + msg;
        return std::nullopt;
    };
    size_t i = 0;
    while (i < text.size()) {
        ScheduleChoice c;
        auto [p, ec] = std::from_chars(text.data() + i, text.data() + text.size(), c.point);
        if (ec != std::errc() || p == text.data() + i) return fail("expected a point number at offset " + std::to_string(i));
        i = size_t(p - text.data());
        if (i >= text.size()) return fail("missing 'p' or 'g<goid>' after point " + std::to_string(c.point));
        if (text[i] == 'p') {
            ++i;
        } else if (text[i] == 'g') {
            ++i;
            auto [q, ec2] = std::from_chars(text.data() + i, text.data() + text.size(), c.goid);
            if (ec2 != std::errc() || q == text.data() + i || c.goid <= 0) return fail("expected a goroutine id after 'g'");
            c.kind = ScheduleChoice::Kind::Pick;
            i = size_t(q - text.data());
        } else {
            return fail(std::string("unexpected '") + text[i] + "'");
        }
        if (!out.empty() && c.point <= out.back().point) return fail("points must increase");
        out.push_back(c);
        if (i < text.size()) {
            if (text[i] != ',') return fail(std::string("expected ',' got '") + text[i] + "'");
            ++i;
            if (i == text.size()) return fail("trailing ','");
        }
    }
    return out;
}

} // namespace gsl::runtime
