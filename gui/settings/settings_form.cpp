#include "settings_form.h"

#include "settings_workspace.h"

#include "config/value_check.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

using config::OptionSpec;
using config::ValueType;

bool isNumber(ValueType type)
{
    return type == ValueType::Integer || type == ValueType::Seconds;
}

QString invertBoolean(const QString &value)
{
    const std::optional<bool> parsed = config::parseBoolean(value);
    return parsed ? (*parsed ? u"no"_s : u"yes"_s) : value;
}

// Options a session takes once for all its modules (helper/service/session_settings.h).
bool isSessionWide(const OptionSpec &option)
{
    static const QStringList keys{u"ebpf load mode"_s, u"ebpf co-re tracing"_s, u"update every"_s,
                                  u"pid table size"_s, u"apps"_s,           u"cgroups"_s};
    return option.section == u"global" && keys.contains(option.key);
}

}  // namespace

SettingsForm::SettingsForm(SettingsWorkspace *workspace, QWidget *parent) : QWidget(parent), workspace_(workspace)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Rows wrap their texts to the width there is rather than scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);

    auto *noteRow = new QHBoxLayout;
    fileNote_ = new QLabel(content);
    fileNote_->setWordWrap(true);
    fileNote_->setTextFormat(Qt::PlainText);
    enableModule_ = new QPushButton(tr("Turn the module &on"), content);
    noteRow->addWidget(fileNote_, 1);
    noteRow->addWidget(enableModule_, 0, Qt::AlignTop);
    contentLayout->addLayout(noteRow);

    rowsHost_ = new QWidget(content);
    rowsLayout_ = new QVBoxLayout(rowsHost_);
    rowsLayout_->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(rowsHost_);
    contentLayout->addStretch(1);
    scroll->setWidget(content);

    help_ = new QTextBrowser(this);
    help_->setAccessibleName(tr("Help on the selected option"));
    help_->setOpenLinks(false);
    help_->setFocusPolicy(Qt::ClickFocus);  // Tab goes from editor to editor; the help follows
    help_->setMinimumWidth(220);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(help_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(enableModule_, &QPushButton::clicked, this, [this] {
        if (const config::ModuleSpec *module = config::OptionSchema::instance().module(fileId_))
            workspace_->setValue(u"main"_s, u"ebpf programs"_s, module->programsKey, u"yes"_s);
    });
}

void SettingsForm::showFile(const QString &id)
{
    if (!workspace_->contains(id))
        return;
    fileId_ = id;
    rebuild();
}

const SettingsForm::Row *SettingsForm::rowFor(const QObject *editor) const
{
    for (const Row &row : rows_)
        if (row.editor == editor || (row.editor && row.editor->isAncestorOf(qobject_cast<const QWidget *>(editor))))
            return &row;
    return nullptr;
}

QWidget *SettingsForm::editor(const QString &section, const QString &key) const
{
    for (const Row &row : rows_)
        if (row.option->section == section && row.option->key == key)
            return row.editor;
    return nullptr;
}

QString SettingsForm::originText(const QString &section, const QString &key) const
{
    for (const Row &row : rows_)
        if (row.option->section == section && row.option->key == key)
            return row.origin->text();
    return {};
}

QString SettingsForm::problemText(const QString &section, const QString &key) const
{
    for (const Row &row : rows_)
        if (row.option->section == section && row.option->key == key)
            return row.problem->isVisible() || !row.problem->text().isEmpty() ? row.problem->text() : QString();
    return {};
}

