// check.h — the type checker: fills types, modes, constant values and
// objects into a parsed File (see ast.h "checker:" fields).
#pragma once

#include "sim/engine/go_version.h"
#include "sim/lang/ast.h"
#include "sim/lang/diagnostic.h"

#include <vector>

namespace gsl::lang {

struct CheckResult {
    std::vector<Diagnostic> diagnostics;     // sorted, capped at 10 + "too many errors"
    bool ok() const { return diagnostics.empty(); }
};

// check type-checks a File produced by parseFile without syntax errors. The
// Go version matters for range-over-int (1.22) and is recorded nowhere else:
// loop-variable semantics are the compiler's business (Object::isLoopVar).
CheckResult check(File &file, GoVersion go);

} // namespace gsl::lang
