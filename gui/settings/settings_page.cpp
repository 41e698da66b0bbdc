#include "settings_page.h"

#include "diff_dialog.h"
#include "pattern_tester.h"
#include "settings_file_model.h"
#include "settings_form.h"
#include "settings_text_view.h"
#include "settings_workspace.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

SettingsPage::SettingsPage(SettingsService *service, QWidget *parent)
    : QWidget(parent), service_(service), workspace_(new SettingsWorkspace(config::ConfigValidator(), this))
{
    fileModel_ = new SettingsFileModel(workspace_, this);

    banner_ = new QLabel(this);
    banner_->setWordWrap(true);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setStyleSheet(u"QLabel { background: #fdf3d8; border: 1px solid #e5c266; padding: 6px; }"_s);
    banner_->setVisible(false);

    auto *filesLabel = new QLabel(tr("&Files"), this);
    files_ = new QListView(this);
    files_->setModel(fileModel_);
    files_->setAccessibleName(tr("Settings files"));
    files_->setUniformItemSizes(true);
    files_->setMinimumWidth(200);
    filesLabel->setBuddy(files_);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filesLabel);
    leftLayout->addWidget(files_, 1);

    title_ = new QLabel(this);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
    title_->setTextFormat(Qt::PlainText);
    restoreDefaults_ = new QPushButton(tr("Restore &defaults"), this);
    restoreDefaults_->setToolTip(tr("Remove every setting from this file (comments stay), so that ebpf.d.conf's "
                                    "values or Kinsight's defaults apply. Nothing is saved until you save."));
    revert_ = new QPushButton(tr("Re&vert"), this);
    revert_->setToolTip(tr("Drop the unsaved edits of this file."));
    auto *header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(restoreDefaults_);
    header->addWidget(revert_);

    form_ = new SettingsForm(workspace_, this);
    text_ = new SettingsTextView(this);
    tester_ = new PatternTester(workspace_, this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(form_, tr("F&orm"));
    tabs_->addTab(text_, tr("&Text"));
    tabs_->addTab(tester_, tr("&Pattern tester"));
    tabs_->setTabToolTip(2, tr("Which rule of network.conf's connection filter decides a port, address or host name"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    rightLayout->addWidget(tabs_, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_ = new QListWidget(this);
    details_->setAccessibleName(tr("Details of the last save"));
    details_->setMaximumHeight(110);
    details_->setVisible(false);
    reload_ = new QPushButton(tr("Re&load"), this);
    reload_->setToolTip(tr("Read the settings files again"));
    save_ = new QPushButton(tr("Review and &save…"), this);
    save_->setToolTip(tr("Show what would change, then save through kinsight-helper (Ctrl+S)"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(status_, 1);
    footer->addWidget(reload_, 0, Qt::AlignTop);
    footer->addWidget(save_, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner_);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);
    layout->addWidget(details_);

    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SettingsPage::requestSave);

    connect(files_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            selectFile(index.data(SettingsFileModel::FileIdRole).toString());
    });
    connect(workspace_, &SettingsWorkspace::fileChanged, this, &SettingsPage::onFileChanged);
    connect(text_, &SettingsTextView::edited, this, [this](const QByteArray &bytes) {
        workspace_->setText(current_, bytes);
    });
    connect(restoreDefaults_, &QPushButton::clicked, this, &SettingsPage::restoreDefaultsOfCurrent);
    connect(revert_, &QPushButton::clicked, this, &SettingsPage::revertCurrent);
    connect(reload_, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(save_, &QPushButton::clicked, this, &SettingsPage::requestSave);

    if (service_) {
        connect(service_, &SettingsService::readFinished, this, &SettingsPage::onRead);
        connect(service_, &SettingsService::writeFinished, this, &SettingsPage::onWritten);
        connect(service_, &SettingsService::writeFailed, this, &SettingsPage::onWriteFailed);
    }
    confirm_ = [](DiffDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    selectFile(u"main"_s);
    setStatus(tr("Settings are read from kinsight-helper."));
}

void SettingsPage::reload()
{
    if (!service_)
        return;
    setStatus(tr("Reading the settings…"));
    service_->read();
}

void SettingsPage::onRead(const SettingsSnapshot &snapshot)
{
    workspace_->load(snapshot);
    QStringList notes;
    if (!snapshot.fromHelper && !snapshot.note.isEmpty())
        notes.append(snapshot.note);
    if (!snapshot.importedFrom.isEmpty())
        notes.append(tr("Kinsight has no settings of its own yet, so running sessions use Netdata's from %1. "
                        "Saving here creates Kinsight's own files in %2; from then on only those are read.")
                         .arg(snapshot.importedFrom, snapshot.directory));
    banner_->setText(notes.join(u'\n'));
    banner_->setVisible(!notes.isEmpty());
    form_->showFile(current_);
    text_->setContent(workspace_->file(current_).current, workspace_->file(current_).diagnostics);
    tester_->refresh();
    setStatus(tr("%n settings file(s) in %1.", nullptr, int(snapshot.files.size())).arg(snapshot.directory));
    updateActions();
}

void SettingsPage::selectFile(const QString &id)
{
    if (!workspace_->contains(id))
        return;
    current_ = id;
    const SettingsWorkspace::File &file = workspace_->file(id);
    title_->setText(tr("%1 — %2").arg(file.title, workspace_->path(id)));
    form_->showFile(id);
    text_->setContent(file.current, file.diagnostics);
    const QModelIndex index = fileModel_->indexOf(id);
    if (files_->currentIndex() != index)
        files_->setCurrentIndex(index);
    updateActions();
}

void SettingsPage::onFileChanged(const QString &id)
{
    // Other files' edits can change what this one inherits (and ebpf.d.conf which modules run).
    form_->refresh();
    if (id == current_) {
        const SettingsWorkspace::File &file = workspace_->file(id);
        text_->setContent(file.current, file.diagnostics);
    }
    tester_->refresh();
    updateActions();
}

void SettingsPage::updateActions()
{
    const bool busy = !pending_.isEmpty();
    const bool modified = workspace_->isModified(current_);
    revert_->setEnabled(modified && !busy);
    restoreDefaults_->setEnabled(!busy && !workspace_->file(current_).document.isEmpty());
    const QStringList edited = workspace_->modifiedFiles();
    save_->setEnabled(!edited.isEmpty() && !busy && service_);
    reload_->setEnabled(edited.isEmpty() && !busy && service_);
    reload_->setToolTip(edited.isEmpty() ? tr("Read the settings files again")
                                         : tr("Save or revert the edits first: reloading would drop them"));
}

void SettingsPage::revertCurrent()
{
    workspace_->revert(current_);
    setStatus(tr("Edits of %1 dropped.").arg(workspace_->file(current_).relativePath));
}

void SettingsPage::restoreDefaultsOfCurrent()
{
    workspace_->restoreDefaults(current_);
    const bool module = current_ != u"main";
    setStatus(module ? tr("Every setting of %1 removed: ebpf.d.conf's values and Kinsight's defaults apply to this "
                          "module once saved.")
                           .arg(workspace_->file(current_).relativePath)
                     : tr("Every setting of ebpf.d.conf removed: Kinsight's defaults apply once saved."));
}

void SettingsPage::requestSave()
{
    const QStringList edited = workspace_->modifiedFiles();
    if (edited.isEmpty() || !pending_.isEmpty()) {
        setStatus(edited.isEmpty() ? tr("Nothing to save: no file has edits.") : tr("Saving is under way."));
        return;
    }
    DiffDialog dialog(*workspace_, edited, this);
    if (!dialog.canSave()) {
        // The preview still shows the changes and why they cannot be saved yet.
        confirm_(dialog);
        setStatus(tr("Not saved: fix the errors shown in the Text view first. Your edits are kept."), u"#c01c28"_s);
        return;
    }
    if (confirm_(dialog))
        save(edited);
    else
        setStatus(tr("Not saved: the preview was closed. Your edits are kept."));
}

void SettingsPage::save(const QStringList &fileIds)
{
    if (!service_ || fileIds.isEmpty() || !pending_.isEmpty())
        return;
    pending_ = fileIds;
    savedNames_.clear();
    appliedLines_.clear();
    warningLines_.clear();
    saveNext();
}

void SettingsPage::saveNext()
{
    const QString id = pending_.constFirst();
    savingBytes_ = workspace_->file(id).current;
    setStatus(tr("Saving %1 through kinsight-helper; you may be asked to authenticate…")
                  .arg(workspace_->file(id).relativePath));
    updateActions();
    service_->write(id, savingBytes_);
}

void SettingsPage::onWritten(const QString &fileId, const QStringList &warnings, const QStringList &applied)
{
    if (pending_.isEmpty() || pending_.constFirst() != fileId)
        return;
    pending_.removeFirst();
    workspace_->markSaved(fileId, savingBytes_);
    savedNames_.append(workspace_->file(fileId).relativePath);
    warningLines_ += warnings;
    appliedLines_ = applied;  // the last write's report describes the sessions' final state
    if (!pending_.isEmpty()) {
        saveNext();
        return;
    }
    QString text = tr("Saved %1.").arg(savedNames_.join(u", "_s));
    if (!appliedLines_.isEmpty())
        text += u' ' + appliedLines_.join(u"; "_s) + u'.';
    setStatus(text, u"#267a3c"_s, warningLines_);
    updateActions();
    emit saveFinished(true);
}

void SettingsPage::onWriteFailed(const QString &fileId, SettingsService::Failure, const QString &message,
                                 const QStringList &details)
{
    if (pending_.isEmpty() || pending_.constFirst() != fileId)
        return;
    pending_.clear();
    QString text = message + u' ' + tr("Your edits of %1 are kept.").arg(workspace_->file(fileId).relativePath);
    if (!savedNames_.isEmpty())
        text += u' ' + tr("(Saved before the refusal: %1.)").arg(savedNames_.join(u", "_s));
    setStatus(text, u"#c01c28"_s, details);
    updateActions();
    emit saveFinished(false);
}

void SettingsPage::setStatus(const QString &text, const QString &color, const QStringList &details)
{
    status_->setText(text);
    status_->setStyleSheet(color.isEmpty() ? QString() : u"color: "_s + color + u';');
    details_->clear();
    details_->addItems(details);
    details_->setVisible(!details.isEmpty());
}

QString SettingsPage::statusText() const
{
    return status_->text();
}

QStringList SettingsPage::detailLines() const
{
    QStringList lines;
    for (int i = 0; i < details_->count(); ++i)
        lines.append(details_->item(i)->text());
    return lines;
}

}  // namespace kinsight::gui
