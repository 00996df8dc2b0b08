// rows.h — reads the `=== name [tags]` data files of tests/sim/lang/data.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace gsl::lang::test {

struct Row {
    std::string name;
    std::string header;   // whole header line after "=== "
    std::string source;
    std::string expected; // text after a "---" line (diagnostics.txt), trimmed
};

inline std::string readFile(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline std::vector<Row> readRows(const std::string &path)
{
    std::vector<Row> rows;
    std::istringstream in(readFile(path));
    std::string line;
    Row *cur = nullptr;
    bool inExpected = false;
    while (std::getline(in, line)) {
        if (line.rfind("=== ", 0) == 0) {
            rows.push_back({});
            cur = &rows.back();
            cur->header = line.substr(4);
            cur->name = cur->header.substr(0, cur->header.find(' '));
            inExpected = false;
            continue;
        }
        if (!cur) continue;
        if (line == "---") { inExpected = true; continue; }
        if (inExpected) {
            if (!line.empty()) cur->expected += (cur->expected.empty() ? "" : "\n") + line;
        } else {
            cur->source += line + "\n";
        }
    }
    return rows;
}

} // namespace gsl::lang::test
