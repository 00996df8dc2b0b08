// compile.cpp — compile(): front end (parse + check) then code generation.
#include "sim/lang/compile.h"

#include "sim/lang/codegen.h"
#include "sim/lang/parse.h"
#include "sim/program/loop_accel.h"

namespace gsl::lang {

CompileResult compile(const std::string &fileName, std::string_view source, GoVersion go)
{
    CompileResult r;
    FrontEndResult fe = analyzeFile(fileName, source, go);
    r.metadata = fe.metadata;
    r.diagnostics = fe.diagnostics;
    if (!fe.ok() || !fe.file) return r;
    try {
        Codegen cg(*fe.file, go);
        std::shared_ptr<program::Program> prog = cg.run();
        program::planLoops(*prog);
        r.program = std::move(prog);
    } catch (const CodegenError &e) {
        r.diagnostics.push_back({fileName, e.pos.line, e.pos.col,
                                 std::string("unsupported: ") + e.what() + " (scenario language v1)",
                                 Diagnostic::Unsupported});
        r.program.reset();
    } catch (const std::exception &e) {
        r.diagnostics.push_back({fileName, 1, 1, std::string("unsupported: internal compiler error: ") + e.what(),
                                 Diagnostic::Unsupported});
        r.program.reset();
    }
    return r;
}

} // namespace gsl::lang
