// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * fd: open and close calls, and their failures in return mode. Opens are the
 * open/openat/openat2/creat paths (do_sys_openat2); closes are close(2).
 */
#include "fd.h"
#define KS_COUNTERS FD_COUNTERS
#include "kinsight.bpf.h"
#include "kinsight_syscalls.bpf.h"

/* ---- hook open ---- */

SEC("?fentry/do_sys_openat2")
int BPF_PROG(open__fentry)
{
	ks_add(FD_OPEN, 1);
	return 0;
}

SEC("?fexit/do_sys_openat2")
int BPF_PROG(open__fexit, int dfd, const char *filename, struct open_how *how, long ret)
{
	ks_call(FD_OPEN, FD_OPEN_ERROR, ret);
	return 0;
}

SEC("?kprobe/do_sys_openat2")
int BPF_KPROBE(open__kprobe)
{
	ks_add(FD_OPEN, 1);
	return 0;
}

SEC("?kretprobe/do_sys_openat2")
int BPF_KRETPROBE(open__kretprobe, long ret)
{
	ks_call(FD_OPEN, FD_OPEN_ERROR, ret);
	return 0;
}

/* ---- hook close ---- */

SEC("?fentry/close_fd")
int BPF_PROG(close__fentry)
{
	ks_add(FD_CLOSE, 1);
	return 0;
}

/* close_fd and __close_fd return an int; 0 or -errno. */
SEC("?fexit/close_fd")
int BPF_PROG(close__fexit, unsigned int fd, int ret)
{
	ks_call(FD_CLOSE, FD_CLOSE_ERROR, ret);
	return 0;
}

/* Since 6.8 close(2) calls file_close_fd, which returns the file or NULL (EBADF). */
SEC("?fexit/file_close_fd")
int BPF_PROG(close__fexit_file, unsigned int fd, struct file *ret)
{
	ks_call(FD_CLOSE, FD_CLOSE_ERROR, ret ? 0 : -9);
	return 0;
}

SEC("?kprobe/close_fd")
int BPF_KPROBE(close__kprobe)
{
	ks_add(FD_CLOSE, 1);
	return 0;
}

/* close_fd and __close_fd return an int: a kretprobe reads the whole of rax, whose
 * upper half is zero after `mov $-EBADF, %eax`, so a `long` saw 4294967287, not -9,
 * and no failed close was ever counted (found on Debian 6.1). */
SEC("?kretprobe/close_fd")
int BPF_KRETPROBE(close__kretprobe, int ret)
{
	ks_call(FD_CLOSE, FD_CLOSE_ERROR, ret);
	return 0;
}

SEC("?kretprobe/file_close_fd")
int BPF_KRETPROBE(close__kretprobe_file, void *ret)
{
	ks_call(FD_CLOSE, FD_CLOSE_ERROR, ret ? 0 : -9);
	return 0;
}

/* ---- tracepoint variants of both hooks ---- */

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	if (action == FD_SYS_OPEN)
		ks_call(FD_OPEN, FD_OPEN_ERROR, ret);
	else if (action == FD_SYS_CLOSE)
		ks_call(FD_CLOSE, FD_CLOSE_ERROR, ret);
}

KS_SYSCALL_EXIT_PROGRAMS(fd)

KS_RELEASE_PROGRAMS(fd, KS_NO_RELEASE_WORK)
