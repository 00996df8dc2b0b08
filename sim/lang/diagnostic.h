// diagnostic.h — user-facing errors of the front end (and of loading a file).
//
// A diagnostic is a value with a position; whichever front end shows it
// formats it as `file.go:LINE:COL: message`, like the Go compiler.
#pragma once

#include <string>
#include <vector>

namespace gsl::lang {

struct Diagnostic {
    enum Kind { Syntax, Type, Unsupported, Io };
    std::string file;
    int line = 0;
    int col = 0;
    std::string message;
    Kind kind = Type;

    // format returns "file.go:LINE:COL: message" ("file.go: message" when the
    // diagnostic has no position, e.g. an unreadable file).
    std::string format() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

// finishDiagnostics sorts by position (stable, so equal positions keep report
// order), drops exact duplicates and, as gc does, keeps the first 10 and adds
// a "too many errors" line at the position of the 11th.
void finishDiagnostics(std::vector<Diagnostic> &diags);

// formatDiagnostics joins format() of each diagnostic with '\n' (no trailing newline).
std::string formatDiagnostics(const std::vector<Diagnostic> &diags);

} // namespace gsl::lang
