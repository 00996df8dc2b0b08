// parse.h — entry points of the front end: parse (parser.cpp) and the
// one-call front end (parse + check) that the compiler and the tools use.
#pragma once

#include "sim/engine/go_version.h"
#include "sim/lang/ast.h"
#include "sim/lang/diagnostic.h"
#include "sim/lang/metadata.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gsl::lang {

struct ParseResult {
    std::unique_ptr<File> file;              // never null; partial on syntax errors
    std::vector<Diagnostic> diagnostics;     // syntax and unsupported-syntax errors, sorted, capped
    Metadata metadata;
    bool ok() const { return diagnostics.empty(); }
};

// parseFile parses one Go source file. Never throws on bad input; recursion
// is bounded (deep nesting -> "unsupported: nesting too deep").
ParseResult parseFile(std::string fileName, std::string_view src);

struct FrontEndResult {
    std::unique_ptr<File> file;              // checked when ok()
    std::vector<Diagnostic> diagnostics;     // sorted, at most 10 + "too many errors"
    Metadata metadata;
    bool ok() const { return diagnostics.empty(); }
};

// analyzeFile = parseFile + check (check.h). As gc does, type checking runs
// only when there are no syntax errors.
FrontEndResult analyzeFile(std::string fileName, std::string_view src, GoVersion go);

} // namespace gsl::lang
