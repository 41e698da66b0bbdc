#include "attach_details_dialog.h"

#include "attach_details_model.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

AttachDetailsDialog::AttachDetailsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Attach details"));
    setObjectName(u"attachDetails"_s);
    model_ = new AttachDetailsModel(this);

    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);

    view_ = new QTreeView(this);
    view_->setModel(model_);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->header()->setStretchLastSection(true);

    selected_ = new QLabel(this);
    selected_->setObjectName(u"selectedRow"_s);
    selected_->setWordWrap(true);
    selected_->setTextFormat(Qt::RichText);
    selected_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    selected_->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    selected_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                QStringList lines;
                for (int c = 0; c < model_->columnCount(); ++c) {
                    const QString cell = current.siblingAtColumn(c).data().toString();
                    if (!cell.isEmpty())
                        lines.append(u"<b>%1:</b> %2"_s.arg(model_->headerData(c, Qt::Horizontal).toString().toHtmlEscaped(),
                                                           cell.toHtmlEscaped()));
                }
                selected_->setText(lines.join(u"<br>"_s));
            });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(asText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(view_, 1);
    layout->addWidget(selected_);
    layout->addWidget(buttons);
    resize(1100, 640);
}

void AttachDetailsDialog::setSession(const SessionInfo &session)
{
    summary_->setText(tr("Kernel %1, attach policy \"%2\", load mode \"%3\". Each hook uses the first variant "
                         "that loads and attaches, cheapest first; the rejected ones are listed under it.")
                          .arg(session.kernelRelease, session.attachPolicy, session.loadMode));
    model_->setSession(session);
    view_->expandAll();
    for (int c : {AttachDetailsModel::NameColumn, AttachDetailsModel::AttachedColumn, AttachDetailsModel::FamilyColumn}) {
        view_->resizeColumnToContents(c);
        view_->header()->resizeSection(c, std::min(view_->header()->sectionSize(c), 320));
    }
    if (model_->rowCount() > 0)
        view_->setCurrentIndex(model_->index(0, 0));
}

QString AttachDetailsDialog::selectedText() const
{
    return selected_->text();
}

QString AttachDetailsDialog::asText() const
{
    QString text = summary_->text() + u'\n';
    auto add = [&](auto &&self, const QModelIndex &parent, int depth) -> void {
        for (int r = 0; r < model_->rowCount(parent); ++r) {
            QStringList cells;
            for (int c = 0; c < model_->columnCount(parent); ++c) {
                const QString cell = model_->index(r, c, parent).data().toString();
                if (!cell.isEmpty())
                    cells.append(cell);
            }
            text += QString(depth * 2, u' ') + cells.join(u" — "_s) + u'\n';
            self(self, model_->index(r, 0, parent), depth + 1);
        }
    };
    add(add, QModelIndex(), 0);
    return text;
}

}  // namespace kinsight::gui
