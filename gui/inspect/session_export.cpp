#include "session_export.h"

#include "inspect_run.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace kinsight::inspect {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

}  // namespace

QString SessionExport::csv(const InspectRun &run)
{
    QString out = QStringLiteral("interval,start_s,end_s,group,metric,unit,value,rate_per_s,unavailable\n");
    const Totals totals = run.totals();
    const QList<AppMetricInfo> metrics = run.metrics();
    for (const InspectInterval &interval : run.intervals()) {
        const double length = interval.end - interval.start;
        const QString head = QString::number(interval.index) + QLatin1Char(',') + QString::number(interval.start, 'f', 6)
                             + QLatin1Char(',') + QString::number(interval.end, 'f', 6) + QLatin1Char(',');
        for (const AppMetricInfo &metric : metrics) {
            QString row = head + csvField(metric.group) + QLatin1Char(',') + csvField(metric.name) + QLatin1Char(',')
                          + csvField(metric.unit) + QLatin1Char(',');
            if (interval.counts.contains(metric.name)) {
                const quint64 value = interval.counts.value(metric.name);
                row += QString::number(value) + QLatin1Char(',')
                       + (length > 0 ? QString::number(double(value) / length, 'g', 10) : QString()) + QLatin1Char(',');
            } else {
                // Never a zero for what was not measured: the value stays empty and the reason is given.
                row += QStringLiteral(",,")
                       + csvField(totals.unavailable.value(metric.name, QStringLiteral("no data for this tree")));
            }
            out += row + QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray SessionExport::json(const InspectRun &run)
{
    return QJsonDocument(run.statJson()).toJson(QJsonDocument::Indented);
}

bool SessionExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write “%1”: %2. Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SessionExport::saveCsv(const InspectRun &run, const QString &path, QString *error)
{
    return write(path, csv(run).toUtf8(), error);
}

bool SessionExport::saveJson(const InspectRun &run, const QString &path, QString *error)
{
    return write(path, json(run), error);
}

bool SessionExport::savePng(QWidget *widget, const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!widget->grab().save(&buffer, "PNG")) {
        *error = tr("Cannot encode the chart as PNG.");
        return false;
    }
    return write(path, bytes, error);
}

bool SessionExport::saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    svg.setTitle(title);
    svg.setDescription(tr("Exported by Kinsight"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = tr("Cannot draw the chart as SVG.");
        return false;
    }
    // Vector output: the chart draws itself into the generator, not a screenshot of it.
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
    painter.end();
    return write(path, bytes, error);
}

bool SessionExport::saveImage(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return saveSvg(widget, path, title, error);
    return savePng(widget, path, error);
}

}  // namespace kinsight::inspect
