#include "sim/lang/token.h"

#include <array>

namespace gsl::lang {

namespace {
constexpr std::array<std::string_view, size_t(Tok::Var) + 1> kTokNames = {
    "ILLEGAL", "EOF", "COMMENT",
    "name", "literal", "literal", "literal", "literal", "literal",
    "+", "-", "*", "/", "%",
    "&", "|", "^", "<<", ">>", "&^",
    "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "<<=", ">>=", "&^=",
    "&&", "||", "<-", "++", "--",
    "==", "<", ">", "=", "!",
    "!=", "<=", ">=", ":=", "...",
    "(", "[", "{", ",", ".",
    ")", "]", "}", ";", ":",
    "~",
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
    "struct", "switch", "type", "var",
};
} // namespace

std::string_view tokString(Tok t)
{
    return kTokNames[size_t(t)];
}

Tok lookupKeyword(std::string_view s)
{
    if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v') return Tok::Ident;
    for (size_t i = size_t(Tok::Break); i <= size_t(Tok::Var); ++i)
        if (kTokNames[i] == s) return Tok(i);
    return Tok::Ident;
}

int precedence(Tok t)
{
    switch (t) {
    case Tok::LOr: return 1;
    case Tok::LAnd: return 2;
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: return 3;
    case Tok::Add: case Tok::Sub: case Tok::Or: case Tok::Xor: return 4;
    case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::Shl: case Tok::Shr: case Tok::And: case Tok::AndNot: return 5;
    default: return 0;
    }
}

Tok assignOpBase(Tok t)
{
    switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
    }
}

} // namespace gsl::lang
