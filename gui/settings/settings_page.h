// The Settings page: Kinsight's collector settings (/etc/kinsight/ebpf.d.conf
// and ebpf.d/<module>.conf, Netdata's syntax) edited as a form generated from
// the option schema or as text, with a pattern tester for the connection
// filter, a diff preview before saving, and Save / Revert / Restore defaults.
// Saving goes through kinsight-helper (polkit action org.kinsight.configure),
// which validates the content with the same parser, writes it atomically and
// applies it to the running sessions; a refusal is explained and the edits
// are kept.
#pragma once

#include "settings_client.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace kinsight::gui {

class DiffDialog;
class PatternTester;
class SettingsFileModel;
class SettingsForm;
class SettingsTextView;
class SettingsWorkspace;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    // The page does not own `service` unless it is its child.
    explicit SettingsPage(SettingsService *service, QWidget *parent = nullptr);

    void reload();  // reads the files again (edits are dropped)
    void selectFile(const QString &id);
    QString currentFile() const { return current_; }

    // Shows the diff preview and, when confirmed, saves every edited file.
    void requestSave();
    // Saves these files, one after another, stopping at the first refusal.
    void save(const QStringList &fileIds);
    void revertCurrent();
    void restoreDefaultsOfCurrent();
    // Tests replace the modal preview: return true to save.
    void setConfirmation(std::function<bool(DiffDialog &)> confirm) { confirm_ = std::move(confirm); }

    SettingsWorkspace *workspace() const { return workspace_; }
    SettingsForm *form() const { return form_; }
    SettingsTextView *textView() const { return text_; }
    PatternTester *tester() const { return tester_; }
    QTabWidget *tabs() const { return tabs_; }
    QListView *fileList() const { return files_; }
    SettingsFileModel *fileModel() const { return fileModel_; }
    QString statusText() const;
    QStringList detailLines() const;
    bool isBusy() const { return !pending_.isEmpty(); }

signals:
    void saveFinished(bool ok);

private:
    void onRead(const SettingsSnapshot &snapshot);
    void onWritten(const QString &fileId, const QStringList &warnings, const QStringList &applied);
    void onWriteFailed(const QString &fileId, SettingsService::Failure failure, const QString &message,
                       const QStringList &details);
    void onFileChanged(const QString &id);
    void saveNext();
    void setStatus(const QString &text, const QString &color = {}, const QStringList &details = {});
    void updateActions();

    SettingsService *service_;
    SettingsWorkspace *workspace_;
    SettingsFileModel *fileModel_;
    QString current_;

    QLabel *banner_;
    QListView *files_;
    QLabel *title_;
    QPushButton *restoreDefaults_;
    QPushButton *revert_;
    QTabWidget *tabs_;
    SettingsForm *form_;
    SettingsTextView *text_;
    PatternTester *tester_;
    QLabel *status_;
    QListWidget *details_;
    QPushButton *reload_;
    QPushButton *save_;

    std::function<bool(DiffDialog &)> confirm_;
    QStringList pending_;       // files still to save
    QByteArray savingBytes_;    // what was sent for pending_.first()
    QStringList savedNames_;
    QStringList appliedLines_;
    QStringList warningLines_;
};

}  // namespace kinsight::gui
