// frontend.cpp — analyzeFile: the one-call front end (parse, then check).
#include "sim/lang/check.h"
#include "sim/lang/parse.h"

namespace gsl::lang {

FrontEndResult analyzeFile(std::string fileName, std::string_view src, GoVersion go)
{
    FrontEndResult r;
    ParseResult p = parseFile(std::move(fileName), src);
    r.file = std::move(p.file);
    r.metadata = std::move(p.metadata);
    if (!p.diagnostics.empty()) {
        // As gc: syntax errors stop compilation before type checking.
        r.diagnostics = std::move(p.diagnostics);
        return r;
    }
    CheckResult c = check(*r.file, go);
    r.diagnostics = std::move(c.diagnostics);
    return r;
}

} // namespace gsl::lang
