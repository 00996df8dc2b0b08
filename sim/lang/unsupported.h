// unsupported.h — names that are valid Go but outside the v1 subset, so the
// checker can say "unsupported: X (scenario language v1)" instead of
// "undefined: X".
#pragma once

#include "sim/lang/universe.h"

#include <string_view>

namespace gsl::lang {

// isUnsupportedPredeclared: float64, complex128, int8, uint, uintptr, complex, real, ...
bool isUnsupportedPredeclared(std::string_view name);
// isGo121Builtin: min, max and clear, predeclared from Go 1.21 (before it, Go
// says "undefined: min"; from it they are valid Go outside the v1 subset).
bool isGo121Builtin(std::string_view name);
// isKnownLibraryName: a real exported name of a supported package that we do
// not implement (strings.Fields, fmt.Fprintf, time.Ticker, sync.Cond, ...).
bool isKnownLibraryName(Package pkg, std::string_view name);

} // namespace gsl::lang
