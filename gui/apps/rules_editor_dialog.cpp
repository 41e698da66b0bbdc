#include "rules_editor_dialog.h"

#include "app_rules.h"
#include "apps_controller.h"
#include "rules_store.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

RulesEditorDialog::RulesEditorDialog(AppsController *controller, QWidget *parent)
    : QDialog(parent), controller_(controller)
{
    setWindowTitle(tr("Grouping rules"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Processes are grouped into applications by executable name. Each line "
                                "<code>application: pattern pattern …</code> merges names into one application; "
                                "patterns are shell globs (<code>*</code> <code>?</code> <code>[…]</code>) on the "
                                "task or executable name, or on the executable's path when they contain a "
                                "<code>/</code>. The first matching line wins; <code>#</code> starts a comment."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    editor_ = new QPlainTextEdit(this);
    editor_->setObjectName(u"rulesText"_s);
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setTabChangesFocus(true);
    editor_->setAccessibleName(tr("Grouping rules"));
    editor_->setPlainText(controller->rulesText());
    layout->addWidget(editor_, 1);

    problems_ = new QLabel(this);
    problems_->setObjectName(u"rulesProblems"_s);
    problems_->setWordWrap(true);
    layout->addWidget(problems_);

    auto *form = new QFormLayout;
    tester_ = new QLineEdit(this);
    tester_->setObjectName(u"rulesTester"_s);
    tester_->setPlaceholderText(tr("a task name (cc1plus) or an executable path (/usr/bin/gcc-12)"));
    testResult_ = new QLabel(this);
    testResult_->setObjectName(u"rulesTestResult"_s);
    form->addRow(tr("&Test a process:"), tester_);
    form->addRow(QString(), testResult_);
    layout->addLayout(form);

    where_ = new QLabel(this);
    where_->setWordWrap(true);
    where_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where_->setForegroundRole(QPalette::PlaceholderText);
    where_->setText(RulesStore::hasSavedRules() ? tr("Saved in %1").arg(RulesStore::path())
                                                : tr("Kinsight's defaults; Save writes them to %1").arg(RulesStore::path()));
    layout->addWidget(where_);

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(QDialogButtonBox::Save);
    applyButton_ = buttons->addButton(QDialogButtonBox::Apply);
    auto *defaults = buttons->addButton(QDialogButtonBox::RestoreDefaults);
    buttons->addButton(QDialogButtonBox::Close);
    applyButton_->setToolTip(tr("Regroup the Applications page now, without saving"));
    saveButton->setToolTip(tr("Regroup now and keep these rules for next time"));
    connect(applyButton_, &QPushButton::clicked, this, &RulesEditorDialog::apply);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(defaults, &QPushButton::clicked, this, &RulesEditorDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        updateTest();
    });
    connect(tester_, &QLineEdit::textChanged, this, &RulesEditorDialog::updateTest);
    validate();
    updateTest();
}

void RulesEditorDialog::validate()
{
    QStringList errors;
    const AppRules rules = AppRules::parse(editor_->toPlainText(), &errors);
    if (errors.isEmpty()) {
        problems_->setText(tr("Rules: %1, no problems.").arg(rules.rules().size()));
        problems_->setForegroundRole(QPalette::WindowText);
    } else {
        problems_->setText(tr("Lines that will be skipped:\n%1").arg(errors.join(u'\n')));
        problems_->setForegroundRole(QPalette::BrightText);
    }
}

void RulesEditorDialog::updateTest()
{
    const QString text = tester_->text().trimmed();
    if (text.isEmpty()) {
        testResult_->clear();
        return;
    }
    const AppRules rules = AppRules::parse(editor_->toPlainText());
    ProcessIdentity who;
    if (text.contains(u'/'))
        who.exe = text;
    else
        who.comm = text;
    const int rule = rules.ruleFor(who);
    testResult_->setText(rule >= 0 ? tr("→ %1 (rule on line %2)").arg(rules.rules()[rule].application).arg(rules.rules()[rule].line)
                                   : tr("→ %1 (no rule: its executable's name)").arg(rules.applicationOf(who)));
}

void RulesEditorDialog::apply()
{
    controller_->setRulesText(editor_->toPlainText());
}

bool RulesEditorDialog::save()
{
    apply();
    QString error;
    if (!RulesStore::save(editor_->toPlainText(), &error)) {
        problems_->setText(tr("Could not save %1: %2").arg(RulesStore::path(), error));
        return false;
    }
    where_->setText(tr("Saved in %1").arg(RulesStore::path()));
    return true;
}

void RulesEditorDialog::restoreDefaults()
{
    editor_->setPlainText(AppRules::defaultText());
}

}  // namespace kinsight::apps::ui