void SettingsForm::rebuild()
{
    // Rows are rebuilt only when another file is shown; edits update them in place.
    rows_.clear();
    while (QLayoutItem *item = rowsLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const SettingsWorkspace::File &file = workspace_->file(fileId_);
    const config::OptionSchema &schema = config::OptionSchema::instance();
    QWidget *previous = nullptr;
    // A module file shows its own sections first: they are what only it can set;
    // its [global] overrides of ebpf.d.conf follow.
    QStringList sections = schema.sectionsFor(file.role);
    if (file.role.kind == config::FileRole::Kind::Module && sections.removeAll(u"global"_s) > 0)
        sections.append(u"global"_s);
    for (const QString &section : std::as_const(sections)) {
        QString title = u'[' + section + u']';
        if (file.role.kind == config::FileRole::Kind::Module && section == u"global")
            title = tr("%1 — this module's settings, and its own values of ebpf.d.conf's").arg(title);
        auto *group = new QGroupBox(title, rowsHost_);
        auto *grid = new QGridLayout(group);
        grid->setColumnStretch(1, 1);
        int gridRow = 0;
        for (const OptionSpec *option : schema.optionsFor(file.role, section)) {
            if (option->freeKey) {
                auto *note = new QLabel(tr("Port labels are lines of the form '<port> = <label>' (e.g. "
                                           "'19999 = Netdata'); add or change them in the Text view."),
                                        group);
                note->setWordWrap(true);
                grid->addWidget(note, gridRow++, 0, 1, 3);
                continue;
            }
            // Options Kinsight does not use are shown only when the file sets them.
            if (!option->isCurrentInKinsight() && !file.document.entry(section, option->key))
                continue;
            Row row;
            row.option = option;
            row.label = new QLabel(option->key, group);
            row.editor = makeEditor(row);
            row.editor->setParent(group);
            row.label->setBuddy(row.editor);
            row.editor->setAccessibleName(option->key);
            row.editor->setAccessibleDescription(option->explanation);
            row.editor->setToolTip(option->explanation);
            row.editor->installEventFilter(this);
            row.reset = new QToolButton(group);
            row.reset->setText(tr("Reset"));
            row.reset->setAccessibleName(tr("Remove '%1' from this file").arg(option->key));
            row.reset->setToolTip(tr("Remove '%1' from this file, so that the inherited value applies.").arg(option->key));
            row.reset->installEventFilter(this);
            row.origin = new QLabel(group);
            row.origin->setWordWrap(true);
            QFont small = row.origin->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            row.origin->setFont(small);
            row.origin->setForegroundRole(QPalette::PlaceholderText);
            row.problem = new QLabel(group);
            row.problem->setWordWrap(true);
            row.problem->setStyleSheet(u"color: #c01c28;"_s);
            row.problem->setVisible(false);
            grid->addWidget(row.label, gridRow, 0, Qt::AlignVCenter | Qt::AlignLeft);
            grid->addWidget(row.editor, gridRow, 1);
            grid->addWidget(row.reset, gridRow, 2, Qt::AlignTop);
            grid->addWidget(row.origin, gridRow + 1, 1, 1, 2);
            grid->addWidget(row.problem, gridRow + 2, 1, 1, 2);
            gridRow += 3;
            if (previous)
                QWidget::setTabOrder(previous, row.editor);
            QWidget::setTabOrder(row.editor, row.reset);
            previous = row.reset;
            const qsizetype index = rows_.size();
            rows_.append(row);
            connect(row.reset, &QToolButton::clicked, this, [this, index] { commit(rows_[index], {}); });
        }
        if (gridRow == 0) {
            delete group;
            continue;
        }
        rowsLayout_->addWidget(group);
    }
    refresh();
    if (!rows_.isEmpty())
        showHelp(rows_.constFirst());
}

QWidget *SettingsForm::makeEditor(Row &row)
{
    const OptionSpec &option = *row.option;
    const qsizetype index = rows_.size();  // the row is appended right after
    if (option.type == ValueType::Boolean) {
        auto *box = new QCheckBox;
        box->setTristate(true);
        connect(box, &QCheckBox::stateChanged, this, [this, index](int state) {
            if (loading_)
                return;
            commit(rows_[index], state == Qt::Checked ? u"yes"_s : state == Qt::Unchecked ? u"no"_s : QString());
        });
        return box;
    }
    if (option.type == ValueType::Choice) {
        auto *combo = new QComboBox;
        // Choices carry their meaning; the closed box need not be as wide as the longest.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        combo->addItem(QString(), QString());  // "not set", text filled in by loadRow
        for (const config::Choice &choice : option.choices) {
            combo->addItem(choice.value + u" — "_s + choice.meaning, choice.value);
            combo->setItemData(combo->count() - 1, choice.warning.isEmpty() ? choice.meaning : choice.warning,
                               Qt::ToolTipRole);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, index, combo](int) {
            if (!loading_)
                commit(rows_[index], combo->currentData().toString());
        });
        return combo;
    }
    if (isNumber(option.type)) {
        auto *spin = new QSpinBox;
        // One step below the minimum stands for "not set in this file".
        spin->setRange(int(option.minimum) - 1, int(std::min<qint64>(option.maximum, std::numeric_limits<int>::max())));
        if (!option.unit.isEmpty())
            spin->setSuffix(u' ' + option.unit);
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, index, spin](int value) {
            if (!loading_)
                commit(rows_[index], value < spin->minimum() + 1 ? QString() : QString::number(value));
        });
        return spin;
    }
    auto *edit = new QLineEdit;
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, [this, index](const QString &text) {
        commit(rows_[index], text.trimmed());
    });
    return edit;
}

