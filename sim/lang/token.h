// token.h — lexical tokens of Go (go/token), positions.
#pragma once

#include <cstdint>
#include <string_view>

namespace gsl::lang {

// Pos is a 1-based line and column (column counted in bytes, as gc does).
struct Pos {
    int line = 0;
    int col = 0;
    bool valid() const { return line > 0; }
    friend bool operator==(const Pos &, const Pos &) = default;
    friend bool operator<(const Pos &a, const Pos &b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }
};

enum class Tok : uint8_t {
    Illegal, Eof, Comment,
    // literals
    Ident, Int, Float, Imag, Char, String,
    // operators
    Add, Sub, Mul, Quo, Rem,                 // + - * / %
    And, Or, Xor, Shl, Shr, AndNot,          // & | ^ << >> &^
    AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign,
    AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign, AndNotAssign,
    LAnd, LOr, Arrow, Inc, Dec,              // && || <- ++ --
    Eql, Lss, Gtr, Assign, Not,              // == < > = !
    Neq, Leq, Geq, Define, Ellipsis,         // != <= >= := ...
    LParen, LBrack, LBrace, Comma, Period,
    RParen, RBrack, RBrace, Semicolon, Colon,
    Tilde,
    // keywords
    Break, Case, Chan, Const, Continue, Default, Defer, Else, Fallthrough, For,
    Func, Go, Goto, If, Import, Interface, Map, Package, Range, Return, Select,
    Struct, Switch, Type, Var,
};

// tokString returns Go's spelling of a token ("+", "func", "EOF", "name").
std::string_view tokString(Tok t);
// lookupKeyword returns the keyword token for an identifier, or Tok::Ident.
Tok lookupKeyword(std::string_view ident);
// precedence of a binary operator (Go spec: 5 highest, 1 = ||), 0 if not binary.
int precedence(Tok t);
inline bool isAssignOp(Tok t) { return t >= Tok::AddAssign && t <= Tok::AndNotAssign; }
// assignOpBase maps += to +, etc.
Tok assignOpBase(Tok t);

} // namespace gsl::lang
