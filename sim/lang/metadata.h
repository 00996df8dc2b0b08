// metadata.h — the comment block before `package main` (scenario-language.md):
// `// Key: value` lines; a line `//   more` (indented by at least two spaces
// after //, or a tab as gofmt writes it) continues the previous key, joined with
// one space; an empty `//` line between them is skipped.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gsl::lang {

struct Metadata {
    std::string title;       // "Scenario" key
    std::string topic;
    std::string lesson;
    std::string correct;     // regex source over the outcome line
    std::string config;      // raw Config value
    std::vector<std::pair<std::string, std::string>> all;   // every key in order, unknown keys included
    int configLine = 0;      // line of the Config key (for diagnostics), 0 if absent

    // value returns the value of a key ("" if absent).
    std::string value(std::string_view key) const;
    friend bool operator==(const Metadata &, const Metadata &) = default;
};

// parseMetadata reads the leading comment block of a source file: the
// comments up to the `package` clause (a blank line does not end it).
Metadata parseMetadata(std::string_view src);

// MetaConfig is the `Config:` line split into its words. The authoritative
// interpretation for runs is gsl::run::applyConfigLine (sim/run/config_text.h);
// this one exists so the front end can report bad values with a position.
struct MetaConfig {
    std::vector<int> gomaxprocs;              // gomaxprocs=1,2,4
    int cpus = 0;                             // 0 = not given
    std::string quota;                        // "none", "0.5", "2" ("" = not given)
    std::string go;                           // "1.22" ("" = not given)
    std::string maxprocsPolicy;               // maxprocs-policy=...
    std::map<std::string, std::string> env;   // env=KEY=VALUE (repeatable)
    std::vector<std::pair<std::string, std::string>> raw;  // every word, in order
};

// parseConfig splits a Config value into words key=value. Errors (one line
// each, e.g. `gomaxprocs: expected positive integers like 1,2,4, got "x"`)
// are appended to *errors; unknown keys are kept in raw without error.
MetaConfig parseConfig(const std::string &config, std::vector<std::string> *errors = nullptr);

} // namespace gsl::lang
