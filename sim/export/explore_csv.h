// explore_csv.h — exploration results as CSV (RFC 4180), for spreadsheets:
// `goschedlab-cli explore FILE --format csv`. The columns are those of the
// fixed TSV format (cli.md) plus the Wilson 95 % interval of the share:
//   gomaxprocs,cpus,quota,go,outcome,exit,races,count,share,share_lo,share_hi,correct,seed
// Fields holding a comma, a double quote or a line break are quoted, with
// inner quotes doubled; lines end with CRLF as RFC 4180 says.
#pragma once

#include "sim/explore/explorer.h"

#include <string>
#include <string_view>

namespace gsl::exports {

std::string formatExploreCsv(const explore::ExploreResult &r);
// csvField quotes one field when it needs it.
std::string csvField(std::string_view s);

} // namespace gsl::exports
