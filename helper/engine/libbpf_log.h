// libbpf reports why a load or attach failed only through its print callback.
// LibbpfLogCapture collects those lines for the duration of one load so the
// engine can tell which program failed and why.
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace kinsight::engine {

class LibbpfLogCapture {
public:
    LibbpfLogCapture();
    ~LibbpfLogCapture();
    LibbpfLogCapture(const LibbpfLogCapture &) = delete;
    LibbpfLogCapture &operator=(const LibbpfLogCapture &) = delete;

    const std::vector<std::string> &lines() const;
    // Name of the program the last error line is about ("prog 'x': ..."), or empty.
    std::string failingProgram() const;
    // The most telling error line, without the "libbpf: " prefix.
    std::string summary() const;
    void clear();

    // Where libbpf lines go when nobody captures them (stderr when verbose).
    static void setVerbose(bool verbose);

private:
    std::unique_lock<std::mutex> lock_;
};

}  // namespace kinsight::engine
