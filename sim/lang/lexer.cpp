#include "sim/lang/lexer.h"

namespace gsl::lang {

namespace {
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hexVal(char c) { return isDigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10; }
} // namespace

Lexer::Lexer(std::string_view src) : m_src(src)
{
    // A leading BOM is ignored, as go/scanner does.
    if (m_src.substr(0, 3) == "\xEF\xBB\xBF") m_off = 3, m_lineStart = 3;
}

void Lexer::error(Pos p, std::string msg)
{
    // Bound the work on garbage input: a file of random bytes would otherwise
    // produce one error per byte.
    if (m_errors.size() < 100) m_errors.push_back({p, std::move(msg)});
}

int Lexer::decodeUtf8(size_t off, uint32_t &cp) const
{
    auto b = [&](size_t i) { return uint8_t(m_src[off + i]); };
    size_t n = m_src.size() - off;
    uint8_t c = b(0);
    if (c < 0x80) { cp = c; return 1; }
    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c < 0xF0 ? 3 : 0) : c >= 0xC2 ? 2 : 0;
    if (len == 0 || size_t(len) > n) return 0;
    cp = c & (0xFF >> (len + 1));
    for (int i = 1; i < len; ++i) {
        if ((b(i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i) & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return len;
}

// skipWhitespaceAndComments returns true if a newline (or a comment containing
// one, or EOF) was crossed while a semicolon is pending: the caller emits it.
bool Lexer::skipWhitespaceAndComments(Pos &nlPos)
{
    while (m_off < m_src.size()) {
        char c = m_src[m_off];
        if (c == '\n') {
            if (m_insertSemi) { nlPos = posAt(m_off); return true; }
            ++m_off;
            newline(m_off);
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++m_off;
        } else if (c == '/' && m_off + 1 < m_src.size() && m_src[m_off + 1] == '/') {
            if (m_insertSemi) { nlPos = posAt(m_off); return true; }
            while (m_off < m_src.size() && m_src[m_off] != '\n') ++m_off;
        } else if (c == '/' && m_off + 1 < m_src.size() && m_src[m_off + 1] == '*') {
            Pos start = posAt(m_off);
            m_off += 2;
            bool hadNewline = false, closed = false;
            while (m_off < m_src.size()) {
                if (m_src[m_off] == '*' && m_off + 1 < m_src.size() && m_src[m_off + 1] == '/') { m_off += 2; closed = true; break; }
                if (m_src[m_off] == '\n') { hadNewline = true; newline(m_off + 1); }
                ++m_off;
            }
            if (!closed) error(start, "comment not terminated");
            if ((hadNewline || !closed) && m_insertSemi) { nlPos = start; return true; }
        } else {
            return false;
        }
    }
    if (m_insertSemi) { nlPos = posAt(m_off); return true; }
    return false;
}

Token Lexer::next()
{
    Token t;
    Pos nl;
    if (skipWhitespaceAndComments(nl)) {
        m_insertSemi = false;
        t.tok = Tok::Semicolon;
        t.pos = nl;
        t.lit = "\n";
        return t;
    }
    t.pos = posAt(m_off);
    if (m_off >= m_src.size()) { t.tok = Tok::Eof; return t; }
    size_t start = m_off;
    char c = m_src[m_off];
    bool insert = false;
    if (isLetter(c) || uint8_t(c) >= 0x80) {
        while (m_off < m_src.size()) {
            char d = m_src[m_off];
            if (isLetter(d) || isDigit(d)) { ++m_off; continue; }
            if (uint8_t(d) >= 0x80) {
                uint32_t cp;
                int n = decodeUtf8(m_off, cp);
                if (n == 0) {
                    error(posAt(m_off), "invalid UTF-8 encoding");
                    ++m_off;
                    if (m_off - start == 1) { t.tok = Tok::Illegal; t.lit = m_src.substr(start, 1); return t; }
                    continue;
                }
                // Simplification: every non-ASCII code point counts as a letter.
                m_off += size_t(n);
                continue;
            }
            break;
        }
        t.lit = m_src.substr(start, m_off - start);
        t.tok = lookupKeyword(t.lit);
        insert = t.tok == Tok::Ident || t.tok == Tok::Break || t.tok == Tok::Continue
                 || t.tok == Tok::Fallthrough || t.tok == Tok::Return;
        m_insertSemi = insert;
        return t;
    }
    if (isDigit(c) || (c == '.' && m_off + 1 < m_src.size() && isDigit(m_src[m_off + 1]))) {
        scanNumber(t);
        m_insertSemi = true;
        return t;
    }
    auto peek = [&](size_t k) { return m_off + k < m_src.size() ? m_src[m_off + k] : '\0'; };
    auto op = [&](Tok tok, size_t len) { t.tok = tok; m_off += len; };
    switch (c) {
    case '"': scanString(t); insert = true; break;
    case '`': scanRawString(t); insert = true; break;
    case '\'': scanRune(t); insert = true; break;
    case '(': op(Tok::LParen, 1); break;
    case ')': op(Tok::RParen, 1); insert = true; break;
    case '[': op(Tok::LBrack, 1); break;
    case ']': op(Tok::RBrack, 1); insert = true; break;
    case '{': op(Tok::LBrace, 1); break;
    case '}': op(Tok::RBrace, 1); insert = true; break;
    case ',': op(Tok::Comma, 1); break;
    case ';': op(Tok::Semicolon, 1); t.lit = ";"; break;
    case '.':
        if (peek(1) == '.' && peek(2) == '.') op(Tok::Ellipsis, 3); else op(Tok::Period, 1);
        break;
    case ':': if (peek(1) == '=') op(Tok::Define, 2); else op(Tok::Colon, 1); break;
    case '+':
        if (peek(1) == '+') { op(Tok::Inc, 2); insert = true; }
        else if (peek(1) == '=') op(Tok::AddAssign, 2); else op(Tok::Add, 1);
        break;
    case '-':
        if (peek(1) == '-') { op(Tok::Dec, 2); insert = true; }
        else if (peek(1) == '=') op(Tok::SubAssign, 2); else op(Tok::Sub, 1);
        break;
    case '*': if (peek(1) == '=') op(Tok::MulAssign, 2); else op(Tok::Mul, 1); break;
    case '/': if (peek(1) == '=') op(Tok::QuoAssign, 2); else op(Tok::Quo, 1); break;
    case '%': if (peek(1) == '=') op(Tok::RemAssign, 2); else op(Tok::Rem, 1); break;
    case '^': if (peek(1) == '=') op(Tok::XorAssign, 2); else op(Tok::Xor, 1); break;
    case '~': op(Tok::Tilde, 1); break;
    case '<':
        if (peek(1) == '-') op(Tok::Arrow, 2);
        else if (peek(1) == '<') { if (peek(2) == '=') op(Tok::ShlAssign, 3); else op(Tok::Shl, 2); }
        else if (peek(1) == '=') op(Tok::Leq, 2); else op(Tok::Lss, 1);
        break;
    case '>':
        if (peek(1) == '>') { if (peek(2) == '=') op(Tok::ShrAssign, 3); else op(Tok::Shr, 2); }
        else if (peek(1) == '=') op(Tok::Geq, 2); else op(Tok::Gtr, 1);
        break;
    case '=': if (peek(1) == '=') op(Tok::Eql, 2); else op(Tok::Assign, 1); break;
    case '!': if (peek(1) == '=') op(Tok::Neq, 2); else op(Tok::Not, 1); break;
    case '&':
        if (peek(1) == '^') { if (peek(2) == '=') op(Tok::AndNotAssign, 3); else op(Tok::AndNot, 2); }
        else if (peek(1) == '&') op(Tok::LAnd, 2);
        else if (peek(1) == '=') op(Tok::AndAssign, 2); else op(Tok::And, 1);
        break;
    case '|':
        if (peek(1) == '|') op(Tok::LOr, 2); else if (peek(1) == '=') op(Tok::OrAssign, 2); else op(Tok::Or, 1);
        break;
    default:
        if (c == '\0') error(t.pos, "invalid NUL character");
        else error(t.pos, std::string("invalid character U+00") + "0123456789ABCDEF"[(uint8_t(c) >> 4)]
                              + "0123456789ABCDEF"[uint8_t(c) & 15]);
        ++m_off;
        t.tok = Tok::Illegal;
        insert = m_insertSemi;
        break;
    }
    if (t.lit.empty()) t.lit = m_src.substr(start, m_off - start);
    m_insertSemi = insert;
    return t;
}

void Lexer::scanNumber(Token &t)
{
    size_t start = m_off;
    auto at = [&](size_t i) { return i < m_src.size() ? m_src[i] : '\0'; };
    bool isFloat = false;
    char c = m_src[m_off];
    if (c == '0' && (at(m_off + 1) == 'x' || at(m_off + 1) == 'X' || at(m_off + 1) == 'b' || at(m_off + 1) == 'B'
                     || at(m_off + 1) == 'o' || at(m_off + 1) == 'O')) {
        m_off += 2;
        while (isHex(at(m_off)) || at(m_off) == '_') ++m_off;
        if (at(m_off) == '.' || at(m_off) == 'p' || at(m_off) == 'P') {
            isFloat = true;   // hex float: consumed loosely, rejected by the checker
            while (isHex(at(m_off)) || at(m_off) == '.' || at(m_off) == 'p' || at(m_off) == 'P' || at(m_off) == '_'
                   || ((at(m_off) == '+' || at(m_off) == '-') && (at(m_off - 1) == 'p' || at(m_off - 1) == 'P')))
                ++m_off;
        }
    } else {
        while (isDigit(at(m_off)) || at(m_off) == '_') ++m_off;
        if (at(m_off) == '.') { isFloat = true; ++m_off; while (isDigit(at(m_off)) || at(m_off) == '_') ++m_off; }
        if (at(m_off) == 'e' || at(m_off) == 'E') {
            isFloat = true;
            ++m_off;
            if (at(m_off) == '+' || at(m_off) == '-') ++m_off;
            if (!isDigit(at(m_off))) error(posAt(m_off), "exponent has no digits");
            while (isDigit(at(m_off)) || at(m_off) == '_') ++m_off;
        }
    }
    t.tok = isFloat ? Tok::Float : Tok::Int;
    if (at(m_off) == 'i') { ++m_off; t.tok = Tok::Imag; }
    t.lit = m_src.substr(start, m_off - start);
}

bool Lexer::scanEscape(char quote)
{
    // m_off is just past the backslash.
    if (m_off >= m_src.size()) return false;
    char c = m_src[m_off];
    int n = 0;
    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\': ++m_off; return true;
    case 'x': n = 2; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    default:
        if (c == quote) { ++m_off; return true; }
        if (c >= '0' && c <= '7') {
            for (int i = 0; i < 3; ++i, ++m_off)
                if (m_off >= m_src.size() || m_src[m_off] < '0' || m_src[m_off] > '7') { error(posAt(m_off), "invalid character in escape sequence"); return false; }
            return true;
        }
        error(posAt(m_off), "unknown escape sequence");
        return false;
    }
    ++m_off;
    for (int i = 0; i < n; ++i, ++m_off)
        if (m_off >= m_src.size() || !isHex(m_src[m_off])) { error(posAt(m_off), "invalid character in escape sequence"); return false; }
    return true;
}

void Lexer::scanString(Token &t)
{
    size_t start = m_off++;
    while (true) {
        if (m_off >= m_src.size() || m_src[m_off] == '\n') { error(t.pos, "string literal not terminated"); break; }
        char c = m_src[m_off];
        if (c == '"') { ++m_off; break; }
        if (c == '\\') { ++m_off; scanEscape('"'); continue; }
        ++m_off;
    }
    t.tok = Tok::String;
    t.lit = m_src.substr(start, m_off - start);
}

void Lexer::scanRawString(Token &t)
{
    size_t start = m_off++;
    while (true) {
        if (m_off >= m_src.size()) { error(t.pos, "raw string literal not terminated"); break; }
        char c = m_src[m_off++];
        if (c == '`') break;
        if (c == '\n') newline(m_off);
    }
    t.tok = Tok::String;
    t.lit = m_src.substr(start, m_off - start);
}

void Lexer::scanRune(Token &t)
{
    size_t start = m_off++;
    int n = 0;
    while (true) {
        if (m_off >= m_src.size() || m_src[m_off] == '\n') { error(t.pos, "rune literal not terminated"); break; }
        char c = m_src[m_off];
        if (c == '\'') { ++m_off; break; }
        ++n;
        if (c == '\\') { ++m_off; scanEscape('\''); continue; }
        uint32_t cp;
        int len = decodeUtf8(m_off, cp);
        m_off += size_t(len > 0 ? len : 1);
    }
    if (n != 1 && !m_errors.empty() && m_errors.back().pos == t.pos) {
        // already reported
    } else if (n != 1) {
        error(t.pos, n == 0 ? "empty rune literal or unescaped ' in rune literal" : "more than one character in rune literal");
    }
    t.tok = Tok::Char;
    t.lit = m_src.substr(start, m_off - start);
}

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
    else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
}

namespace {
// unescape decodes one escape at s[i] (just past '\\'); appends to out.
bool unescape(std::string_view s, size_t &i, std::string &out, bool &isByte, uint32_t &cp)
{
    if (i >= s.size()) return false;
    char c = s[i++];
    isByte = false;
    switch (c) {
    case 'a': cp = 7; break;
    case 'b': cp = 8; break;
    case 'f': cp = 12; break;
    case 'n': cp = 10; break;
    case 'r': cp = 13; break;
    case 't': cp = 9; break;
    case 'v': cp = 11; break;
    case '\\': cp = '\\'; break;
    case '\'': cp = '\''; break;
    case '"': cp = '"'; break;
    case 'x': case 'u': case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        cp = 0;
        for (int k = 0; k < n; ++k, ++i) {
            if (i >= s.size() || !isHex(s[i])) return false;
            cp = cp * 16 + uint32_t(hexVal(s[i]));
        }
        if (c == 'x') { isByte = true; out += char(cp); return true; }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        break;
    }
    default:
        if (c >= '0' && c <= '7') {
            cp = uint32_t(c - '0');
            for (int k = 0; k < 2; ++k, ++i) {
                if (i >= s.size() || s[i] < '0' || s[i] > '7') return false;
                cp = cp * 8 + uint32_t(s[i] - '0');
            }
            if (cp > 255) return false;
            isByte = true;
            out += char(cp);
            return true;
        }
        return false;
    }
    appendUtf8(out, cp);
    return true;
}
} // namespace

