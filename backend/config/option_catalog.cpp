// The data behind OptionSchema: Kinsight's modules and every option of
// ebpf.d.conf and ebpf.d/<module>.conf. Netdata values are those of v2.9.0's
// stock files ("stock") and of its code when a key is absent ("fallback"),
// from reference/netdata-ebpf-plugin.md §1.1, §2 and §11.
#include "option_schema.h"

using namespace Qt::StringLiterals;

namespace kinsight::config {

namespace {

const QString global = u"global"_s;
const QString programs = u"ebpf programs"_s;

OptionSpec option(const QString &section, const QString &key, ValueType type)
{
    OptionSpec spec;
    spec.section = section;
    spec.key = key;
    spec.type = type;
    return spec;
}

struct Defaults {
    QString kinsight;
    QString stock;
    QString fallback;
};

OptionSpec &withDefaults(OptionSpec &spec, const Defaults &defaults)
{
    spec.kinsightDefault = defaults.kinsight;
    spec.netdataStock = defaults.stock;
    spec.netdataFallback = defaults.fallback;
    return spec;
}

// A [global] option read from ebpf.d.conf and overridable per module file.
OptionSpec cascading(const QString &key, ValueType type, const Defaults &defaults, const QStringList &modules = {})
{
    OptionSpec spec = option(global, key, type);
    withDefaults(spec, defaults);
    spec.inMainFile = true;
    spec.inModuleFiles = true;
    spec.cascades = true;
    spec.modules = modules;
    return spec;
}

// An option that lives only in one module's file.
OptionSpec moduleOwn(const QString &module, const QString &section, const QString &key, ValueType type,
                     const Defaults &defaults)
{
    OptionSpec spec = option(section, key, type);
    withDefaults(spec, defaults);
    spec.inModuleFiles = true;
    spec.modules = {module};
    return spec;
}

OptionSpec mainOnly(const QString &section, const QString &key, ValueType type, const Defaults &defaults)
{
    OptionSpec spec = option(section, key, type);
    withDefaults(spec, defaults);
    spec.inMainFile = true;
    return spec;
}

QStringList perProcessModules(const QList<ModuleSpec> &modules)
{
    QStringList ids;
    for (const ModuleSpec &module : modules) {
        if (module.perProcess)
            ids.append(module.id);
    }
    return ids;
}

}  // namespace

QList<ModuleSpec> kinsightModules()
{
    return {
        {u"process"_s, u"process.conf"_s, u"process"_s, u"Processes"_s,
         u"process and thread creation, exits, releases (zombies) and failed forks"_s, true},
        {u"socket"_s, u"network.conf"_s, u"socket"_s, u"Network"_s,
         u"TCP and UDP calls, bytes, retransmits, connections and the per-connection table"_s, true},
        {u"cachestat"_s, u"cachestat.conf"_s, u"cachestat"_s, u"Page cache"_s,
         u"page cache hit ratio, dirty pages, hits and misses"_s, true},
        {u"sync"_s, u"sync.conf"_s, u"sync"_s, u"Synchronization"_s,
         u"calls to sync, syncfs, msync, fsync, fdatasync and sync_file_range"_s, false},
        {u"dcstat"_s, u"dcstat.conf"_s, u"dcstat"_s, u"Directory cache"_s,
         u"directory cache hit ratio, lookups and files not found"_s, true},
        {u"swap"_s, u"swap.conf"_s, u"swap"_s, u"Swap"_s, u"swap page reads and writes"_s, true},
        {u"vfs"_s, u"vfs.conf"_s, u"vfs"_s, u"Virtual file system"_s,
         u"VFS reads, writes and bytes, opens, creates, fsyncs, unlinks and their errors"_s, true},
        {u"filesystem"_s, u"filesystem.conf"_s, u"filesystem"_s, u"Filesystem latency"_s,
         u"latency histograms of read, write, open and sync on ext4, xfs, nfs, zfs and btrfs"_s, false},
        {u"disk"_s, u"disk.conf"_s, u"disk"_s, u"Disk latency"_s,
         u"latency histogram of block requests, per disk"_s, false},
        {u"mount"_s, u"mount.conf"_s, u"mount"_s, u"Mount"_s, u"calls to mount and umount"_s, false},
        {u"fd"_s, u"fd.conf"_s, u"fd"_s, u"File descriptors"_s,
         u"file opens and closes and their errors"_s, true},
        {u"hardirq"_s, u"hardirq.conf"_s, u"hardirq"_s, u"Hard IRQs"_s,
         u"time spent serving each hardware interrupt"_s, false},
        {u"softirq"_s, u"softirq.conf"_s, u"softirq"_s, u"Soft IRQs"_s,
         u"time spent serving each software interrupt vector"_s, false},
        {u"oomkill"_s, u"oomkill.conf"_s, u"oomkill"_s, u"OOM kills"_s,
         u"processes killed by the out-of-memory killer"_s, true},
        {u"shm"_s, u"shm.conf"_s, u"shm"_s, u"Shared memory"_s,
         u"calls to shmget, shmat, shmdt and shmctl (System V shared memory)"_s, true},
        {u"mdflush"_s, u"mdflush.conf"_s, u"mdflush"_s, u"MD flush"_s,
         u"flushes of software RAID (md) devices"_s, false},
    };
}

QList<OptionSpec> kinsightOptions(const QList<ModuleSpec> &modules)
{
    QList<OptionSpec> options;
    const QStringList perProcess = perProcessModules(modules);

    // ---- [global]: ebpf.d.conf, overridable in module files ----
    {
        OptionSpec spec = cascading(u"ebpf load mode"_s, ValueType::Choice, {u"entry"_s, u"entry"_s, u"entry"_s});
        spec.choices = {
            {u"entry"_s, {}, u"count calls only"_s, {}},
            {u"return"_s, {}, u"also hook function returns to count failed calls"_s, {}},
            {u"dev"_s, {}, u"undocumented Netdata developer mode"_s,
             u"'dev' is an undocumented Netdata developer mode; Kinsight reads it as 'entry'"_s},
        };
        spec.explanation = u"How much each hook records. 'entry' counts calls only; 'return' also hooks the "
                           u"function's return so failed calls are counted too (the *_error metrics such as "
                           u"open_error or vfs_write_error), at the price of roughly 100 ns more per call. A "
                           u"module file can choose its own mode."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"apps"_s, ValueType::Boolean, {u"yes"_s, u"no"_s, u"yes"_s}, perProcess);
        spec.explanation = u"Per-application metrics (process_create, file_open, vfs_read_bytes, ...): every "
                           u"hooked call is also counted in a per-process table of 'pid table size' entries, "
                           u"and user space groups processes into applications. It costs kernel memory and a "
                           u"little time per call."_s;
        spec.kinsightNote = u"On by default in Kinsight: the Applications page is built on it, and Kinsight's "
                            u"per-process table is bounded and emptied in the kernel when a process is "
                            u"released. Netdata's stock file turns it off. Unlike in Netdata, 'oomkill' does "
                            u"not need it."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"cgroups"_s, ValueType::Boolean, {u"no"_s, u"no"_s, u"no"_s}, perProcess);
        spec.explanation = u"Per-cgroup and per-systemd-service metrics, summed from the same per-process "
                           u"counts as 'apps'. Useful with containers and services; it adds the cost of "
                           u"reading every cgroup's process list."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"update every"_s, ValueType::Seconds, {u"1"_s, u"5"_s, u"10"_s});
        spec.minimum = 1;
        spec.maximum = 3600;
        spec.unit = u"s"_s;
        spec.explanation = u"How often the counters are read from the kernel and sent, in whole seconds. "
                           u"Rates stay per second whatever the interval; a longer interval only costs less "
                           u"and shows less detail."_s;
        spec.kinsightNote = u"Kinsight shows live activity on a desktop, so it reads every second. Netdata's "
                            u"stock file says 5 (10 after v2.9.0), its code falls back to 10, and its README "
                            u"wrongly says 5 is the default."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"pid table size"_s, ValueType::Integer, {u"32768"_s, u"32768"_s, u"32768"_s},
                                    perProcess);
        spec.minimum = 1;
        spec.maximum = 4194304;
        spec.unit = u"PIDs"_s;
        spec.explanation = u"The most processes tracked at once in each per-process table. When a table is "
                           u"full, new processes still count in the system-wide totals but not on their own. "
                           u"Each entry costs kernel memory (tens to a hundred bytes per module)."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = mainOnly(global, u"btf path"_s, ValueType::Path,
                                   {u"/sys/kernel/btf"_s, u"/sys/kernel/btf/"_s, u"/sys/kernel/btf"_s});
        spec.explanation = u"Directory that holds the kernel's BTF type information (the file 'vmlinux' in "
                           u"it). CO-RE programs, fentry/fexit trampolines and tp_btf tracepoints need it."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"ebpf type format"_s, ValueType::Choice, {u"auto"_s, {}, u"auto"_s});
        spec.choices = {
            {u"auto"_s, {}, u"CO-RE when the kernel has BTF"_s, {}},
            {u"co-re"_s, {}, u"one object adapted to the running kernel"_s, {}},
            {u"legacy"_s, {}, u"objects prebuilt per kernel version"_s,
             u"Kinsight ships CO-RE objects only and reads 'legacy' as 'auto'"_s},
        };
        spec.explanation = u"Which kind of BPF object to load: 'co-re' (compile once, run everywhere: one "
                           u"object relocated for the running kernel using its BTF), 'legacy' (objects "
                           u"prebuilt for each kernel version), or 'auto' (CO-RE when BTF is available)."_s;
        spec.kinsightNote = u"Kinsight only has CO-RE objects; Netdata's stock ebpf.d.conf does not set this "
                            u"key, its module files set 'auto'."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"ebpf co-re tracing"_s, ValueType::Choice,
                                    {u"auto"_s, u"trampoline"_s, u"trampoline"_s});
        spec.choices = {
            {u"auto"_s, {}, u"Kinsight: the cheapest candidate that loads and attaches, per hook"_s, {}},
            {u"trampoline"_s, {}, u"fentry/fexit"_s, {}},
            {u"tracepoint"_s, {}, u"tp_btf, raw_tp or classic tracepoints"_s, {}},
            {u"probe"_s, {}, u"kprobe/kretprobe"_s, {}},
        };
        spec.explanation = u"Which family of attach points a module's hooks use: 'trampoline' (fentry/fexit, "
                           u"cheapest, needs BTF and BPF trampolines), 'tracepoint' (kernel tracepoints: "
                           u"tp_btf, raw_tp or classic), 'probe' (kprobes, available almost everywhere but the "
                           u"most expensive), or 'auto'. Candidates that fail to load or attach are listed with "
                           u"their reason in Diagnostics."_s;
        spec.kinsightNote = u"'auto' is Kinsight's and its default: each hook takes the cheapest candidate "
                            u"that works, so one missing function does not cost a whole module. Netdata reads "
                            u"it only from module files and treats any value it does not know, 'auto' "
                            u"included, as 'trampoline'; its stock network.conf uses 'probe'."_s;
        spec.netdataIgnoresInMainFile = true;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"maps per core"_s, ValueType::Boolean, {u"no"_s, u"yes"_s, u"yes"_s});
        spec.explanation = u"Whether per-process hash tables are per-CPU (one copy of every entry per CPU: "
                           u"no contention, but memory multiplied by the number of CPUs) or shared by all "
                           u"CPUs. Ignored on kernels older than 4.6."_s;
        spec.kinsightNote = u"Kinsight never makes per-process tables per-CPU (their memory grows with the "
                            u"CPU count); it keeps per-CPU arrays only for system-wide counters. Netdata's "
                            u"stock file says yes, network.conf no; its comments name 4.15 or 4.6 as the "
                            u"minimum kernel, its code uses 4.6."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"lifetime"_s, ValueType::Seconds, {u"300"_s, u"300"_s, u"300"_s});
        spec.minimum = 1;
        spec.maximum = 86400;
        spec.unit = u"s"_s;
        spec.explanation = u"How long a module started on demand (from the GUI, or by a Netdata function) "
                           u"keeps running before it unloads its programs. Modules enabled in [ebpf programs] "
                           u"run until they are stopped."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"collect pid"_s, ValueType::Choice,
                                    {u"all"_s, u"real parent"_s, u"real parent"_s}, perProcess);
        spec.choices = {
            {u"real parent"_s, {}, u"key by the process that spawned the caller"_s, {}},
            {u"parent"_s, {}, u"key by the current parent"_s, {}},
            {u"all"_s, {}, u"key by every process"_s, {}},
        };
        spec.explanation = u"Which PID the per-process tables are keyed by: 'real parent' (the process that "
                           u"spawned the caller, so children are summed into it: the smallest table), "
                           u"'parent' (the current parent, which can change, e.g. under ptrace), or 'all' "
                           u"(every process on its own: exact per-process numbers, the largest table)."_s;
        spec.kinsightNote = u"Kinsight shows exact numbers for each process, so it keys by every PID. "
                            u"Netdata's stock files say 'real parent', except network.conf ('all')."_s;
        spec.netdataIgnoresInMainFile = true;
        options.append(spec);
    }
    {
        OptionSpec spec = cascading(u"ebpf object flavor"_s, ValueType::Choice, {{}, u"buffer"_s, {}});
        spec.choices = {
            {u"arena"_s, {}, u"BPF arena objects"_s, {}},
            {u"buffer"_s, {u"buffer ring"_s, u"ring buffer"_s}, u"ring-buffer objects"_s, {}},
            {u"legacy"_s, {u"tracing"_s}, u"classic map objects"_s, {}},
        };
        spec.status = KeyStatus::NetdataOnly;
        spec.statusMessage = u"Netdata's Go collector (after v2.9.0) chooses BPF arena, ring-buffer or "
                             u"classic objects with it; Kinsight checks the value and otherwise ignores it"_s;
        spec.explanation = u"Netdata only: the family of BPF objects its newer collector loads ('arena', "
                           u"'buffer', 'legacy'), falling back to the next one the kernel supports."_s;
        options.append(spec);
    }

    // ---- [ebpf programs]: which modules run ----
    struct ProgramDefaults {
        const char16_t *id;
        Defaults defaults;
        const char16_t *note;
    };
    const QList<ProgramDefaults> programDefaults = {
        {u"process", {u"yes"_s, u"no"_s, u"yes"_s},
         u"On in Kinsight: process life is the base of every per-application view."},
        {u"socket", {u"yes"_s, u"no"_s, u"no"_s},
         u"On in Kinsight: which application talks to the network is one of its main questions."},
        {u"cachestat", {u"no"_s, u"no"_s, u"no"_s}, nullptr},
        {u"sync", {u"yes"_s, u"no"_s, u"yes"_s},
         u"On in Kinsight: sync calls are rare, cheap to count, and explain many stalls."},
        {u"dcstat", {u"no"_s, u"no"_s, u"no"_s}, nullptr},
        {u"swap", {u"no"_s, u"no"_s, u"no"_s}, nullptr},
        {u"vfs", {u"yes"_s, u"no"_s, u"no"_s},
         u"On in Kinsight: file reads and writes per application are one of its main views; it counts real "
         u"bytes, not Netdata's sums of log2 sizes."},
        {u"filesystem", {u"no"_s, u"no"_s, u"no"_s}, nullptr},
        {u"disk", {u"no"_s, u"no"_s, u"no"_s}, nullptr},
        {u"mount", {u"yes"_s, u"yes"_s, u"yes"_s}, nullptr},
        {u"fd", {u"yes"_s, u"no"_s, u"yes"_s},
         u"On in Kinsight: opens and failed opens per application are among its main views."},
        {u"hardirq", {u"no"_s, u"no"_s, u"yes"_s}, nullptr},
        {u"softirq", {u"no"_s, u"yes"_s, u"yes"_s},
         u"Off in Kinsight: interrupt time is a system view, not an application one; Netdata's stock file "
         u"turns it on."},
        {u"oomkill", {u"yes"_s, u"yes"_s, u"yes"_s},
         u"Kinsight counts OOM kills whether or not 'apps' is on; Netdata's thread silently exits unless "
         u"apps = yes, so with its stock files it is effectively off."},
        {u"shm", {u"no"_s, u"no"_s, u"yes"_s}, nullptr},
        {u"mdflush", {u"no"_s, u"no"_s, u"no"_s}, nullptr},
    };
    for (const ProgramDefaults &entry : programDefaults) {
        const QString id = QString::fromUtf16(entry.id);
        const ModuleSpec *module = nullptr;
        for (const ModuleSpec &candidate : modules) {
            if (candidate.programsKey == id)
                module = &candidate;
        }
        OptionSpec spec = mainOnly(programs, id, ValueType::Boolean, entry.defaults);
        const QString file = module ? module->fileName : id + u".conf"_s;
        spec.explanation = u"Run the "_s + (module ? module->title : id) + u" module: "_s
                           + (module ? module->summary : QString()) + u". Its own settings are in ebpf.d/"_s
                           + file + u"; that file is only read when the module is enabled here."_s;
        if (entry.note)
            spec.kinsightNote = QString::fromUtf16(entry.note);
        options.append(spec);
    }
    {
        OptionSpec spec = mainOnly(programs, u"network connections"_s, ValueType::Boolean,
                                   {u"no"_s, u"no"_s, u"yes"_s});
        spec.explanation = u"Collect the per-connection table of the socket module (source, destination, "
                           u"port, process, bytes), filtered by [network connections] in ebpf.d/network.conf. "
                           u"Turning it on also runs the socket module."_s;
        spec.kinsightNote = u"Netdata's code only honours 'no' here when the old key 'network connection "
                            u"monitoring' is also 'no'; Kinsight reads this key as written."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = mainOnly(programs, u"dns"_s, ValueType::Boolean, {{}, u"no"_s, u"no"_s});
        spec.status = KeyStatus::NetdataOnly;
        spec.statusMessage = u"Netdata's DNS module (after v2.9.0) has no Kinsight counterpart; Kinsight ignores it"_s;
        spec.explanation = u"Netdata only: a socket filter on ports 53/5353 that reports DNS queries."_s;
        options.append(spec);
    }

    // ---- [ipc]: Netdata's data sharing between its own plugins ----
    {
        OptionSpec spec = mainOnly(u"ipc"_s, u"integration"_s, ValueType::Choice, {{}, u"disabled"_s, u"disabled"_s});
        spec.choices = {
            {u"shm"_s, {}, u"shared memory"_s, {}},
            {u"socket"_s, {}, u"Unix socket"_s, {}},
            {u"disabled"_s, {}, u"no sharing"_s, {}},
        };
        spec.status = KeyStatus::NetdataOnly;
        spec.statusMessage = u"it shares data between Netdata's own plugins; Kinsight ignores it"_s;
        spec.explanation = u"Netdata only: how the eBPF plugin shares per-process data with Netdata's "
                           u"apps and cgroups plugins."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = mainOnly(u"ipc"_s, u"bind to"_s, ValueType::Text,
                                   {{}, u"unix:/tmp/netdata_ebpf_sock"_s, u"unix:/tmp/netdata_ebpf_sock"_s});
        spec.status = KeyStatus::NetdataOnly;
        spec.statusMessage = u"it is the socket Netdata's plugins share data through; Kinsight ignores it"_s;
        spec.explanation = u"Netdata only: the Unix socket used when 'integration = socket'."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = mainOnly(u"ipc"_s, u"backlog"_s, ValueType::Integer, {{}, u"20"_s, u"20"_s});
        spec.minimum = 1;
        spec.maximum = 65535;
        spec.unit = u"connections"_s;
        spec.status = KeyStatus::NetdataOnly;
        spec.statusMessage = u"it sizes the queue of Netdata's data-sharing socket; Kinsight ignores it"_s;
        spec.explanation = u"Netdata only: how many connections to the sharing socket may wait to be accepted."_s;
        options.append(spec);
    }

    // ---- network.conf ----
    const QString socket = u"socket"_s;
    {
        OptionSpec spec = moduleOwn(socket, global, u"socket monitoring table size"_s, ValueType::Integer,
                                    {u"16384"_s, u"16384"_s, u"16384"_s});
        spec.minimum = 1;
        spec.maximum = 65535;
        spec.unit = u"connections"_s;
        spec.explanation = u"The most connections (source, destination, port, process) tracked at once in "
                           u"the kernel's connection table. When it is full, new connections still count in "
                           u"the totals but are not listed one by one."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, global, u"udp connection table size"_s, ValueType::Integer,
                                    {u"4096"_s, u"4096"_s, u"4096"_s});
        spec.minimum = 1;
        spec.maximum = 8192;
        spec.unit = u"entries"_s;
        spec.explanation = u"The most UDP receive calls in flight at once: udp_recvmsg is remembered between "
                           u"its entry and its return to learn how many bytes were received."_s;
        options.append(spec);
    }
    for (const QString &key : {u"bandwidth table size"_s, u"ipv4 connection table size"_s,
                               u"ipv6 connection table size"_s}) {
        OptionSpec spec = moduleOwn(socket, global, key, ValueType::Integer, {{}, {}, {}});
        if (key == u"bandwidth table size")
            spec.netdataStock = u"16384"_s;
        spec.minimum = 1;
        spec.maximum = 65535;
        spec.status = KeyStatus::NoLongerRead;
        spec.statusMessage = u"Netdata v1.4x and older read it, but current Netdata (whose stock network.conf "
                             u"still ships it) and Kinsight do not, so it has no effect"_s;
        spec.replacement = u"socket monitoring table size"_s;
        spec.explanation = u"Old Netdata table size, replaced by 'socket monitoring table size'."_s;
        options.append(spec);
    }
    const QString connections = u"network connections"_s;
    {
        OptionSpec spec = moduleOwn(socket, connections, u"enabled"_s, ValueType::Boolean,
                                    {u"yes"_s, u"yes"_s, u"yes"_s});
        spec.explanation = u"Whether the per-connection table is collected when the socket module runs; "
                           u"'network connections' in [ebpf programs] turns it on from ebpf.d.conf."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, connections, u"resolve hostnames"_s, ValueType::Boolean,
                                    {u"no"_s, u"no"_s, u"no"_s});
        spec.explanation = u"Look up the host name of each destination address (reverse DNS) to label "
                           u"connections and to apply 'hostnames'. Lookups take time and send every "
                           u"destination to your DNS server."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, connections, u"resolve service names"_s, ValueType::Boolean,
                                    {u"yes"_s, u"yes"_s, u"yes"_s});
        spec.explanation = u"Label ports with service names from /etc/services and from [service name] "
                           u"(e.g. 443 shown as https)."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, connections, u"ports"_s, ValueType::PortList,
                                    {u"*"_s, u"*"_s, u"*"_s});
        spec.explanation = u"Destination ports to keep: port numbers, ranges ('1-1024' or '1:1024'), service "
                           u"names ('ssh', looked up in /etc/services) or '*' for every port; '!' excludes. "
                           u"An exclusion always wins, whatever the order; with no rule at all every port is "
                           u"kept, but with only exclusions none is."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, connections, u"ips"_s, ValueType::IpList, {u"*"_s, u"*"_s, u"*"_s});
        spec.explanation = u"Addresses to keep: IPv4 or IPv6 addresses, CIDR blocks ('10.0.0.0/8', "
                           u"'fc00::/7'), dash ranges ('10.0.0.1-10.0.0.50') or '*' for all; '!' excludes. "
                           u"An exclusion always wins. Netdata's older files kept only private networks: "
                           u"'!127.0.0.1/8 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 fc00::/7 !::1/128'."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, connections, u"hostnames"_s, ValueType::SimplePattern,
                                    {u"*"_s, u"*"_s, u"*"_s});
        spec.explanation = u"Host names to keep, as simple patterns ('*.example.com', '!ads.*'); '*' matches "
                           u"any text and '!' excludes; matching is case-sensitive. Only used when 'resolve "
                           u"hostnames' is yes, since names come from reverse lookups."_s;
        options.append(spec);
    }
    {
        // Kinsight reads it (the "maximum dimensions with an other bucket"); Netdata v1.4x
        // and older capped per-connection chart dimensions with it (default 50), current Netdata ignores it.
        OptionSpec spec = moduleOwn(socket, connections, u"maximum dimensions"_s, ValueType::Integer,
                                    {u"500"_s, {}, {}});
        spec.minimum = 1;
        spec.maximum = 1000000;
        spec.unit = u"connections"_s;
        spec.explanation = u"The most connections listed one by one; connections seen after that are summed "
                           u"in one 'other' row. Netdata v1.4x and older read it (default 50) to cap "
                           u"per-connection charts; current Netdata ignores it."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, connections, u"resolve hostname ips"_s, ValueType::Boolean,
                                    {{}, {}, {}});
        spec.status = KeyStatus::DocumentedWrongly;
        spec.statusMessage = u"Netdata's README documents this name, but Netdata reads 'resolve hostnames'; "
                             u"this line has no effect in Netdata or Kinsight"_s;
        spec.replacement = u"resolve hostnames"_s;
        spec.explanation = u"A name that exists only in Netdata's documentation; the option is "
                           u"'resolve hostnames'."_s;
        options.append(spec);
    }
    {
        OptionSpec spec = moduleOwn(socket, u"service name"_s, u"<port>"_s, ValueType::ServiceLabel, {{}, {}, {}});
        spec.freeKey = true;
        spec.explanation = u"Labels for ports, one per line as '<port> = <label>' (port 1-65535), shown "
                           u"instead of the number when no service name is known. Netdata's stock file has "
                           u"'19999 = Netdata'."_s;
        options.append(spec);
    }

    // ---- sync.conf, shm.conf, filesystem.conf ----
    struct Switch {
        const char16_t *module;
        const char16_t *section;
        const char16_t *key;
        const char16_t *explanation;
    };
    const QList<Switch> switches = {
        {u"sync", u"syscalls", u"sync", u"Count sync(2): flush all file systems' dirty data."},
        {u"sync", u"syscalls", u"msync", u"Count msync(2): flush a memory-mapped file range."},
        {u"sync", u"syscalls", u"fsync", u"Count fsync(2): flush one file's data and metadata."},
        {u"sync", u"syscalls", u"fdatasync", u"Count fdatasync(2): flush one file's data."},
        {u"sync", u"syscalls", u"syncfs", u"Count syncfs(2): flush the file system holding a file."},
        {u"sync", u"syscalls", u"sync_file_range",
         u"Count sync_file_range(2): start or wait for write-out of part of a file."},
        {u"shm", u"syscalls", u"shmget", u"Count shmget(2): create or find a System V shared memory segment."},
        {u"shm", u"syscalls", u"shmat", u"Count shmat(2): attach a shared memory segment."},
        {u"shm", u"syscalls", u"shmdt", u"Count shmdt(2): detach a shared memory segment."},
        {u"shm", u"syscalls", u"shmctl", u"Count shmctl(2): query, change or remove a shared memory segment."},
        {u"filesystem", u"filesystem", u"btrfsdist", u"Measure btrfs read, write, open and fsync latency."},
        {u"filesystem", u"filesystem", u"ext4dist", u"Measure ext4 read, write, open and fsync latency."},
        {u"filesystem", u"filesystem", u"nfsdist",
         u"Measure NFS (nfs and nfs4 mounts) read, write, open and getattr latency."},
        {u"filesystem", u"filesystem", u"xfsdist", u"Measure xfs read, write, open and fsync latency."},
        {u"filesystem", u"filesystem", u"zfsdist", u"Measure ZFS read, write, open and fsync latency."},
    };
    for (const Switch &entry : switches) {
        OptionSpec spec = moduleOwn(QString::fromUtf16(entry.module), QString::fromUtf16(entry.section),
                                    QString::fromUtf16(entry.key), ValueType::Boolean,
                                    {u"yes"_s, u"yes"_s, u"yes"_s});
        spec.explanation = QString::fromUtf16(entry.explanation);
        if (QStringView(entry.module) == u"filesystem")
            spec.explanation += u" Only file systems that are mounted are instrumented."_s;
        options.append(spec);
    }
    return options;
}

QList<KeyAlias> netdataKeyAliases()
{
    return {
        {u"global"_s, u"load"_s, u"ebpf load mode"_s, false, true, true, false},
        {u"global"_s, u"disable apps"_s, u"apps"_s, true, false, true, false},
        {u"ebpf programs"_s, u"network viewer"_s, u"socket"_s, false, false, true, false},
        {u"ebpf programs"_s, u"network connection monitoring"_s, u"network connections"_s, false, false, true, false},
    };
}

}  // namespace kinsight::config
