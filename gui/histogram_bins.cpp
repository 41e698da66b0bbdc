#include "histogram_bins.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace kinsight::gui {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A bound as Netdata's ebpf_fill_histogram_dimension() writes it: whole units,
// the largest of us/ms/s that the value reaches, truncated.
QString netdataBound(quint64 micros)
{
    if (micros >= 1000000)
        return QString::number(micros / 1000000) + u"s"_s;
    if (micros >= 1000)
        return QString::number(micros / 1000) + u"ms"_s;
    return QString::number(micros) + u"us"_s;
}

bool isNetdataLog2(const QStringList &names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        const quint64 lower = i == 0 ? 0 : quint64(1) << (i - 1);
        const QString upper = i + 1 == names.size() ? u"+Inf"_s : netdataBound(quint64(1) << i);
        if (names[i] != netdataBound(lower) + u"->"_s + upper)
            return false;
    }
    return true;
}

std::optional<double> micros(const QString &number, const QString &unit)
{
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (unit == u"ns"_s)
        return value / 1000;
    if (unit == u"us"_s || unit == u"µs"_s)
        return value;
    if (unit == u"ms"_s)
        return value * 1000;
    if (unit == u"s"_s)
        return value * 1e6;
    return std::nullopt;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kinsight::gui::HistogramBins", text);
}

}  // namespace

std::optional<HistogramBins> HistogramBins::fromNames(const QStringList &names)
{
    if (names.size() < 2)
        return std::nullopt;
    HistogramBins bins;
    bins.names_ = names;
    if (isNetdataLog2(names)) {
        bins.log2_ = true;
        for (qsizetype i = 0; i < names.size(); ++i) {
            bins.lower_.append(i == 0 ? 0.0 : std::ldexp(1.0, int(i - 1)));
            bins.upper_.append(i + 1 == names.size() ? kInfinity : std::ldexp(1.0, int(i)));
        }
        return bins;
    }
    // Other bin names: their own numbers, contiguous and increasing.
    static const QRegularExpression pattern(
        uR"(^(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s)\s*->\s*(?:(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s)|\+Inf)$)"_s);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QRegularExpressionMatch m = pattern.match(names[i]);
        if (!m.hasMatch())
            return std::nullopt;
        const std::optional<double> lower = micros(m.captured(1), m.captured(2));
        std::optional<double> upper = kInfinity;
        if (m.capturedLength(3) > 0)
            upper = micros(m.captured(3), m.captured(4));
        else if (i + 1 != names.size())
            return std::nullopt;  // only the last bin may be open
        if (!lower || !upper || !(*upper > *lower) || (i > 0 && *lower != bins.upper_.last()))
            return std::nullopt;
        bins.lower_.append(*lower);
        bins.upper_.append(*upper);
    }
    return bins;
}

QString HistogramBins::durationText(double micros)
{
    const QLocale locale;
    auto threeDigits = [&locale](double v) {
        const int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
        QString text = locale.toString(v, 'f', decimals);
        if (decimals > 0) {
            // 1.50 -> 1.5, 2.00 -> 2: digits that say nothing go.
            while (text.endsWith(locale.zeroDigit()))
                text.chop(1);
            if (text.endsWith(locale.decimalPoint()))
                text.chop(1);
        }
        return text;
    };
    if (micros >= 1e6)
        return threeDigits(micros / 1e6) + u" s"_s;
    if (micros >= 1000)
        return threeDigits(micros / 1000) + u" ms"_s;
    return threeDigits(micros) + u" µs"_s;
}

QString HistogramBins::rangeText(qsizetype bin) const
{
    if (bin < 0 || bin >= size())
        return {};
    const QString upperText = durationText(upper_[bin]);
    if (std::isinf(upper_[bin]))
        return tr("≥ %1").arg(durationText(lower_[bin]));
    QString lowerText = durationText(lower_[bin]);
    if (lower_[bin] == 0)
        lowerText = QLocale().toString(0);
    else if (lowerText.section(u' ', 1) == upperText.section(u' ', 1))
        lowerText = lowerText.section(u' ', 0, 0);  // "16–32 µs", one unit for both
    return tr("%1–%2").arg(lowerText, upperText);
}

int HistogramBins::quantileBin(const QList<double> &counts, double q)
{
    double total = 0;
    for (double c : counts)
        total += std::max(0.0, c);
    if (!(total > 0))
        return -1;
    const double rank = std::max(1.0, std::ceil(q * total - 1e-9));
    double running = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        running += std::max(0.0, counts[i]);
        if (running >= rank - 1e-9)
            return int(i);
    }
    return int(counts.size() - 1);
}

}  // namespace kinsight::gui