std::optional<QString> SettingsForm::valueInFile(const Row &row) const
{
    const SettingsWorkspace::File &file = workspace_->file(fileId_);
    const config::IniLine *line = file.document.entry(row.option->section, row.writtenKey);
    if (!line)
        return std::nullopt;
    const config::ValueCheck check = config::checkValue(*row.option, line->value, workspace_->validator().services());
    QString value = check.canonical.isEmpty() ? line->value : check.canonical;
    if (row.inverted)
        value = invertBoolean(value);
    return value;
}

QString SettingsForm::inheritedValue(const Row &row) const
{
    const SettingsWorkspace::File &file = workspace_->file(fileId_);
    if (file.role.kind == config::FileRole::Kind::Module && row.option->cascades) {
        if (const auto main = workspace_->effective().value({}, row.option->section, row.option->key))
            return main->value;
    }
    return row.option->kinsightDefault;
}

void SettingsForm::loadRow(Row &row)
{
    const SettingsWorkspace::File &file = workspace_->file(fileId_);
    const OptionSpec &option = *row.option;

    // The key to edit: the option's, or an old name this file already uses (kept as written).
    row.writtenKey = option.key;
    row.inverted = false;
    if (!file.document.entry(option.section, option.key)) {
        for (const config::KeyAlias &alias : config::OptionSchema::instance().aliases()) {
            if (alias.section == option.section && alias.currentKey == option.key
                && config::OptionSchema::instance().alias(file.role, alias.section, alias.oldKey) == &alias
                && file.document.entry(alias.section, alias.oldKey)) {
                row.writtenKey = alias.oldKey;
                row.inverted = alias.invertsBoolean;
            }
        }
    }
    const std::optional<QString> value = valueInFile(row);
    const QString inherited = inheritedValue(row);
    const QString notSet = inherited.isEmpty() ? tr("Not set") : tr("Not set (%1)").arg(inherited);
    const bool valid = value && config::checkValue(option, *value, workspace_->validator().services()).ok();

    if (row.editor->hasFocus() && row.editor->property("committing").toBool()) {
        // The user is typing in it: leave its text alone.
    } else if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
        const std::optional<bool> parsed = value ? config::parseBoolean(*value) : std::nullopt;
        box->setCheckState(!parsed ? Qt::PartiallyChecked : *parsed ? Qt::Checked : Qt::Unchecked);
        box->setText(!parsed ? notSet : *parsed ? tr("Yes") : tr("No"));
    } else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        combo->setItemText(0, notSet);
        const config::Choice *choice = value ? option.findChoice(*value) : nullptr;
        combo->setCurrentIndex(choice ? combo->findData(choice->value) : 0);
    } else if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        spin->setSpecialValueText(notSet);
        bool ok = false;
        const int number = value ? value->toInt(&ok) : 0;
        spin->setValue(valid && ok ? number : spin->minimum());
    } else if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        edit->setPlaceholderText(notSet);
        if (edit->text().trimmed() != value.value_or(QString()))
            edit->setText(value.value_or(QString()));
    }
    row.editor->setProperty("committing", false);
    row.reset->setEnabled(value.has_value());

    // Where the value in effect comes from.
    const QString module = file.role.kind == config::FileRole::Kind::Module ? file.role.module : QString();
    QString origin;
    if (const auto effective = workspace_->effective().value(module, option.section, option.key)) {
        const config::ValueOrigin &o = effective->origin;
        if (o.isFile() && o.file == workspace_->path(fileId_))
            origin = tr("In effect: %1, set in this file (line %2).").arg(effective->value).arg(o.line);
        else if (o.isFile())
            origin = tr("In effect: %1, from %2 (line %3).").arg(effective->value, o.file.section(u'/', -1)).arg(o.line);
        else if (o.kind == config::ValueOrigin::Kind::KinsightDefault)
            origin = tr("In effect: %1, Kinsight's default.").arg(effective->value);
        else
            origin = tr("Not set anywhere.");
        if (!effective->netdataDefault.isEmpty() && option.kinsightDiffersFromNetdata())
            origin += u' ' + tr("Netdata's default is %1.").arg(effective->netdataDefault);
    } else if (!option.isCurrentInKinsight()) {
        origin = option.statusMessage.isEmpty() ? QString() : option.statusMessage + u'.';
    }
    if (file.role.kind == config::FileRole::Kind::Module && isSessionWide(option) && value)
        origin += u' ' + tr("A session uses one value for all its modules: ebpf.d.conf's.");
    row.origin->setText(origin.trimmed());

    // What the validator says about this option's line.
    QStringList problems;
    if (const config::IniLine *line = file.document.entry(option.section, row.writtenKey)) {
        for (const config::Diagnostic &d : file.diagnostics)
            if (d.line == line->number && d.severity != config::Severity::Note)
                problems.append(d.message);
    }
    row.problem->setText(problems.join(u'\n'));
    row.problem->setVisible(!problems.isEmpty());
}

