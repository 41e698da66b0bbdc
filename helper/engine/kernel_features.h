// What the running kernel offers to the attach strategy, answered without
// loading anything: BTF functions and raw tracepoints, kprobe support,
// tracefs events, kallsyms, syscall numbers. Answers are cached per process.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinsight::engine {

class KernelFeatures {
public:
    static KernelFeatures &instance();

    bool hasVmlinuxBtf() const;
    std::string btfError() const;
    // In vmlinux's BTF, or in the BTF of the loaded module that defines it (xfs, md_mod...).
    bool btfFunctionExists(std::string_view function) const;
    bool rawTracepointExists(std::string_view name) const;  // btf_trace_<name> in vmlinux BTF
    // Arguments a raw tracepoint passes its programs (btf_trace_<name>'s, less the context).
    std::optional<int> rawTracepointArguments(std::string_view name) const;
    // Symbols of modules loaded since the last look are found too (/proc/modules changed).
    bool kallsymsHas(std::string_view symbol) const;
    // Value of enumerator `name` of enum `enumName` in the kernel's BTF.
    std::optional<int64_t> enumValue(std::string_view enumName, std::string_view name) const;

    // Empty when kprobes can be created; otherwise why not.
    std::string kprobeUnavailableReason() const;
    // Path of the tracing filesystem's root, if mounted.
    std::optional<std::string> tracefsRoot() const;
    // Empty when "category/event" exists; otherwise why it cannot be used.
    std::string classicTracepointProblem(std::string_view categoryAndEvent) const;

    static std::optional<int> syscallNumber(std::string_view name);
    static std::string kernelRelease();

private:
    KernelFeatures();
    struct Impl;
    Impl *d;
};

std::string errnoText(int error);

}  // namespace kinsight::engine
