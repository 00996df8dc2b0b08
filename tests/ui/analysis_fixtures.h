// analysis_fixtures.h — small scenarios for the ui.races_* / ui.explore_* tests:
// a lost-update counter short enough to run dozens of times in a test.
#pragma once

#include <QString>

namespace gsl::test {

// racyCounter: two goroutines do counter++ `n` times; Correct is counter=2n.
inline QString racyCounter(int n)
{
    return QStringLiteral(
               "// Scenario: small racy counter\n"
               "// Topic: races\n"
               "// Correct: ^counter=%1$\n"
               "package main\n"
               "\n"
               "import (\n"
               "\t\"fmt\"\n"
               "\t\"sync\"\n"
               ")\n"
               "\n"
               "func main() {\n"
               "\tcounter := 0\n"
               "\tvar wg sync.WaitGroup\n"
               "\twg.Add(2)\n"
               "\tfor g := 0; g < 2; g++ {\n"
               "\t\tgo func() {\n"
               "\t\t\tdefer wg.Done()\n"
               "\t\t\tfor i := 0; i < %2; i++ {\n"
               "\t\t\t\tcounter++\n"
               "\t\t\t}\n"
               "\t\t}()\n"
               "\t}\n"
               "\twg.Wait()\n"
               "\tfmt.Printf(\"counter=%d\\n\", counter)\n"
               "}\n")
        .arg(2 * n)
        .arg(n);
}

// The line of `counter++` in racyCounter (1-based).
constexpr int kCounterLine = 19;

} // namespace gsl::test
