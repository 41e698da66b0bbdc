// The main window: navigation built from the session's charts (System
// Overview, then its sections and families, then Collector cost), a page per
// section, the session state as a full page or a bar, and the status bar. It
// owns the session source. Charts of keys seen later join their pages.
#pragma once

#include "launch_options.h"
#include "state_presentation.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>

class QActionGroup;
class QComboBox;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace kinsight::apps::ui {
class AppsPage;
}

namespace kinsight::gui {

class AttachDetailsDialog;
class ChartPage;
class CostPage;
class DiagnosticsPage;
class SettingsPage;
struct CatalogChange;
class NavigationModel;
class SessionController;
class StatePanel;
class StatusBarPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using SourceFactory = std::function<StreamSource *(QObject *parent)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where live sessions come from (a HelperClient unless a test says otherwise).
    void setLiveSourceFactory(SourceFactory factory) { liveFactory_ = std::move(factory); }

    // The request a live session uses (Retry, File → Start a live session).
    void setLiveRequest(const SessionRequest &request) { request_ = request; }
    void startLive(const SessionRequest &request);
    bool openRecording(const QString &path, double framesPerSecond = 0, QString *error = nullptr);
    // Takes `source` over and starts it with the last live request.
    void runSource(StreamSource *source, SourceKind kind);

    static const QList<int> &windowMinuteChoices();
    void setWindowMinutes(int minutes);
    int windowMinutes() const;
    void setPaused(bool paused);

    void showPage(const QString &page, const QString &family = {});
    QString currentPageKey() const;

    SessionController *controller() const { return controller_; }
    StreamSource *source() const { return source_; }
    SourceKind sourceKind() const { return kind_; }
    NavigationModel *navigationModel() const { return navigationModel_; }
    QTreeView *navigationView() const { return navigation_; }
    ChartPage *page(const QString &key) const { return pages_.value(key); }
    QStringList pageKeys() const { return pageOrder_; }  // the chart pages; the cost page is costPage()
    CostPage *costPage() const { return costPage_; }
    apps::ui::AppsPage *appsPage() const { return appsPage_; }
    QAction *appsAction() const { return appsAction_; }
    QAction *costAction() const { return costAction_; }
    // Built on first use: they talk to the helper, which a window that is never shown should not wake.
    SettingsPage *settingsPage();
    DiagnosticsPage *diagnosticsPage();
    QAction *settingsAction() const { return settingsAction_; }
    QAction *diagnosticsAction() const { return diagnosticsAction_; }
    StatePanel *statePage() const { return statePage_; }
    StatePanel *stateBar() const { return stateBar_; }
    bool isStatePageShown() const;
    StatusBarPanel *statusPanel() const { return statusPanel_; }
    QAction *pauseAction() const { return pauseAction_; }
    QAction *replayAction() const { return replayAction_; }
    QComboBox *windowSelector() const { return windowSelector_; }
    AttachDetailsDialog *attachDetails();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void restoreSettings();
    void saveSettings() const;
    void rebuildPages();
    void onCatalogGrew(const CatalogChange &change);
    void updateNavigation();
    void updateStatePresentation();
    void updateTitle();
    void onStateAction(StateAction action);
    void onNavigation(const QModelIndex &current);
    void openRecordingDialog();
    void replayAgain();
    void showAbout();

    SessionController *controller_ = nullptr;
    QPointer<StreamSource> source_;
    SourceKind kind_ = SourceKind::Live;
    SourceFactory liveFactory_;
    SessionRequest request_ = LaunchOptions::defaultRequest();
    QString recordingPath_;

    NavigationModel *navigationModel_ = nullptr;
    QTreeView *navigation_ = nullptr;
    QSplitter *splitter_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    StatePanel *statePage_ = nullptr;
    StatePanel *stateBar_ = nullptr;
    StatusBarPanel *statusPanel_ = nullptr;
    QMap<QString, ChartPage *> pages_;
    CostPage *costPage_ = nullptr;
    apps::ui::AppsPage *appsPage_ = nullptr;
    SettingsPage *settingsPage_ = nullptr;
    DiagnosticsPage *diagnosticsPage_ = nullptr;
    QStringList pageOrder_;
    QPointer<AttachDetailsDialog> attachDetails_;

    QAction *pauseAction_ = nullptr;
    QAction *detailsAction_ = nullptr;
    QAction *replayAction_ = nullptr;
    QAction *costAction_ = nullptr;
    QAction *appsAction_ = nullptr;
    QAction *settingsAction_ = nullptr;
    QAction *diagnosticsAction_ = nullptr;
    QActionGroup *windowGroup_ = nullptr;
    QComboBox *windowSelector_ = nullptr;
};

}  // namespace kinsight::gui
