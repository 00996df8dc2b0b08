// fuzz_frontend.cpp — libFuzzer target: parse + check arbitrary bytes.
// The front end must never crash, hang or exhaust the stack on any input
// (tests/fuzz/README.md says how to run it).
#include "sim/lang/parse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string_view src(reinterpret_cast<const char *>(data), size);
    // Alternate the Go version on the first byte so both range-over-int paths run.
    gsl::GoVersion go = size > 0 && (data[0] & 1) ? gsl::GoVersion{1, 21} : gsl::GoVersion{1, 22};
    gsl::lang::FrontEndResult r = gsl::lang::analyzeFile("fuzz.go", src, go);
    for (const auto &d : r.diagnostics) (void)d.format();
    return 0;
}
