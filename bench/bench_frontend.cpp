// bench_frontend — parse + check (and parse + check + compile) of every
// bundled scenario. Target: parse + check of the largest scenario well under
// 5 ms (tst_lang_check asserts the bound; this measures it).
//
//   build/bench/bench_frontend --benchmark_filter=ParseCheck
#include "sim/lang/compile.h"
#include "sim/lang/parse.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {
struct Source {
    std::string name;
    std::string text;
};

std::vector<Source> scenarios()
{
    std::vector<Source> out;
    for (const auto &e : std::filesystem::directory_iterator(GSL_SCENARIO_DIR)) {
        if (e.path().extension() != ".go") continue;
        std::ifstream f(e.path(), std::ios::binary);
        std::stringstream ss;
        ss << f.rdbuf();
        out.push_back({e.path().stem().string(), ss.str()});
    }
    std::sort(out.begin(), out.end(), [](const Source &a, const Source &b) { return a.name < b.name; });
    return out;
}

void parseCheck(benchmark::State &state, const std::string &text)
{
    for (auto _ : state) {
        auto r = gsl::lang::analyzeFile("s.go", text, gsl::GoVersion{1, 22});
        benchmark::DoNotOptimize(r.file.get());
        if (!r.ok()) state.SkipWithError("scenario has diagnostics");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}

void parseCheckCompile(benchmark::State &state, const std::string &text)
{
    for (auto _ : state) {
        auto r = gsl::lang::compile("s.go", text, gsl::GoVersion{1, 22});
        benchmark::DoNotOptimize(&r);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}

const bool kRegistered = [] {
    // Sources live for the whole run: registered benchmarks capture them.
    static const std::vector<Source> sources = scenarios();
    for (const auto &s : sources) {
        benchmark::RegisterBenchmark(("ParseCheck/" + s.name).c_str(), parseCheck, s.text)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("ParseCheckCompile/" + s.name).c_str(), parseCheckCompile, s.text)
            ->Unit(benchmark::kMicrosecond);
    }
    return true;
}();
} // namespace

BENCHMARK_MAIN();
