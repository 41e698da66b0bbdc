// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * mount: calls that mount and unmount, and (return mode) the ones that failed.
 *
 * "A mount" is a mount(2) call, whatever its flags (a new mount, a bind, a
 * move, a remount or a propagation change, as Netdata counts it), or a
 * move_mount(2) call, the step of the new mount API that puts a mount into
 * the tree. fsopen, fsconfig, fsmount and open_tree only prepare a detached
 * mount and are not counted, so a mount made with the new API counts once.
 * "An unmount" is umount2(2) (x86-64 has no umount(2); its kernel function
 * is sys_umount).
 */
#include "mount.h"
#define KS_COUNTERS MOUNT_COUNTERS
#include "kinsight.bpf.h"
#include "kinsight_syscalls.bpf.h"

/*
 * Trampoline and probe variants on the syscall's kernel function; the engine
 * sets each target (the architecture's prefix lives in the descriptor alone).
 * The functions return a long, 0 or -errno.
 */
#define SYSCALL_FUNCTION_PROGRAMS(name, call, error)                 \
	SEC("?fentry")                                               \
	int BPF_PROG(name##__fentry)                                 \
	{                                                            \
		ks_add(call, 1);                                      \
		return 0;                                             \
	}                                                            \
	SEC("?fexit")                                                \
	int BPF_PROG(name##__fexit, const struct pt_regs *regs, long ret) \
	{                                                            \
		ks_call(call, error, ret);                            \
		return 0;                                             \
	}                                                            \
	SEC("?kprobe")                                               \
	int BPF_KPROBE(name##__kprobe)                               \
	{                                                            \
		ks_add(call, 1);                                      \
		return 0;                                             \
	}                                                            \
	SEC("?kretprobe")                                            \
	int BPF_KRETPROBE(name##__kretprobe, long ret)               \
	{                                                            \
		ks_call(call, error, ret);                            \
		return 0;                                             \
	}

/* A trampoline is bound to one function: move_mount needs programs of its own. */
SYSCALL_FUNCTION_PROGRAMS(mount, MOUNT_CALL, MOUNT_ERROR)
SYSCALL_FUNCTION_PROGRAMS(move_mount, MOUNT_CALL, MOUNT_ERROR)
SYSCALL_FUNCTION_PROGRAMS(umount, MOUNT_UMOUNT_CALL, MOUNT_UMOUNT_ERROR)

/* ---- tracepoint variants ---- */

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	if (action == MOUNT_SYS_MOUNT)
		ks_call(MOUNT_CALL, MOUNT_ERROR, ret);
	else if (action == MOUNT_SYS_UMOUNT)
		ks_call(MOUNT_UMOUNT_CALL, MOUNT_UMOUNT_ERROR, ret);
}

KS_SYSCALL_EXIT_PROGRAMS(mount)

KS_RELEASE_PROGRAMS(mount, KS_NO_RELEASE_WORK)
