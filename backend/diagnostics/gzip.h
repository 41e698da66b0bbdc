// In-process gzip decompression for /proc/config.gz (no zcat child process).
#pragma once

#include <QByteArray>

#include <optional>

namespace kinsight::diagnostics {

bool looksGzipped(const QByteArray &data);
// The decompressed bytes, or nothing when `data` is not a complete gzip stream.
// Stops with nothing past `limit` bytes: a kernel config is a few hundred KiB.
std::optional<QByteArray> gunzip(const QByteArray &data, qsizetype limit = 64 * 1024 * 1024);

}  // namespace kinsight::diagnostics
