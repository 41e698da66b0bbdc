/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Syscall-exit dispatch for modules that count syscalls when no kernel function
 * can be hooked. One program per module sees every syscall exit and looks the
 * syscall number up in ks_syscall_action (filled by the engine); unrelated
 * syscalls cost one array lookup. The classic-tracepoint variant is one program
 * attached to each needed syscalls:sys_exit_<name> event.
 *
 * The module defines, before including this header:
 *   static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
 * and reads syscall arguments with ks_syscall_arg(regs, n).
 */
#ifndef KINSIGHT_SYSCALLS_BPF_H
#define KINSIGHT_SYSCALLS_BPF_H

#ifndef __TARGET_ARCH_x86
#error "syscall dispatch reads x86_64 pt_regs; add the register names of this architecture"
#endif

/* 32-bit (ia32) syscalls have other numbers; classic syscall tracepoints skip them too. */
#define KS_USER32_CS 0x23

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, KS_SYSCALL_SLOTS);
	__type(key, __u32);
	__type(value, __u32);
} ks_syscall_action SEC(".maps");

static __always_inline __u32 ks_syscall_action_of(long nr)
{
	__u32 key;
	__u32 *action;

	if (nr < 0 || nr >= KS_SYSCALL_SLOTS)
		return 0;
	key = nr;
	action = bpf_map_lookup_elem(&ks_syscall_action, &key);
	return action ? *action : 0;
}

static __always_inline unsigned long ks_syscall_arg(struct pt_regs *regs, int n)
{
	switch (n) {
	case 0:
		return BPF_CORE_READ(regs, di);
	case 1:
		return BPF_CORE_READ(regs, si);
	case 2:
		return BPF_CORE_READ(regs, dx);
	default:
		return BPF_CORE_READ(regs, r10);
	}
}

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs);

/* Record of a syscalls:sys_exit_<name> event (fixed by the tracing ABI; unlike
 * raw_syscalls:sys_exit, the syscall number is an int). */
struct ks_syscall_exit_record {
	__u64 common;
	int nr;
	long ret;
};

#define KS_SYSCALL_EXIT_PROGRAMS(prefix)                                                   \
	SEC("?tp_btf/sys_exit")                                                            \
	int BPF_PROG(prefix##_sys_exit__tp_btf, struct pt_regs *regs, long ret)            \
	{                                                                                  \
		__u32 action = ks_syscall_action_of(regs->orig_ax);                         \
		if (action && regs->cs != KS_USER32_CS)                                     \
			ks_on_syscall_exit(action, ret, regs);                              \
		return 0;                                                                   \
	}                                                                                  \
	SEC("?raw_tp/sys_exit")                                                            \
	int BPF_PROG(prefix##_sys_exit__raw_tp, struct pt_regs *regs, long ret)            \
	{                                                                                  \
		__u32 action = ks_syscall_action_of(BPF_CORE_READ(regs, orig_ax));          \
		if (action && BPF_CORE_READ(regs, cs) != KS_USER32_CS)                      \
			ks_on_syscall_exit(action, ret, regs);                              \
		return 0;                                                                   \
	}                                                                                  \
	/* Attached by the engine to each syscalls:sys_exit_<name> it needs. */            \
	SEC("?tracepoint")                                                                 \
	int prefix##_sys_exit__tracepoint(struct ks_syscall_exit_record *ctx)              \
	{                                                                                  \
		__u32 action = ks_syscall_action_of(ctx->nr);                               \
		if (action)                                                                 \
			ks_on_syscall_exit(action, ctx->ret,                                \
					   (struct pt_regs *)bpf_task_pt_regs(               \
						   bpf_get_current_task_btf()));             \
		return 0;                                                                   \
	}

#endif
