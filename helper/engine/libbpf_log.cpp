#include "libbpf_log.h"

#include <bpf/libbpf.h>

#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <regex>

namespace kinsight::engine {

namespace {
std::mutex captureMutex;             // one capture at a time: libbpf's callback is global
std::vector<std::string> *captured;  // guarded by captureMutex
std::atomic<bool> verboseLog{false};

int printToCapture(enum libbpf_print_level level, const char *format, va_list args)
{
    // Verifier logs arrive as one long string: no fixed-size buffer.
    char *buffer = nullptr;
    if (vasprintf(&buffer, format, args) < 0)
        return 0;
    std::unique_ptr<char, decltype(&free)> owned(buffer, free);
    if (verboseLog || (level == LIBBPF_WARN && !captured))
        fprintf(stderr, "%s", buffer);
    if (captured) {
        std::string line(buffer);
        while (!line.empty() && line.back() == '\n')
            line.pop_back();
        if (level != LIBBPF_DEBUG)
            captured->push_back(std::move(line));
    }
    return 0;
}

void installPrinterOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // KINSIGHT_LIBBPF_VERBOSE=1 shows every libbpf line (verifier logs included) on stderr.
        if (const char *v = getenv("KINSIGHT_LIBBPF_VERBOSE"); v && *v == '1')
            verboseLog = true;
        libbpf_set_print(printToCapture);
    });
}
}  // namespace

LibbpfLogCapture::LibbpfLogCapture() : lock_(captureMutex)
{
    installPrinterOnce();
    captured = new std::vector<std::string>;
}

LibbpfLogCapture::~LibbpfLogCapture()
{
    delete captured;
    captured = nullptr;
}

const std::vector<std::string> &LibbpfLogCapture::lines() const
{
    return *captured;
}

void LibbpfLogCapture::clear()
{
    captured->clear();
}

std::string LibbpfLogCapture::failingProgram() const
{
    static const std::regex progRe("prog '([^']+)'");
    for (auto it = captured->rbegin(); it != captured->rend(); ++it) {
        std::smatch m;
        if (std::regex_search(*it, m, progRe))
            return m[1];
    }
    return {};
}

std::string LibbpfLogCapture::summary() const
{
    // A verifier log states its verdict on the line before "processed N insns".
    for (auto it = captured->rbegin(); it != captured->rend(); ++it) {
        const auto processed = it->find("\nprocessed ");
        if (processed == std::string::npos)
            continue;
        const auto start = it->rfind('\n', processed - 1);
        return "verifier: " + it->substr(start == std::string::npos ? 0 : start + 1,
                                         processed - (start == std::string::npos ? 0 : start + 1));
    }
    // Prefer the line that states the failure over verifier-log noise.
    for (auto it = captured->rbegin(); it != captured->rend(); ++it) {
        const std::string &l = *it;
        if (l.find("failed") != std::string::npos || l.find("error") != std::string::npos
            || l.find("not permitted") != std::string::npos || l.find("invalid") != std::string::npos) {
            std::string s = l.rfind("libbpf: ", 0) == 0 ? l.substr(8) : l;
            if (s.find("-- END PROG LOAD LOG --") == std::string::npos)
                return s;
        }
    }
    return captured->empty() ? std::string() : captured->back();
}

void LibbpfLogCapture::setVerbose(bool verbose)
{
    installPrinterOnce();
    verboseLog = verbose;
}

}  // namespace kinsight::engine
