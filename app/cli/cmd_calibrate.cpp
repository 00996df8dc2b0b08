// calibrate -o FILE — measure a machine profile with the real Go toolchain.
// Not implemented yet (issue "Truth: measured agreement ..."): says so plainly.
#include "commands.h"
#include "common.h"

#include <iostream>

namespace gsl::cli {

int cmdCalibrate(const Args &a)
{
    (void)a;
    std::cerr << "goschedlab-cli: calibrate is not implemented yet; the bundled profile "
                 "resources/machines/default.profile documents how each cost was chosen\n";
    return kExitUsage;
}

} // namespace gsl::cli
