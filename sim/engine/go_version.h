// go_version.h — which Go release's behaviour to model (go-runtime.md §10 item 11).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace gsl {

struct GoVersion {
    int major = 1;
    int minor = 22;
    friend auto operator<=>(const GoVersion &, const GoVersion &) = default;
    bool asyncPreempt() const { return *this >= GoVersion{1, 14}; }          // Go 1.14 release notes
    bool perIterationLoopVars() const { return *this >= GoVersion{1, 22}; }  // Go 1.22 loopvar
    bool containerAwareMaxProcs() const { return *this >= GoVersion{1, 25}; }// go-runtime.md §6.1
    std::string str() const { return std::to_string(major) + "." + std::to_string(minor); }
    // parse accepts "1.22", "go1.22", "1.22.3"; nullopt otherwise.
    static std::optional<GoVersion> parse(std::string_view s)
    {
        if (s.substr(0, 2) == "go") s.remove_prefix(2);
        GoVersion v{0, 0};
        size_t i = 0;
        auto num = [&](int &out) {
            size_t st = i;
            long x = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - st < 4) x = x * 10 + (s[i++] - '0');
            out = int(x);
            return i > st;
        };
        if (!num(v.major) || i >= s.size() || s[i] != '.') return std::nullopt;
        ++i;
        if (!num(v.minor)) return std::nullopt;
        if (i < s.size() && s[i] == '.') { ++i; int patch; if (!num(patch)) return std::nullopt; }
        if (i != s.size() || v.major != 1) return std::nullopt;
        return v;
    }
};

} // namespace gsl
