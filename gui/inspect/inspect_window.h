// The window of one launch-and-inspect run: the InspectView, with a File menu
// to launch again, export the session (CSV, JSON) and save any chart as an
// image. launchAndInspect() is what File → Launch and Inspect… calls;
// inspectCgroup() and inspectProcessTree() what the Applications page's
// "Inspect this cgroup/process tree in the kernel…" call.
#pragma once

#include "launch_spec.h"

#include <QMainWindow>

class QMenu;

namespace kinsight::inspect {

class InspectView;

class InspectWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit InspectWindow(QWidget *parent = nullptr);

    InspectView *view() const { return view_; }
    bool start(const LaunchSpec &spec);
    bool watchCgroup(const QString &path, const QString &hierarchy, double intervalSeconds = 1.0);
    bool watchTree(qint64 pid, const QString &name, double intervalSeconds = 1.0);
    // Asks for a spec (starting from the remembered one) and runs it here.
    void launchAgain();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateActions();
    void runAgain();
    void fillChartMenu();

    InspectView *view_ = nullptr;
    QAction *csvAction_ = nullptr;
    QAction *jsonAction_ = nullptr;
    QAction *stopAction_ = nullptr;
    QMenu *chartMenu_ = nullptr;
};

// Shows the Launch and Inspect dialog; when accepted, opens an InspectWindow
// running the program (deleted when closed). Null when cancelled.
InspectWindow *launchAndInspect(QWidget *parent);

// Opens an InspectWindow counting the cgroup `path` of `hierarchy` ("v2" or
// "v1:<controller>"), or the running process `pid` and its descendants, in
// the kernel (deleted when closed). With `like`, it measures with that
// session's modules and load mode (what the user was looking at).
InspectWindow *inspectCgroup(const QString &path, const QString &hierarchy, const SessionInfo *like = nullptr);
InspectWindow *inspectProcessTree(qint64 pid, const QString &name, const SessionInfo *like = nullptr);

}  // namespace kinsight::inspect
