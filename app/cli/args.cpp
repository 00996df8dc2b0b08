#include "args.h"

#include <set>

namespace gsl::cli {

bool isSwitch(const std::string &name)
{
    static const std::set<std::string> switches = {"race", "scheddetail", "exhaustive", "help", "trace-text",
                                                   "invariants", "quiet", "predictive", "version", "all-outcomes"};
    return switches.count(name) > 0;
}

bool Args::has(const std::string &name) const
{
    for (auto &f : flags)
        if (f.first == name) return true;
    return false;
}

std::string Args::value(const std::string &name, const std::string &def) const
{
    std::string v = def;
    for (auto &f : flags)
        if (f.first == name) v = f.second;   // last one wins
    return v;
}

std::string parseArgs(int argc, char **argv, Args &out)
{
    int i = 1;
    if (i < argc) out.command = argv[i++];
    for (; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-o") {
            if (i + 1 >= argc) return "-o needs a file name";
            out.flags.emplace_back("o", argv[++i]);
            continue;
        }
        if (a == "-h") {
            out.flags.emplace_back("help", "");
            continue;
        }
        if (a.rfind("--", 0) == 0 && a.size() > 2) {
            std::string name = a.substr(2), value;
            size_t eq = name.find('=');
            if (eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
                if (isSwitch(name)) return "--" + name + " takes no value";
            } else if (!isSwitch(name)) {
                if (i + 1 >= argc) return "--" + name + " needs a value";
                value = argv[++i];
            }
            out.flags.emplace_back(name, value);
            continue;
        }
        if (a.size() > 1 && a[0] == '-') return "unknown option " + a;
        out.positional.push_back(a);
    }
    return "";
}

} // namespace gsl::cli
