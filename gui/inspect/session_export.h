// Saving an inspected session: CSV with one row per interval and metric, the
// `kinsight-cli stat --json` document, and any chart as PNG or SVG.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kinsight::inspect {

class InspectRun;

class SessionExport {
    Q_DECLARE_TR_FUNCTIONS(SessionExport)
public:
    // Columns: interval, start_s, end_s, group, metric, unit, value (count in
    // the interval), rate_per_s, unavailable (the reason; value empty then).
    static QString csv(const InspectRun &run);
    static QByteArray json(const InspectRun &run);

    // Each writes `path` atomically; false with the reason in `error`.
    static bool saveCsv(const InspectRun &run, const QString &path, QString *error);
    static bool saveJson(const InspectRun &run, const QString &path, QString *error);
    static bool savePng(QWidget *widget, const QString &path, QString *error);
    static bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error);
    // PNG or SVG by the file's suffix (PNG when it has neither).
    static bool saveImage(QWidget *widget, const QString &path, const QString &title, QString *error);

private:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

}  // namespace kinsight::inspect
