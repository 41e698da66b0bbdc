// The Diagnostics page: is this machine ready for eBPF monitoring, and if
// not, what to do. It runs the unprivileged checks at once, asks
// kinsight-helper quietly for what needs root (and offers to ask with an
// authentication when that is what it takes), lists every check with its
// status, and shows the selected one in full with its fix: a "Mount now"
// button for what the helper can do, and copyable snippets for the rest. A
// second tab shows the live attach matrix (module × attach family, with the
// reason of each failure). The report is copied as Markdown or saved.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace kinsight {
class DiagnosticsClient;
}

namespace kinsight::gui {

class AttachMatrixModel;
class CheckDetailsPanel;
class CheckListModel;
class DiagnosticsController;

class DiagnosticsPage : public QWidget {
    Q_OBJECT
public:
    // The live page: a DiagnosticsClient on the system bus and the live snapshot.
    explicit DiagnosticsPage(QWidget *parent = nullptr);
    // Over a given controller (tests: fixture snapshots, a fake helper). Not owned.
    explicit DiagnosticsPage(DiagnosticsController *controller, QWidget *parent = nullptr);

    DiagnosticsController *controller() const { return controller_; }
    CheckListModel *checkModel() const { return checks_; }
    AttachMatrixModel *matrixModel() const { return matrix_; }
    QTreeView *checkView() const { return checkView_; }
    QTableView *matrixView() const { return matrixView_; }
    CheckDetailsPanel *detailsPanel() const { return details_; }
    QTabWidget *tabs() const { return tabs_; }
    QPushButton *runButton() const { return runButton_; }
    QPushButton *askButton() const { return askButton_; }
    QPushButton *copyButton() const { return copyButton_; }
    QPushButton *saveButton() const { return saveButton_; }
    QComboBox *loadModeSelector() const { return loadMode_; }
    QString verdictText() const;
    QString helperText() const;
    QString bannerText() const;
    QString matrixInfoText() const;
    QString matrixReasonText() const;

    // Shows a check in the list and the details (expanding its group).
    bool selectCheck(const QString &id);
    // The report as "Copy report" puts it on the clipboard.
    void copyReport();
    // Markdown, JSON or plain text by the file's suffix (.md, .json, anything else: text).
    bool saveReport(const QString &path, QString *error = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void onChecksChanged();
    void onHelperStateChanged();
    void onFixStateChanged();
    void onCurrentCheckChanged();
    void onMatrixCellChanged();
    void updateVerdict();
    void updateMatrixInfo();
    void updateFixState();
    void showBanner(const QString &text, bool isError);
    void saveReportDialog();
    static QString fixDescription(const QString &fixId);

    DiagnosticsController *controller_ = nullptr;
    CheckListModel *checks_ = nullptr;
    AttachMatrixModel *matrix_ = nullptr;

    QLabel *verdictIcon_ = nullptr;
    QLabel *verdict_ = nullptr;
    QLabel *counts_ = nullptr;
    QLabel *helper_ = nullptr;
    QLabel *banner_ = nullptr;
    QPushButton *runButton_ = nullptr;
    QPushButton *askButton_ = nullptr;
    QPushButton *copyButton_ = nullptr;
    QPushButton *saveButton_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QTreeView *checkView_ = nullptr;
    CheckDetailsPanel *details_ = nullptr;
    QLabel *matrixInfo_ = nullptr;
    QComboBox *loadMode_ = nullptr;
    QTableView *matrixView_ = nullptr;
    QPlainTextEdit *matrixReason_ = nullptr;

    QString currentCheckId_;
    QString fixCheckId_;  // the check whose button asked for the fix in flight (or the last one)
    bool expandedOnce_ = false;
};

}  // namespace kinsight::gui
