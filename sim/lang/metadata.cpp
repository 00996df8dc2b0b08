#include "sim/lang/metadata.h"

#include <cctype>

namespace gsl::lang {

namespace {
std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool isKey(std::string_view k)
{
    if (k.empty() || k.size() > 40 || !std::isalpha(uint8_t(k[0]))) return false;
    for (char c : k)
        if (!std::isalnum(uint8_t(c)) && c != '-' && c != '_' && c != ' ') return false;
    return true;
}
} // namespace

std::string Metadata::value(std::string_view key) const
{
    for (const auto &[k, v] : all)
        if (k == key) return v;
    return {};
}

Metadata parseMetadata(std::string_view src)
{
    Metadata md;
    size_t off = 0;
    int line = 0;
    int lastKey = -1;
    while (off < src.size()) {
        size_t end = src.find('\n', off);
        if (end == std::string_view::npos) end = src.size();
        std::string_view l = src.substr(off, end - off);
        off = end + 1;
        ++line;
        std::string_view t = trim(l);
        if (t.empty()) continue;
        if (t.substr(0, 2) != "//") break;   // package clause or code: the block is over
        std::string_view body = t.substr(2);
        // Continuation: "//" followed by at least two spaces (or a tab).
        bool cont = body.substr(0, 2) == "  " || (!body.empty() && body[0] == '\t');
        std::string_view text = trim(body);
        // An empty `//` line keeps the current key open: gofmt (Go 1.19+) turns
        // the indented continuation lines of a package doc comment into a code
        // block framed by such lines ("//\n//\tmore\n//"), and the value must
        // read the same after formatting.
        if (text.empty()) continue;
        if (cont && lastKey >= 0) {
            if (!text.empty()) {
                auto &v = md.all[size_t(lastKey)].second;
                if (!v.empty()) v += ' ';
                v += text;
            }
            continue;
        }
        size_t colon = text.find(':');
        if (colon != std::string_view::npos && isKey(text.substr(0, colon))) {
            md.all.emplace_back(std::string(text.substr(0, colon)), std::string(trim(text.substr(colon + 1))));
            lastKey = int(md.all.size()) - 1;
            if (md.all.back().first == "Config") md.configLine = line;
        } else {
            lastKey = -1;   // free comment text: not metadata
        }
    }
    for (const auto &[k, v] : md.all) {
        if (k == "Scenario" || k == "Title") { if (md.title.empty()) md.title = v; }
        else if (k == "Topic") md.topic = v;
        else if (k == "Lesson") md.lesson = v;
        else if (k == "Correct") md.correct = v;
        else if (k == "Config") md.config = v;
    }
    return md;
}

namespace {
bool parsePositive(std::string_view s, int &out)
{
    if (s.empty() || s.size() > 6) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    if (v <= 0) return false;
    out = v;
    return true;
}

bool validQuota(std::string_view s)
{
    if (s == "none") return true;
    if (s.empty() || s.size() > 12) return false;
    bool dot = false, digit = false;
    for (char c : s) {
        if (c == '.') { if (dot) return false; dot = true; }
        else if (c >= '0' && c <= '9') digit = true;
        else return false;
    }
    if (!digit) return false;
    for (char c : s) if (c >= '1' && c <= '9') return true;
    return false;   // zero quota
}

bool validGo(std::string_view s)
{
    // "1.22", "go1.22", "1.22.3"
    if (s.substr(0, 2) == "go") s.remove_prefix(2);
    if (s.substr(0, 2) != "1.") return false;
    s.remove_prefix(2);
    int parts = 0;
    while (!s.empty()) {
        size_t n = 0;
        while (n < s.size() && n < 4 && s[n] >= '0' && s[n] <= '9') ++n;
        if (n == 0) return false;
        s.remove_prefix(n);
        ++parts;
        if (s.empty()) break;
        if (s[0] != '.' || parts >= 2) return false;
        s.remove_prefix(1);
        if (s.empty()) return false;
    }
    return parts >= 1;
}
} // namespace

MetaConfig parseConfig(const std::string &config, std::vector<std::string> *errors)
{
    MetaConfig mc;
    auto err = [&](std::string m) { if (errors) errors->push_back(std::move(m)); };
    std::string_view s = config;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        size_t st = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
        std::string_view word = s.substr(st, i - st);
        if (word.empty()) continue;
        size_t eq = word.find('=');
        if (eq == std::string_view::npos) {
            err("Config: expected key=value, got \"" + std::string(word) + "\"");
            continue;
        }
        std::string key(word.substr(0, eq));
        std::string val(word.substr(eq + 1));
        mc.raw.emplace_back(key, val);
        if (key == "gomaxprocs") {
            std::string_view v = val;
            bool ok = !v.empty();
            std::vector<int> list;
            while (ok && !v.empty()) {
                size_t c = v.find(',');
                int n;
                if (!parsePositive(v.substr(0, c), n)) ok = false;
                else list.push_back(n);
                v = c == std::string_view::npos ? std::string_view{} : v.substr(c + 1);
                if (c != std::string_view::npos && v.empty()) ok = false;
            }
            if (ok) mc.gomaxprocs = std::move(list);
            else err("gomaxprocs: expected positive integers like 1,2,4, got \"" + val + "\"");
        } else if (key == "cpus") {
            if (!parsePositive(val, mc.cpus)) err("cpus: expected a positive integer, got \"" + val + "\"");
        } else if (key == "quota") {
            if (validQuota(val)) mc.quota = val;
            else err("quota: expected a number of cores like 0.5 or none, got \"" + val + "\"");
        } else if (key == "go") {
            if (validGo(val)) mc.go = val;
            else err("go: expected a Go version like 1.22, got \"" + val + "\"");
        } else if (key == "maxprocs-policy") {
            if (!val.empty()) mc.maxprocsPolicy = val;
            else err("maxprocs-policy: expected a policy name, got \"\"");
        } else if (key == "env") {
            size_t e2 = val.find('=');
            if (e2 == std::string::npos || e2 == 0) err("env: expected KEY=VALUE, got \"" + val + "\"");
            else mc.env[val.substr(0, e2)] = val.substr(e2 + 1);
        }
        // Unknown keys: kept in raw, never an error (scenario-language.md).
    }
    return mc;
}

} // namespace gsl::lang
