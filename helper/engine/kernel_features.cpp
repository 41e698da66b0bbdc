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
#include <unordered_set>

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
    std::once_flag btfOnce, kallsymsOnce;
    btf *vmlinux = nullptr;
    std::string btfError;
    std::unordered_set<std::string> kallsyms;

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
    void loadKallsyms()
    {
        std::call_once(kallsymsOnce, [this] {
            std::ifstream in("/proc/kallsyms");
            std::string addr, type, name;
            while (in >> addr >> type >> name) {
                in.ignore(1 << 20, '\n');
                kallsyms.insert(name);
            }
        });
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
    return d->vmlinux && btf__find_by_name_kind(d->vmlinux, std::string(function).c_str(), BTF_KIND_FUNC) > 0;
}

bool KernelFeatures::rawTracepointExists(std::string_view name) const
{
    d->loadBtf();
    if (!d->vmlinux)
        return false;
    const std::string typedefName = "btf_trace_" + std::string(name);
    return btf__find_by_name_kind(d->vmlinux, typedefName.c_str(), BTF_KIND_TYPEDEF) > 0;
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
    d->loadKallsyms();
    return d->kallsyms.count(std::string(symbol)) > 0;
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
        KS_NR(shmctl) KS_NR(fsopen) KS_NR(fsmount) KS_NR(move_mount)
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
