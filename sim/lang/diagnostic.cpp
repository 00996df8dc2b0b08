#include "sim/lang/diagnostic.h"

#include <algorithm>

namespace gsl::lang {

std::string Diagnostic::format() const
{
    if (line <= 0)
        return file + ": " + message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
}

void finishDiagnostics(std::vector<Diagnostic> &diags)
{
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.line != b.line) return a.line < b.line;
        return a.col < b.col;
    });
    diags.erase(std::unique(diags.begin(), diags.end()), diags.end());
    // gc also reports at most one error per line for syntax errors; we keep
    // all distinct ones but cap the count the same way.
    constexpr size_t maxErrors = 10;
    if (diags.size() > maxErrors) {
        Diagnostic more = diags[maxErrors];
        more.message = "too many errors";
        diags.resize(maxErrors);
        diags.push_back(more);
    }
}

std::string formatDiagnostics(const std::vector<Diagnostic> &diags)
{
    std::string out;
    for (const auto &d : diags) {
        if (!out.empty()) out += '\n';
        out += d.format();
    }
    return out;
}

} // namespace gsl::lang
