#include "ui/persistence/prompts.h"

#include <QMessageBox>
#include <QPushButton>

namespace gsl::ui {

int ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
        const QStringList &choices, const QString &details)
{
    const QString auto_ = qEnvironmentVariable("GOSCHEDLAB_AUTO_ANSWER");
    if (auto_ == QLatin1String("accept")) return 0;
    if (auto_ == QLatin1String("reject")) return choices.size() > 1 ? 1 : -1;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    if (!details.isEmpty()) box.setDetailedText(details);
    QList<QPushButton *> buttons;
    for (int i = 0; i < choices.size(); ++i)
        buttons << box.addButton(choices[i], i == 0 ? QMessageBox::AcceptRole
                                                    : i == 1 ? QMessageBox::DestructiveRole : QMessageBox::RejectRole);
    if (!buttons.isEmpty()) box.setDefaultButton(buttons.first());
    box.exec();
    return int(buttons.indexOf(static_cast<QPushButton *>(box.clickedButton())));
}

} // namespace gsl::ui
