// compile.h — scenario source -> checked AST -> bytecode Program.
#pragma once

#include "sim/engine/go_version.h"
#include "sim/lang/diagnostic.h"
#include "sim/lang/metadata.h"
#include "sim/program/program.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::lang {

struct CompileResult {
    std::vector<Diagnostic> diagnostics;                 // front-end (and compiler) errors
    Metadata metadata;
    std::shared_ptr<const program::Program> program;     // null when there are errors
    bool ok() const { return program != nullptr; }
};

// compile parses, type-checks and compiles one scenario file for Go version
// `go` (loop-variable semantics depend on it). Never throws on bad input: an
// internal compiler limitation becomes an "unsupported: ..." diagnostic.
CompileResult compile(const std::string &fileName, std::string_view source, GoVersion go);

} // namespace gsl::lang
