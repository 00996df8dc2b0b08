#include "commands.h"

namespace gsl::cli {

const Command *findCommand(const std::string &name)
{
    static const Command table[] = {
        {"run", cmdRun},         {"check", cmdCheck},     {"list", cmdList},   {"explore", cmdExplore},
        {"explain", cmdExplain}, {"trace", cmdTrace},     {"report", cmdReport}, {"calibrate", cmdCalibrate},
    };
    for (const Command &c : table)
        if (name == c.name) return &c;
    return nullptr;
}

} // namespace gsl::cli
