// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * filesystem: latency of read, write, open and fsync (nfs: getattr) in ext4,
 * xfs, nfs, zfs and btrfs, measured from entry to return of each file system's
 * own function, in Netdata's log2 microsecond bins. No tracepoint sits there,
 * so this needs trampolines (fentry/fexit) or kprobes (kprobe/kretprobe). The
 * engine attaches a file system's programs only while one is mounted.
 *
 * Calls are timed per thread, file system and operation, so an operation that
 * runs another inside (an O_SYNC write calls the file system's fsync) times
 * both. A call already running when the programs attached has no entry time
 * and is not counted.
 */
#include "filesystem.h"
#define KS_COUNTERS FS_COUNTERS
#include "kinsight.bpf.h"
#include "latency.h"

struct fs_call {
	__u32 tid;
	__u16 fs;
	__u16 op;
};

/* Entry times of calls in progress. LRU: a kretprobe that missed its return
 * (too many calls in flight) leaves an entry that must not stay forever. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 8192);
	__type(key, struct fs_call);
	__type(value, __u64);
} fs_in_flight SEC(".maps");

/* One table per operation, keyed by file system (enum fs_kind). */
#define FS_LATENCY_MAP(name)                                  \
	struct {                                              \
		__uint(type, BPF_MAP_TYPE_PERCPU_HASH);       \
		__uint(max_entries, FS_KINDS);                \
		__type(key, __u32);                           \
		__type(value, struct ks_latency_bins);        \
	} name SEC(".maps");

FS_LATENCY_MAP(fs_read_latency)
FS_LATENCY_MAP(fs_write_latency)
FS_LATENCY_MAP(fs_open_latency)
FS_LATENCY_MAP(fs_sync_latency)
FS_LATENCY_MAP(fs_attr_latency)

static __always_inline void fs_entry(__u16 fs, __u16 op)
{
	struct fs_call key = { .tid = (__u32)bpf_get_current_pid_tgid(), .fs = fs, .op = op };
	__u64 now = bpf_ktime_get_ns();

	bpf_map_update_elem(&fs_in_flight, &key, &now, BPF_ANY);
}

static __always_inline void fs_exit(__u16 fs, __u16 op)
{
	struct fs_call key = { .tid = (__u32)bpf_get_current_pid_tgid(), .fs = fs, .op = op };
	__u64 *start = bpf_map_lookup_elem(&fs_in_flight, &key);
	__u64 now = bpf_ktime_get_ns(), ns;
	__u32 zero = 0, fs_key = fs;
	struct ks_counters *g;

	if (!start)
		return;
	ns = now > *start ? now - *start : 0;
	/* Whoever deletes the entry counts the call, once (a reload attaches twice for a moment). */
	if (bpf_map_delete_elem(&fs_in_flight, &key) != 0)
		return;
	switch (op) {
	case FS_OP_READ:
		ks_latency_add(&fs_read_latency, &fs_key, ns);
		break;
	case FS_OP_WRITE:
		ks_latency_add(&fs_write_latency, &fs_key, ns);
		break;
	case FS_OP_OPEN:
		ks_latency_add(&fs_open_latency, &fs_key, ns);
		break;
	default:
		if (fs == FS_NFS)
			ks_latency_add(&fs_attr_latency, &fs_key, ns);
		else
			ks_latency_add(&fs_sync_latency, &fs_key, ns);
	}
	g = bpf_map_lookup_elem(&ks_global, &zero);
	if (g && FS_COUNTER(fs, op) < KS_COUNTERS)
		g->c[FS_COUNTER(fs, op)]++;
}

/* Entry and exit programs of one function, in both families. Each file system
 * is a module of its own or built in: the engine checks the function in BTF
 * (module BTF included) or kallsyms before it loads any of them. */
#define FS_PROGRAMS(name, fs, op, function)                    \
	SEC("?fentry/" #function)                             \
	int BPF_PROG(name##__fentry)                          \
	{                                                     \
		fs_entry(fs, op);                             \
		return 0;                                     \
	}                                                     \
	SEC("?fexit/" #function)                              \
	int BPF_PROG(name##__fexit)                           \
	{                                                     \
		fs_exit(fs, op);                              \
		return 0;                                     \
	}                                                     \
	SEC("?kprobe/" #function)                             \
	int BPF_KPROBE(name##__kprobe)                        \
	{                                                     \
		fs_entry(fs, op);                             \
		return 0;                                     \
	}                                                     \
	SEC("?kretprobe/" #function)                          \
	int BPF_KRETPROBE(name##__kretprobe)                  \
	{                                                     \
		fs_exit(fs, op);                              \
		return 0;                                     \
	}

FS_PROGRAMS(ext4_read, FS_EXT4, FS_OP_READ, ext4_file_read_iter)
FS_PROGRAMS(ext4_write, FS_EXT4, FS_OP_WRITE, ext4_file_write_iter)
FS_PROGRAMS(ext4_open, FS_EXT4, FS_OP_OPEN, ext4_file_open)
FS_PROGRAMS(ext4_sync, FS_EXT4, FS_OP_SYNC, ext4_sync_file)

FS_PROGRAMS(xfs_read, FS_XFS, FS_OP_READ, xfs_file_read_iter)
FS_PROGRAMS(xfs_write, FS_XFS, FS_OP_WRITE, xfs_file_write_iter)
FS_PROGRAMS(xfs_open, FS_XFS, FS_OP_OPEN, xfs_file_open)
FS_PROGRAMS(xfs_sync, FS_XFS, FS_OP_SYNC, xfs_file_fsync)

FS_PROGRAMS(nfs_read, FS_NFS, FS_OP_READ, nfs_file_read)
FS_PROGRAMS(nfs_write, FS_NFS, FS_OP_WRITE, nfs_file_write)
FS_PROGRAMS(nfs_open, FS_NFS, FS_OP_OPEN, nfs_file_open)
FS_PROGRAMS(nfs4_open, FS_NFS, FS_OP_OPEN, nfs4_file_open)
FS_PROGRAMS(nfs_attr, FS_NFS, FS_OP_SYNC, nfs_getattr)

FS_PROGRAMS(zfs_read, FS_ZFS, FS_OP_READ, zpl_iter_read)
FS_PROGRAMS(zfs_write, FS_ZFS, FS_OP_WRITE, zpl_iter_write)
FS_PROGRAMS(zfs_open, FS_ZFS, FS_OP_OPEN, zpl_open)
FS_PROGRAMS(zfs_sync, FS_ZFS, FS_OP_SYNC, zpl_fsync)

FS_PROGRAMS(btrfs_read, FS_BTRFS, FS_OP_READ, btrfs_file_read_iter)
FS_PROGRAMS(btrfs_write, FS_BTRFS, FS_OP_WRITE, btrfs_file_write_iter)
FS_PROGRAMS(btrfs_open, FS_BTRFS, FS_OP_OPEN, btrfs_file_open)
FS_PROGRAMS(btrfs_sync, FS_BTRFS, FS_OP_SYNC, btrfs_sync_file)
