// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * shm: System V shared memory calls (shmget, shmat, shmdt, shmctl) and, in
 * return mode, the ones that failed. 64-bit syscalls only: the ia32 ipc(2)
 * multiplexer is neither hooked nor in the dispatch table.
 */
#include "shm.h"
#define KS_COUNTERS SHM_COUNTERS
#include "kinsight.bpf.h"
#include "kinsight_syscalls.bpf.h"

/*
 * Trampoline and probe variants on the syscall's kernel function; the engine
 * sets each target (the architecture's prefix lives in the descriptor alone).
 * The result is a long: shmat's is the attach address, which an int would turn
 * negative for a high mapping.
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

SYSCALL_FUNCTION_PROGRAMS(shmget, SHM_GET, SHM_GET_ERROR)
SYSCALL_FUNCTION_PROGRAMS(shmat, SHM_AT, SHM_AT_ERROR)
SYSCALL_FUNCTION_PROGRAMS(shmdt, SHM_DT, SHM_DT_ERROR)
SYSCALL_FUNCTION_PROGRAMS(shmctl, SHM_CTL, SHM_CTL_ERROR)

/* ---- tracepoint variants: only the syscalls switched on are in the table ---- */

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	switch (action) {
	case SHM_SYS_GET:
		ks_call(SHM_GET, SHM_GET_ERROR, ret);
		break;
	case SHM_SYS_AT:
		ks_call(SHM_AT, SHM_AT_ERROR, ret);
		break;
	case SHM_SYS_DT:
		ks_call(SHM_DT, SHM_DT_ERROR, ret);
		break;
	case SHM_SYS_CTL:
		ks_call(SHM_CTL, SHM_CTL_ERROR, ret);
		break;
	}
}

KS_SYSCALL_EXIT_PROGRAMS(shm)

KS_RELEASE_PROGRAMS(shm, KS_NO_RELEASE_WORK)
