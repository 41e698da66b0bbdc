// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * sync: calls to sync, syncfs, fsync, fdatasync, msync and sync_file_range,
 * and (return mode) the ones that failed. Every variant counts the syscalls
 * themselves, so all of them agree: io_uring's fsync and sync_file_range and
 * kernel-internal flushes are not syscalls and are not seen by any.
 */
#include "sync.h"
#define KS_COUNTERS SYNC_COUNTERS
#include "kinsight.bpf.h"
#include "kinsight_syscalls.bpf.h"

/*
 * Trampoline and probe variants on the syscall's kernel function. The sections
 * name no function: the engine sets each program's target, so the
 * architecture's syscall-function prefix lives in the descriptor alone. These
 * functions return a long (0 or -errno), which the return variants read whole.
 */
#define ENTRY_PROGRAMS(name, call)                                  \
	SEC("?fentry")                                               \
	int BPF_PROG(name##__fentry)                                 \
	{                                                            \
		ks_add(call, 1);                                      \
		return 0;                                             \
	}                                                            \
	SEC("?kprobe")                                               \
	int BPF_KPROBE(name##__kprobe)                               \
	{                                                            \
		ks_add(call, 1);                                      \
		return 0;                                             \
	}

#define ENTRY_AND_RETURN_PROGRAMS(name, call, error)                \
	ENTRY_PROGRAMS(name, call)                                   \
	SEC("?fexit")                                                \
	int BPF_PROG(name##__fexit, const struct pt_regs *regs, long ret) \
	{                                                            \
		ks_call(call, error, ret);                            \
		return 0;                                             \
	}                                                            \
	SEC("?kretprobe")                                            \
	int BPF_KRETPROBE(name##__kretprobe, long ret)               \
	{                                                            \
		ks_call(call, error, ret);                            \
		return 0;                                             \
	}

/* sync(2) always returns 0: no return variants. */
ENTRY_PROGRAMS(sync, SYNC_SYNC)
ENTRY_AND_RETURN_PROGRAMS(syncfs, SYNC_SYNCFS, SYNC_SYNCFS_ERROR)
ENTRY_AND_RETURN_PROGRAMS(fsync, SYNC_FSYNC, SYNC_FSYNC_ERROR)
ENTRY_AND_RETURN_PROGRAMS(fdatasync, SYNC_FDATASYNC, SYNC_FDATASYNC_ERROR)
ENTRY_AND_RETURN_PROGRAMS(msync, SYNC_MSYNC, SYNC_MSYNC_ERROR)
ENTRY_AND_RETURN_PROGRAMS(sync_file_range, SYNC_FILE_RANGE, SYNC_FILE_RANGE_ERROR)

/* ---- tracepoint variants: only the syscalls switched on are in the table ---- */

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	switch (action) {
	case SYNC_SYS_SYNC:
		ks_add(SYNC_SYNC, 1);
		break;
	case SYNC_SYS_SYNCFS:
		ks_call(SYNC_SYNCFS, SYNC_SYNCFS_ERROR, ret);
		break;
	case SYNC_SYS_FSYNC:
		ks_call(SYNC_FSYNC, SYNC_FSYNC_ERROR, ret);
		break;
	case SYNC_SYS_FDATASYNC:
		ks_call(SYNC_FDATASYNC, SYNC_FDATASYNC_ERROR, ret);
		break;
	case SYNC_SYS_MSYNC:
		ks_call(SYNC_MSYNC, SYNC_MSYNC_ERROR, ret);
		break;
	case SYNC_SYS_FILE_RANGE:
		ks_call(SYNC_FILE_RANGE, SYNC_FILE_RANGE_ERROR, ret);
		break;
	}
}

KS_SYSCALL_EXIT_PROGRAMS(sync)

KS_RELEASE_PROGRAMS(sync, KS_NO_RELEASE_WORK)
