// oracle_report.h — the Markdown section of docs/fidelity.md that
// tst_oracle writes when GSL_FIDELITY_MD names a file (scripts/fidelity.sh).
#pragma once

#include "oracle_cells.h"
#include "oracle_data.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace gsl::validation {

inline QString mdEscape(QString s)
{
    return s.replace('|', "\\|").replace('\n', ' ');
}

// figureText is a cell's real and simulated figure for the summary table.
inline QPair<QString, QString> figures(const Cell &c)
{
    if (!c.simError.isEmpty()) return {"-", "error"};
    if (c.metric == "tvd") {
        const QString rt = c.real.byCount().value(0), st = c.sim.byCount().value(0);
        return {QString("top `%1` %2").arg(mdEscape(rt.left(40)), pct(c.real.share(rt))),
                QString("top `%1` %2").arg(mdEscape(st.left(40)), pct(c.sim.share(st)))};
    }
    if (c.metric == "exact")
        return {QString("`%1` 100%").arg(mdEscape(c.real.counts.firstKey().left(40))),
                QString("%1 %2").arg(pct(c.simValue), interval(c.simCi))};
    return {QString("%1 %2").arg(pct(c.realValue), interval(c.realCi)), QString("%1 %2").arg(pct(c.simValue), interval(c.simCi))};
}

// oracleMarkdown renders every cell, the not-compared configurations and the
// side-by-side distributions of every cell outside its bound.
inline QString oracleMarkdown(const std::vector<Cell> &cells, const QMap<GapKey, KnownGap> &gaps,
                              const QStringList &notCompared, const QString &header)
{
    int pass = 0, known = 0;
    for (const Cell &c : cells) {
        if (c.pass) ++pass;
        else if (gaps.contains(c.name())) ++known;
    }
    QString md = header;
    md += QString("\n**%1 cells compared, %2 within bounds, %3 outside (%4 of them listed in "
                  "`tests/validation/known_gaps.tsv`).**\n\n")
              .arg(cells.size()).arg(pass).arg(int(cells.size()) - pass).arg(known);
    md += "| file | GOMAXPROCS | metric | real (N) | sim (N) | distance | bound | verdict |\n";
    md += "|---|---|---|---|---|---|---|---|\n";
    for (const Cell &c : cells) {
        const auto [rf, sf] = figures(c);
        QString verdict = c.pass ? "ok" : gaps.contains(c.name()) ? "**known gap**" : "**FAIL**";
        QString dist = c.metric == "tvd" ? QString("%1 (floor %2)").arg(c.distance, 0, 'f', 3).arg(c.floor, 0, 'f', 3)
                                         : QString::number(c.distance, 'f', 3);
        md += QString("| %1 | %2 | %3 | %4 (%5) | %6 (%7) | %8 | %9 | %10 |\n")
                  .arg(c.file).arg(c.gomaxprocs).arg(c.metric, rf).arg(c.real.runs).arg(sf).arg(c.sim.runs)
                  .arg(dist).arg(c.metric == "exact" ? QString("all runs") : QString::number(c.bound, 'f', 2), verdict);
    }
    if (!notCompared.isEmpty()) {
        md += "\n### Configurations without a distribution metric\n\n"
              "More than 10 distinct outcomes cover 95 % of the real runs, so a TVD over 200 runs "
              "would measure sampling noise, not the model (their bug rate, if any, is still compared above).\n\n";
        for (const QString &n : notCompared) md += "- " + n + "\n";
    }
    md += "\n### Cells outside their bounds\n\n";
    bool any = false;
    for (const Cell &c : cells) {
        if (c.pass) continue;
        any = true;
        md += "#### " + c.name() + "\n\n";
        md += verdictLine(c) + "\n\n";
        if (gaps.contains(c.name())) md += "Likely cause: " + gaps.value(c.name()).reason + "\n\n";
        else md += "**Not listed in known_gaps.tsv: the oracle test fails on this cell.**\n\n";
        if (c.simError.isEmpty()) md += "```\n" + sideBySide(c) + "```\n\n";
    }
    if (!any) md += "None.\n";
    return md;
}

} // namespace gsl::validation
