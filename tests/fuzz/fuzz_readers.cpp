// fuzz_readers.cpp — libFuzzer target: arbitrary bytes into every reader of
// user-supplied text outside the Go front end (tests/fuzz/README.md):
//   - trace::parseTraceText (the `--trace-text` / golden trace format);
//     when it accepts the input, the canonical text must round-trip;
//   - parseMachineProfile (`--machine FILE`, the GUI's machine profiles);
//   - lang::parseMetadata (a scenario's comment block);
//   - run::applyConfigLine (a scenario's `Config:` line, the GUI's last
//     configuration) and run::applyKey on "key value" lines (CLI flags);
//     every accepted configuration is then validated.
// None may crash, hang, or report an error without a message.
#include "sim/engine/machine_profile.h"
#include "sim/lang/metadata.h"
#include "sim/run/config_text.h"
#include "sim/trace/trace.h"
#include "sim/trace/trace_text.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_readers: property failed: %s\n", what);
        std::abort();
    }
}

void traceText(std::string_view text)
{
    gsl::trace::Trace t;
    std::string err;
    if (!gsl::trace::parseTraceText(text, t, &err)) {
        check(!err.empty(), "parseTraceText failed without a message");
        return;
    }
    // Canonical text -> parse -> same canonical text.
    const std::string canon = gsl::trace::traceText(t);
    gsl::trace::Trace t2;
    std::string err2;
    check(gsl::trace::parseTraceText(canon, t2, &err2), "parseTraceText rejects its own output");
    check(gsl::trace::traceText(t2) == canon, "trace text does not round-trip");
    check(t2.size() == t.size(), "round-trip changed the event count");
}

void machineProfile(std::string_view text)
{
    gsl::MachineProfileLoad l = gsl::parseMachineProfile(text);
    if (!l.ok) {
        check(!l.error.empty(), "parseMachineProfile failed without a message");
        return;
    }
    // What we write we read back.
    gsl::MachineProfileLoad again = gsl::parseMachineProfile(gsl::machineProfileText(l.profile));
    check(again.ok, "parseMachineProfile rejects machineProfileText");
}

void config(std::string_view text)
{
    gsl::run::ConfigSpec spec;
    const std::string problem = gsl::run::applyConfigLine(spec, text);
    if (problem.empty()) {
        (void)gsl::runtime::validate(spec.base);
        // expand() multiplies the lists: bounded by what the parser accepted.
        if (spec.gomaxprocsList.size() * std::max<size_t>(1, spec.quotaUsList.size()) *
                std::max<size_t>(1, spec.goList.size()) <= 4096)
            (void)spec.expand();
    }
    // "key value" per line, as CLI flags arrive.
    gsl::run::ConfigSpec flags;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        size_t sp = line.find(' ');
        std::string_view key = line.substr(0, sp);
        std::string_view value = sp == std::string_view::npos ? std::string_view() : line.substr(sp + 1);
        const std::string p = gsl::run::applyKey(flags, key, value);
        if (!p.empty()) check(p.find('\n') == std::string::npos, "applyKey message spans lines");
    }
    (void)gsl::runtime::validate(flags.base);
    gsl::SimDur d = 0;
    (void)gsl::run::parseDuration(text, d);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    traceText(text);
    machineProfile(text);
    (void)gsl::lang::parseMetadata(text);
    config(text);
    return 0;
}
