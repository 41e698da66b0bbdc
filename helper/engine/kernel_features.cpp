#include "kernel_features.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include <asm/unistd.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace kinsight::engine {

std::string errnoText(int error)
{
    if (error < 0)
        error = -error;
    std::ostringstream s;
    s << strerrordesc_np(error) << " (" << (strerrorname_np(error) ? strerrorname_np(error) : "?") << ")";
    return s.str();
}

struct KernelFeatures::Impl {
    std::once_flag btfOnce;
    btf *vmlinux = nullptr;
    std::string btfError;
    // Symbol -> module ("" for vmlinux). Modules come and go (a file system's driver
    // is loaded by its first mount), so this is read again when /proc/modules changes.
    std::mutex symbolsLock;
    bool symbolsRead = false;
    std::unordered_map<std::string, std::string> kallsyms;
    std::string modulesSeen;
    std::map<std::string, btf *> moduleBtf;  // nullptr: the module has no BTF

    void loadBtf()
    {
        std::call_once(btfOnce, [this] {
            vmlinux = btf__load_vmlinux_btf();
            if (!vmlinux) {
                btfError = "cannot read the kernel's BTF (/sys/kernel/btf/vmlinux): " + errnoText(errno)
                           + "; a kernel built with CONFIG_DEBUG_INFO_BTF=y is needed";
            }
        });
    }
    static std::string loadedModules()
    {
        std::ifstream in("/proc/modules");
        std::string line, names;
        while (std::getline(in, line))
            names += line.substr(0, line.find(' ')) + ' ';
        return names;
    }
    // Caller holds symbolsLock.
    void readKallsyms()
    {
        modulesSeen = loadedModules();
        kallsyms.clear();
        std::ifstream in("/proc/kallsyms");
        std::string line;
        while (std::getline(in, line)) {
            // "address type name" or "address type name\t[module]"
            const auto a = line.find(' '), b = a == std::string::npos ? a : line.find(' ', a + 1);
            if (b == std::string::npos)
                continue;
            const auto tab = line.find('\t', b + 1);
            std::string name = line.substr(b + 1, tab == std::string::npos ? std::string::npos : tab - b - 1);
            std::string module;
            if (tab != std::string::npos) {
                const auto open = line.find('[', tab), close = line.find(']', tab);
                if (open != std::string::npos && close != std::string::npos && close > open)
                    module = line.substr(open + 1, close - open - 1);
            }
            kallsyms.emplace(std::move(name), std::move(module));
        }
        symbolsRead = true;
    }
    // The module defining `symbol` ("" = vmlinux), or nothing when it is not in the kernel.
    std::optional<std::string> symbolModule(const std::string &symbol)
    {
        std::lock_guard lock(symbolsLock);
        if (!symbolsRead)
            readKallsyms();
        auto it = kallsyms.find(symbol);
        // A miss may be a module loaded since; a hit in a module, one unloaded since.
        const bool stale = it == kallsyms.end()
                               ? loadedModules() != modulesSeen
                               : !it->second.empty() && access(("/sys/module/" + it->second).c_str(), F_OK) != 0;
        if (stale) {
            readKallsyms();
            it = kallsyms.find(symbol);
        }
        if (it == kallsyms.end())
            return std::nullopt;
        return it->second;
    }
    // Caller holds symbolsLock. Module BTF is split BTF over vmlinux's: only its own
    // types (ids from vmlinux's count on) are searched.
    bool moduleHasFunction(const std::string &module, const std::string &function)
    {
        auto it = moduleBtf.find(module);
        if (it == moduleBtf.end())
            it = moduleBtf.emplace(module, btf__load_module_btf(module.c_str(), vmlinux)).first;
        btf *own = it->second;
        if (!own)
            return false;
        for (uint32_t id = btf__type_cnt(vmlinux); id < btf__type_cnt(own); ++id) {
            const btf_type *t = btf__type_by_id(own, id);
            if (t && btf_is_func(t) && function == btf__name_by_offset(own, t->name_off))
                return true;
        }
        return false;
    }
};

KernelFeatures::KernelFeatures() : d(new Impl) {}

KernelFeatures &KernelFeatures::instance()
{
    static KernelFeatures features;
    return features;
}

bool KernelFeatures::hasVmlinuxBtf() const
{
    d->loadBtf();
    return d->vmlinux != nullptr;
}

std::string KernelFeatures::btfError() const
{
    d->loadBtf();
    return d->btfError;
}

bool KernelFeatures::btfFunctionExists(std::string_view function) const
{
    d->loadBtf();
    if (!d->vmlinux)
        return false;
    const std::string name(function);
    if (btf__find_by_name_kind(d->vmlinux, name.c_str(), BTF_KIND_FUNC) > 0)
        return true;
    const auto module = d->symbolModule(name);
    if (!module || module->empty())
        return false;
    std::lock_guard lock(d->symbolsLock);
    return d->moduleHasFunction(*module, name);
}

bool KernelFeatures::rawTracepointExists(std::string_view name) const
{
    d->loadBtf();
    if (!d->vmlinux)
        return false;
    const std::string typedefName = "btf_trace_" + std::string(name);
    return btf__find_by_name_kind(d->vmlinux, typedefName.c_str(), BTF_KIND_TYPEDEF) > 0;
}

