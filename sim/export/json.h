// json.h — the small JSON reader and writer helpers the exports need.
//
// sim/ may not use Qt and the project takes no third-party JSON library, so
// the Chrome trace validator (chrome_trace_check.h) and the tests read JSON
// with this strict RFC 8259 parser. It is not on any hot path.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::exports {

struct JsonValue {
    enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> items;         // Array elements, or Object values
    std::vector<std::string> keys;        // Object keys, parallel to items (order kept)

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    // find returns the member named key of an object, nullptr if absent (or not an object).
    const JsonValue *find(std::string_view key) const;
    // stringOr / numberOr: the member's value when it has that type, else def.
    std::string stringOr(std::string_view key, const std::string &def = {}) const;
    double numberOr(std::string_view key, double def = 0) const;
};

// parseJson parses text as one JSON value (surrounding white space allowed).
// Returns "" on success, else "offset N: problem". Depth is capped at 256.
std::string parseJson(std::string_view text, JsonValue &out);

// jsonEscape returns s as a JSON string literal body (no quotes): ", \, control
// characters escaped; bytes >= 0x80 are passed through (the input is UTF-8).
std::string jsonEscape(std::string_view s);
// appendJsonString appends "s" (quoted, escaped) to out.
void appendJsonString(std::string &out, std::string_view s);
// appendMicros appends ns as microseconds with exactly 3 decimals ("12.345"),
// the Chrome trace timestamp unit, exact (no floating point).
void appendMicros(std::string &out, int64_t ns);

} // namespace gsl::exports
