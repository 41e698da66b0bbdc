// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * process: tasks created (processes and threads apart), tasks exiting, tasks
 * released, and failed forks/clones in return mode. Creation is counted for
 * the creating process; exit and release for the task's own process.
 */
#include "process.h"
#define KS_COUNTERS PROCESS_COUNTERS
#define KS_COUNTS_RELEASES /* task_close */
#include "kinsight.bpf.h"
#include "kinsight_syscalls.bpf.h"

#define KS_CLONE_THREAD 0x00010000

/* ---- hook task_create ---- */

static __always_inline void count_new_task(bool thread)
{
	__u32 tgid = ks_current_tgid();

	ks_add_for(tgid, thread ? PROCESS_THREAD_CREATE : PROCESS_CREATE, 1);
}

SEC("?fentry/wake_up_new_task")
int BPF_PROG(task_create__fentry, struct task_struct *p)
{
	count_new_task(p->pid != p->tgid);
	return 0;
}

SEC("?tp_btf/task_newtask")
int BPF_PROG(task_create__tp_btf, struct task_struct *task, u64 clone_flags)
{
	count_new_task(clone_flags & KS_CLONE_THREAD);
	return 0;
}

SEC("?raw_tp/task_newtask")
int BPF_PROG(task_create__raw_tp, struct task_struct *task, u64 clone_flags)
{
	count_new_task(clone_flags & KS_CLONE_THREAD);
	return 0;
}

SEC("?tracepoint/task/task_newtask")
int task_create__tracepoint(struct trace_event_raw_task_newtask *ctx)
{
	count_new_task(ctx->clone_flags & KS_CLONE_THREAD);
	return 0;
}

SEC("?kprobe/wake_up_new_task")
int BPF_KPROBE(task_create__kprobe, struct task_struct *p)
{
	count_new_task(BPF_CORE_READ(p, pid) != BPF_CORE_READ(p, tgid));
	return 0;
}

/* ---- hook task_error (return mode) ---- */

static __always_inline void count_clone_result(long ret, __u64 flags)
{
	if (ret < 0)
		ks_add((flags & KS_CLONE_THREAD) ? PROCESS_ERROR_THREAD : PROCESS_ERROR_PROCESS, 1);
}

SEC("?fexit/kernel_clone")
int BPF_PROG(task_error__fexit, struct kernel_clone_args *args, pid_t ret)
{
	count_clone_result(ret, args->flags);
	return 0;
}

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	__u64 flags = 0;

	if (ret >= 0)
		return;
	if (action == PROCESS_SYS_CLONE)
		flags = ks_syscall_arg(regs, 0);
	else if (action == PROCESS_SYS_CLONE3)
		bpf_probe_read_user(&flags, sizeof(flags), (void *)ks_syscall_arg(regs, 0));
	count_clone_result(ret, flags);
}

KS_SYSCALL_EXIT_PROGRAMS(task_error)

/* kretprobes see no arguments: the entry probe keeps the flags per thread, for the
 * few clones in flight at once. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, __u64);
} clone_flags_in_flight SEC(".maps");

SEC("?kprobe/kernel_clone")
int BPF_KPROBE(task_error__kprobe, struct kernel_clone_args *args)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u64 flags = BPF_CORE_READ(args, flags);

	bpf_map_update_elem(&clone_flags_in_flight, &id, &flags, BPF_ANY);
	return 0;
}

/* kernel_clone returns a pid_t: read as int, since the upper half of rax is not
 * sign-extended (see close__kretprobe in fd.bpf.c). _do_fork's long fits too. */
SEC("?kretprobe/kernel_clone")
int BPF_KRETPROBE(task_error__kretprobe, int ret)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u64 *flags = bpf_map_lookup_elem(&clone_flags_in_flight, &id);

	count_clone_result(ret, flags ? *flags : 0);
	if (flags)
		bpf_map_delete_elem(&clone_flags_in_flight, &id);
	return 0;
}

/* ---- hook task_exit ---- */

SEC("?fentry/do_exit")
int BPF_PROG(task_exit__fentry, long code)
{
	ks_add(PROCESS_TASK_EXIT, 1);
	return 0;
}

SEC("?tp_btf/sched_process_exit")
int BPF_PROG(task_exit__tp_btf, struct task_struct *p)
{
	ks_add(PROCESS_TASK_EXIT, 1);
	return 0;
}

SEC("?raw_tp/sched_process_exit")
int BPF_PROG(task_exit__raw_tp, struct task_struct *p)
{
	ks_add(PROCESS_TASK_EXIT, 1);
	return 0;
}

SEC("?tracepoint/sched/sched_process_exit")
int task_exit__tracepoint(void *ctx)
{
	ks_add(PROCESS_TASK_EXIT, 1);
	return 0;
}

SEC("?kprobe/do_exit")
int BPF_KPROBE(task_exit__kprobe, long code)
{
	ks_add(PROCESS_TASK_EXIT, 1);
	return 0;
}

/* ---- hook release (task_close), also frees the process's row ---- */

#define COUNT_TASK_CLOSE(tgid, leader) ks_add_existing(tgid, PROCESS_TASK_CLOSE, 1)
KS_RELEASE_PROGRAMS(process, COUNT_TASK_CLOSE)
