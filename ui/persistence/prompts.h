// prompts.h — the questions the safety features ask (recover an edit, reload
// a file changed on disk, save before closing), in one place so tests and
// unattended runs can answer them: GOSCHEDLAB_AUTO_ANSWER=accept picks the
// first choice (Recover / Reload / Save), =reject the second (Discard / Keep
// mine / Discard); unset, a message box asks.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace gsl::ui {

// ask shows a question with `choices` (first = the safe/accepting one) and
// returns the index picked, or -1 (Escape / Cancel). `details` goes to the
// box's detailed text. The box's objectName is `objectName` (tests find it).
int ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
        const QStringList &choices, const QString &details = QString());

} // namespace gsl::ui
