// json.cpp — strict recursive-descent JSON parser and string escaping.
#include "sim/export/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace gsl::exports {

const JsonValue *JsonValue::find(std::string_view key) const
{
    if (type != Type::Object) return nullptr;
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return &items[i];
    return nullptr;
}

std::string JsonValue::stringOr(std::string_view key, const std::string &def) const
{
    const JsonValue *v = find(key);
    return v && v->isString() ? v->string : def;
}

double JsonValue::numberOr(std::string_view key, double def) const
{
    const JsonValue *v = find(key);
    return v && v->isNumber() ? v->number : def;
}

namespace {

class Parser
{
public:
    explicit Parser(std::string_view s) : m_s(s) {}

    std::string parse(JsonValue &out)
    {
        skipWs();
        if (!value(out, 0)) return m_error;
        skipWs();
        if (m_i != m_s.size()) return fail("trailing characters after the value");
        return "";
    }

private:
    std::string fail(const std::string &what)
    {
        if (m_error.empty()) m_error = "offset " + std::to_string(m_i) + ": " + what;
        return m_error;
    }
    bool bad(const std::string &what)
    {
        fail(what);
        return false;
    }
    void skipWs()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool literal(std::string_view word)
    {
        if (m_s.substr(m_i, word.size()) != word) return bad("invalid literal");
        m_i += word.size();
        return true;
    }
    bool value(JsonValue &out, int depth)
    {
        if (depth > 256) return bad("nesting too deep");
        if (m_i >= m_s.size()) return bad("unexpected end of input");
        char c = m_s[m_i];
        switch (c) {
        case '{': return object(out, depth);
        case '[': return array(out, depth);
        case '"': out.type = JsonValue::Type::String; return string(out.string);
        case 't': out.type = JsonValue::Type::Bool; out.boolean = true; return literal("true");
        case 'f': out.type = JsonValue::Type::Bool; out.boolean = false; return literal("false");
        case 'n': out.type = JsonValue::Type::Null; return literal("null");
        default: return number(out);
        }
    }
    bool object(JsonValue &out, int depth)
    {
        out.type = JsonValue::Type::Object;
        ++m_i;
        skipWs();
        if (m_i < m_s.size() && m_s[m_i] == '}') { ++m_i; return true; }
        for (;;) {
            skipWs();
            if (m_i >= m_s.size() || m_s[m_i] != '"') return bad("expected a string key");
            std::string key;
            if (!string(key)) return false;
            skipWs();
            if (m_i >= m_s.size() || m_s[m_i] != ':') return bad("expected ':'");
            ++m_i;
            skipWs();
            out.keys.push_back(std::move(key));
            out.items.emplace_back();
            if (!value(out.items.back(), depth + 1)) return false;
            skipWs();
            if (m_i < m_s.size() && m_s[m_i] == ',') { ++m_i; continue; }
            if (m_i < m_s.size() && m_s[m_i] == '}') { ++m_i; return true; }
            return bad("expected ',' or '}'");
        }
    }
    bool array(JsonValue &out, int depth)
    {
        out.type = JsonValue::Type::Array;
        ++m_i;
        skipWs();
        if (m_i < m_s.size() && m_s[m_i] == ']') { ++m_i; return true; }
        for (;;) {
            skipWs();
            out.items.emplace_back();
            if (!value(out.items.back(), depth + 1)) return false;
            skipWs();
            if (m_i < m_s.size() && m_s[m_i] == ',') { ++m_i; continue; }
            if (m_i < m_s.size() && m_s[m_i] == ']') { ++m_i; return true; }
            return bad("expected ',' or ']'");
        }
    }
    static void putUtf8(std::string &out, uint32_t cp)
    {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xc0 | (cp >> 6)); out += char(0x80 | (cp & 0x3f)); }
        else if (cp < 0x10000) {
            out += char(0xe0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3f)); out += char(0x80 | (cp & 0x3f));
        } else {
            out += char(0xf0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3f));
            out += char(0x80 | ((cp >> 6) & 0x3f)); out += char(0x80 | (cp & 0x3f));
        }
    }
    bool hex4(uint32_t &v)
    {
        if (m_i + 4 > m_s.size()) return bad("short \\u escape");
        v = 0;
        for (int k = 0; k < 4; ++k) {
            char h = m_s[m_i++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= uint32_t(h - '0');
            else if (h >= 'a' && h <= 'f') v |= uint32_t(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= uint32_t(h - 'A' + 10);
            else return bad("bad hex digit in \\u escape");
        }
        return true;
    }
    bool string(std::string &out)
    {
        ++m_i;  // opening quote
        while (m_i < m_s.size()) {
            char c = m_s[m_i++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return bad("control character in string");
            if (c != '\\') { out += c; continue; }
            if (m_i >= m_s.size()) break;
            char e = m_s[m_i++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                uint32_t cp;
                if (!hex4(cp)) return false;
                if (cp >= 0xd800 && cp < 0xdc00 && m_s.substr(m_i, 2) == "\\u") {
                    m_i += 2;
                    uint32_t lo;
                    if (!hex4(lo)) return false;
                    if (lo < 0xdc00 || lo >= 0xe000) return bad("unpaired surrogate");
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
                putUtf8(out, cp);
                break;
            }
            default: return bad("invalid escape");
            }
        }
        return bad("unterminated string");
    }
    bool number(JsonValue &out)
    {
        size_t st = m_i;
        auto digits = [&] {
            size_t d = m_i;
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9') ++m_i;
            return m_i > d;
        };
        if (m_i < m_s.size() && m_s[m_i] == '-') ++m_i;
        if (m_i < m_s.size() && m_s[m_i] == '0') ++m_i;
        else if (!digits()) return bad("invalid value");
        if (m_i < m_s.size() && m_s[m_i] == '.') { ++m_i; if (!digits()) return bad("digits expected after '.'"); }
        if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            ++m_i;
            if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-')) ++m_i;
            if (!digits()) return bad("digits expected in exponent");
        }
        out.type = JsonValue::Type::Number;
        std::string tmp(m_s.substr(st, m_i - st));
        out.number = std::strtod(tmp.c_str(), nullptr);
        return true;
    }

    std::string_view m_s;
    size_t m_i = 0;
    std::string m_error;
};

} // namespace

std::string parseJson(std::string_view text, JsonValue &out)
{
    out = JsonValue{};
    return Parser(text).parse(out);
}

std::string jsonEscape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out;
}

void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    out += jsonEscape(s);
    out += '"';
}

void appendMicros(std::string &out, int64_t ns)
{
    if (ns < 0) { out += '-'; ns = -ns; }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%03lld", static_cast<long long>(ns / 1000), static_cast<long long>(ns % 1000));
    out += buf;
}

} // namespace gsl::exports
