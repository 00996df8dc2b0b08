// lexer.h — a hand-written Go scanner (go/scanner) with automatic semicolon
// insertion. Robust on arbitrary bytes: every byte is consumed, errors are
// reported through the error sink and scanning continues.
#pragma once

#include "sim/lang/token.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::lang {

struct Token {
    Tok tok = Tok::Eof;
    Pos pos;
    std::string_view lit;   // identifier / literal source text; "\n" or ";" for semicolons
};

struct LexError {
    Pos pos;
    std::string message;
};

class Lexer {
public:
    explicit Lexer(std::string_view src);
    // next scans the next token (comments are skipped).
    Token next();
    const std::vector<LexError> &errors() const { return m_errors; }

private:
    void error(Pos p, std::string msg);
    Pos posAt(size_t off) const { return Pos{m_line, int(off - m_lineStart) + 1}; }
    void newline(size_t offAfter) { ++m_line; m_lineStart = offAfter; }
    bool skipWhitespaceAndComments(Pos &nlPos);
    void scanNumber(Token &t);
    void scanString(Token &t);
    void scanRawString(Token &t);
    void scanRune(Token &t);
    bool scanEscape(char quote);
    int decodeUtf8(size_t off, uint32_t &cp) const;   // byte length, 0 if invalid

    std::string_view m_src;
    size_t m_off = 0;
    int m_line = 1;
    size_t m_lineStart = 0;
    bool m_insertSemi = false;
    std::vector<LexError> m_errors;
};

// unquoteString decodes an interpreted ("...") or raw (`...`) string literal.
bool unquoteString(std::string_view raw, std::string &out);
// unquoteChar decodes a rune literal ('a', '\n', '\x41', '\u00e9').
bool unquoteChar(std::string_view raw, int32_t &out);
// appendUtf8 encodes a code point (invalid ones as U+FFFD).
void appendUtf8(std::string &out, uint32_t cp);

} // namespace gsl::lang