bool unquoteString(std::string_view raw, std::string &out)
{
    out.clear();
    if (raw.size() < 2) return false;
    char q = raw[0];
    if (raw.back() != q || (q != '"' && q != '`')) return false;
    std::string_view s = raw.substr(1, raw.size() - 2);
    if (q == '`') {
        for (char c : s) if (c != '\r') out += c;   // Go drops \r in raw strings
        return true;
    }
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '\\') {
            ++i;
            bool isByte;
            uint32_t cp;
            if (!unescape(s, i, out, isByte, cp)) return false;
        } else {
            out += s[i++];
        }
    }
    return true;
}

bool unquoteChar(std::string_view raw, int32_t &out)
{
    if (raw.size() < 3 || raw[0] != '\'' || raw.back() != '\'') return false;
    std::string_view s = raw.substr(1, raw.size() - 2);
    if (s[0] == '\\') {
        size_t i = 1;
        std::string tmp;
        bool isByte;
        uint32_t cp = 0;
        if (!unescape(s, i, tmp, isByte, cp) || i != s.size()) return false;
        out = int32_t(isByte ? uint8_t(tmp[0]) : cp);
        return true;
    }
    uint8_t c = uint8_t(s[0]);
    if (c < 0x80) { if (s.size() != 1) return false; out = c; return true; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (s.size() != size_t(len)) return false;
    uint32_t cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (uint8_t(s[k]) & 0x3F);
    out = int32_t(cp);
    return true;
}

} // namespace gsl::lang