void SettingsForm::refresh()
{
    if (fileId_.isEmpty())
        return;
    loading_ = true;
    for (Row &row : rows_)
        loadRow(row);
    loading_ = false;

    const SettingsWorkspace::File &file = workspace_->file(fileId_);
    QString note;
    bool offerEnable = false;
    if (file.role.kind == config::FileRole::Kind::Module) {
        const config::ModuleSpec *module = config::OptionSchema::instance().module(file.role.module);
        if (!workspace_->moduleEnabled(fileId_)) {
            note = tr("The %1 module is off in [ebpf programs] of ebpf.d.conf: this file is read only when the "
                      "module is on.")
                       .arg(module ? module->title : file.role.module);
            offerEnable = true;
        } else {
            note = tr("%1: %2.").arg(module ? module->title : file.role.module, module ? module->summary : QString());
        }
    } else {
        note = tr("Settings every module inherits, and which modules run. A module's own file can override the "
                  "[global] options for that module.");
    }
    if (!file.existsOnDisk)
        note += u' ' + tr("The file does not exist yet; saving creates it.");
    fileNote_->setText(note);
    enableModule_->setVisible(offerEnable);
}

void SettingsForm::commit(const Row &row, const QString &value)
{
    row.editor->setProperty("committing", true);
    if (value.isEmpty())
        workspace_->removeKey(fileId_, row.option->section, row.writtenKey);
    else
        workspace_->setValue(fileId_, row.option->section, row.writtenKey, row.inverted ? invertBoolean(value) : value);
    row.editor->setProperty("committing", false);
}

QString SettingsForm::helpHtml(const OptionSpec &option) const
{
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString range;
    switch (option.type) {
    case ValueType::Boolean:
        range = tr("yes or no");
        break;
    case ValueType::Choice: {
        QStringList values;
        for (const config::Choice &choice : option.choices)
            values.append(choice.value);
        range = tr("one of: %1").arg(values.join(u", "_s));
        break;
    }
    case ValueType::Integer:
    case ValueType::Seconds:
        range = tr("%1 to %2 %3").arg(option.minimum).arg(option.maximum).arg(option.unit).trimmed();
        break;
    default:
        range = config::valueTypeName(option.type);
        break;
    }
    QString html = u"<h3>%1</h3><p><i>[%2] · %3</i></p><p>%4</p>"_s.arg(esc(option.key), esc(option.section),
                                                                      esc(range), esc(option.explanation));
    if (!option.kinsightNote.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("In Kinsight:")), esc(option.kinsightNote));
    QStringList defaults;
    if (!option.kinsightDefault.isEmpty())
        defaults.append(tr("Kinsight's default: %1").arg(option.kinsightDefault));
    if (!option.netdataDefault().isEmpty())
        defaults.append(tr("Netdata's default: %1").arg(option.netdataDefault()));
    if (!defaults.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(defaults.join(u" · "_s)));
    if (!option.isCurrentInKinsight() && !option.statusMessage.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Note:")), esc(option.statusMessage));
    if (workspace_->file(fileId_).role.kind == config::FileRole::Kind::Module && isSessionWide(option))
        html += u"<p>%1</p>"_s.arg(
            esc(tr("A running session uses one value of this option for all its modules, the one in ebpf.d.conf; a "
                   "different value here is listed in the session's notes.")));
    return html;
}

void SettingsForm::showHelp(const Row &row)
{
    help_->setHtml(helpHtml(*row.option));
}

bool SettingsForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const Row &row : std::as_const(rows_))
            if (row.editor == watched || row.reset == watched)
                showHelp(row);
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kinsight::gui
