#include "status_icon.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace kinsight::gui {

using diagnostics::Status;

namespace {

QPixmap paintStatus(Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColor(status));
    if (status == Status::Warning) {
        // A triangle: the shape alone already says "warning".
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        painter.drawPath(triangle);
    } else {
        painter.drawEllipse(box);
    }

    QPen pen(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (status) {
    case Status::Ok: {
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.69);
        tick.lineTo(s * 0.74, s * 0.33);
        painter.drawPath(tick);
        break;
    }
    case Status::Error:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case Status::Warning:
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.64));
        painter.drawPoint(QPointF(s * 0.5, s * 0.80));
        break;
    case Status::Unknown: {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(8, int(s * 0.72)));
        painter.setFont(font);
        painter.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    return pixmap;
}

}  // namespace

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Ok: return QColor(0x2e, 0x8b, 0x57);       // green that keeps contrast with white
    case Status::Warning: return QColor(0xd9, 0x8a, 0x00);  // amber
    case Status::Error: return QColor(0xc6, 0x28, 0x28);    // red
    case Status::Unknown: return QColor(0x6b, 0x72, 0x80);  // grey: not known, not fine
    }
    return {};
}

QIcon statusIcon(Status status)
{
    // Painted once per status and size; QIcon picks the size a view asks for. Never
    // freed: pixmaps must not outlive the application object in static destructors.
    static QIcon *const icons = new QIcon[4];
    QIcon &icon = icons[int(status)];
    if (icon.isNull())
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(paintStatus(status, size));
    return icon;
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Ok: return QCoreApplication::translate("kinsight::gui::Diagnostics", "OK");
    case Status::Warning: return QCoreApplication::translate("kinsight::gui::Diagnostics", "Warning");
    case Status::Error: return QCoreApplication::translate("kinsight::gui::Diagnostics", "Error");
    case Status::Unknown: return QCoreApplication::translate("kinsight::gui::Diagnostics", "Unknown");
    }
    return {};
}

int statusSeverity(Status status)
{
    switch (status) {
    case Status::Error: return 3;
    case Status::Warning: return 2;
    case Status::Unknown: return 1;
    case Status::Ok: return 0;
    }
    return 0;
}

}  // namespace kinsight::gui
