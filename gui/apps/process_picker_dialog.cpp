#include "process_picker_dialog.h"

#include "apps_controller.h"
#include "apps_filter_model.h"
#include "apps_table_model.h"
#include "sparkline_delegate.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::apps::ui {

namespace {

// Up and Down in the search field move through the list, so typing and choosing need no mouse.
class ArrowForwarder : public QObject {
public:
    ArrowForwarder(QTreeView *view, QObject *parent) : QObject(parent), view_(view) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
                QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
                QCoreApplication::sendEvent(view_, &copy);
                if (!view_->currentIndex().isValid() && view_->model()->rowCount() > 0)
                    view_->setCurrentIndex(view_->model()->index(0, 0));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *view_;
};

}  // namespace

ProcessPickerDialog::ProcessPickerDialog(AppsController *controller, QWidget *parent)
    : QDialog(parent), controller_(controller)
{
    setWindowTitle(tr("Pick a process"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    search_ = new QLineEdit(this);
    search_->setObjectName(u"pickerSearch"_s);
    search_->setPlaceholderText(tr("Search: PID, name, executable, application, cgroup"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search processes"));
    layout->addWidget(search_);

    model_ = new AppsTableModel(AppsTableModel::Kind::Processes, this);
    filter_ = new AppsFilterModel(this);
    filter_->setSourceModel(model_);
    view_ = new QTreeView(this);
    view_->setObjectName(u"pickerView"_s);
    view_->setModel(filter_);
    view_->setRootIsDecorated(false);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setSortingEnabled(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setAllColumnsShowFocus(true);
    view_->setItemDelegateForColumn(model_->activityColumn(), new SparklineDelegate(view_));
    view_->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(view_, 1);
    search_->installEventFilter(new ArrowForwarder(view_, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open &dashboard"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto update = [this, buttons] {
        model_->setSnapshot(controller_->latest(), controller_->activity());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(view_->currentIndex().isValid());
    };
    connect(controller_, &AppsController::snapshotChanged, this, update);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(view_->currentIndex().isValid()); });
    connect(search_, &QLineEdit::textChanged, filter_, &AppsFilterModel::setSearch);
    connect(view_, &QTreeView::activated, this, &QDialog::accept);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        if (view_->currentIndex().isValid())
            accept();
        else if (filter_->rowCount() == 1) {
            view_->setCurrentIndex(filter_->index(0, 0));
            accept();
        }
    });
    update();
    for (int c = 0; c < model_->columnCount(); ++c)
        view_->resizeColumnToContents(c);
    search_->setFocus();
}

AppSubject ProcessPickerDialog::selected() const
{
    const QModelIndex current = view_->currentIndex();
    if (!current.isValid())
        return {};
    return model_->subject(filter_->mapToSource(current).row());
}

}  // namespace kinsight::apps::ui