std::optional<int> KernelFeatures::rawTracepointArguments(std::string_view name) const
{
    d->loadBtf();
    if (!d->vmlinux)
        return std::nullopt;
    // typedef void (*btf_trace_<name>)(void *, args...)
    const std::string typedefName = "btf_trace_" + std::string(name);
    const int id = btf__find_by_name_kind(d->vmlinux, typedefName.c_str(), BTF_KIND_TYPEDEF);
    if (id <= 0)
        return std::nullopt;
    const btf_type *t = btf__type_by_id(d->vmlinux, btf__type_by_id(d->vmlinux, id)->type);
    if (!t || !btf_is_ptr(t) || !(t = btf__type_by_id(d->vmlinux, t->type)) || !btf_is_func_proto(t)
        || btf_vlen(t) < 1)
        return std::nullopt;
    return btf_vlen(t) - 1;
}

std::optional<int64_t> KernelFeatures::enumValue(std::string_view enumName, std::string_view name) const
{
    d->loadBtf();
    if (!d->vmlinux)
        return std::nullopt;
    const int id = btf__find_by_name_kind(d->vmlinux, std::string(enumName).c_str(), BTF_KIND_ENUM);
    if (id <= 0)
        return std::nullopt;
    const btf_type *t = btf__type_by_id(d->vmlinux, id);
    const struct btf_enum *e = btf_enum(t);
    for (int i = 0; i < btf_vlen(t); ++i, ++e)
        if (name == btf__name_by_offset(d->vmlinux, e->name_off))
            return e->val;
    return std::nullopt;
}

bool KernelFeatures::kallsymsHas(std::string_view symbol) const
{
    return d->symbolModule(std::string(symbol)).has_value();
}

std::string KernelFeatures::kprobeUnavailableReason() const
{
    // The kprobe PMU exists whenever the kernel can create kprobes (CONFIG_KPROBES
    // and CONFIG_KPROBE_EVENTS); legacy tracefs kprobe_events is the older path.
    if (access("/sys/bus/event_source/devices/kprobe/type", R_OK) == 0)
        return {};
    if (auto root = tracefsRoot(); root && access((*root + "/kprobe_events").c_str(), W_OK) == 0)
        return {};
    return "the kernel cannot create kprobes (no kprobe PMU in /sys/bus/event_source/devices and no "
           "kprobe_events in tracefs: CONFIG_KPROBES or CONFIG_KPROBE_EVENTS is not set)";
}

std::optional<std::string> KernelFeatures::tracefsRoot() const
{
    // libbpf 1.1 looks for tracepoint ids under debugfs first, then tracefs.
    for (const char *root : {"/sys/kernel/debug/tracing", "/sys/kernel/tracing"})
        if (access((std::string(root) + "/events").c_str(), R_OK) == 0)
            return std::string(root);
    return std::nullopt;
}

std::string KernelFeatures::classicTracepointProblem(std::string_view categoryAndEvent) const
{
    auto root = tracefsRoot();
    if (!root)
        return "tracefs is not mounted (mount -t tracefs tracefs /sys/kernel/tracing)";
    const std::string path = *root + "/events/" + std::string(categoryAndEvent) + "/id";
    if (access(path.c_str(), R_OK) != 0)
        return "tracepoint " + std::string(categoryAndEvent) + " does not exist: " + errnoText(errno);
    return {};
}

std::optional<int> KernelFeatures::syscallNumber(std::string_view name)
{
    static const std::map<std::string_view, int> numbers = {
#define KS_NR(n) {#n, __NR_##n},
        KS_NR(read) KS_NR(write) KS_NR(open) KS_NR(close) KS_NR(creat) KS_NR(openat) KS_NR(openat2)
        KS_NR(pread64) KS_NR(pwrite64) KS_NR(readv) KS_NR(writev) KS_NR(preadv) KS_NR(pwritev)
        KS_NR(preadv2) KS_NR(pwritev2) KS_NR(unlink) KS_NR(unlinkat) KS_NR(fsync) KS_NR(fdatasync)
        KS_NR(clone) KS_NR(clone3) KS_NR(fork) KS_NR(vfork) KS_NR(sync) KS_NR(syncfs) KS_NR(msync)
        KS_NR(sync_file_range) KS_NR(mount) KS_NR(umount2) KS_NR(shmget) KS_NR(shmat) KS_NR(shmdt)
        KS_NR(shmctl) KS_NR(fsopen) KS_NR(fsmount) KS_NR(move_mount) KS_NR(sendto) KS_NR(recvfrom)
        KS_NR(sendmsg) KS_NR(recvmsg) KS_NR(sendmmsg) KS_NR(recvmmsg) KS_NR(accept) KS_NR(accept4)
#undef KS_NR
    };
    auto it = numbers.find(name);
    if (it == numbers.end())
        return std::nullopt;
    return it->second;
}

std::string KernelFeatures::kernelRelease()
{
    utsname u{};
    uname(&u);
    return u.release;
}

}  // namespace kinsight::engine
