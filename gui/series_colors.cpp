#include "series_colors.h"

#include <array>

namespace kinsight::gui {

namespace {

// Tableau-like hues, ordered so that neighbours differ most; the dark variants
// are lighter so they keep their contrast on a dark plot.
constexpr std::array<QRgb, 12> kLight{0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x17becf,
                                      0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x393b79, 0xad494a};
constexpr std::array<QRgb, 12> kDark{0x5aa9e6, 0xff6b6b, 0x6fd36f, 0xffa94d, 0xb197fc, 0x4dd4e6,
                                     0xc8a27a, 0xf59fd8, 0xbdbdbd, 0xdede5a, 0x8c90e8, 0xe58a8b};

}  // namespace

int seriesPaletteSize()
{
    return int(kLight.size());
}

SeriesStyle seriesStyle(int index, bool darkBackground)
{
    index = std::max(0, index);
    const auto &palette = darkBackground ? kDark : kLight;
    const int round = index / int(palette.size());
    static constexpr Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return {QColor::fromRgb(palette[size_t(index) % palette.size()]), styles[round % 4]};
}

}  // namespace kinsight::gui
