// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * vfs: read and write calls with the bytes they really moved (readv/writev
 * included), unlink, fsync, open and create calls, and their failures in
 * return mode. Read and write always hook the return, because only the return
 * value says how many bytes moved.
 */
#include "vfs.h"
#define KS_COUNTERS VFS_COUNTERS
#include "kinsight.bpf.h"
#include "kinsight_syscalls.bpf.h"

#define KS_AT_REMOVEDIR 0x200

static __always_inline void count_io(__u32 call, __u32 bytes, __u32 error, long ret)
{
	if (ret >= 0)
		ks_add2_for(ks_current_tgid(), call, 1, bytes, ret);
	else
		ks_call(call, error, ret);
}

/* ---- hook read ---- */

SEC("?fexit/vfs_read")
int BPF_PROG(read__fexit, struct file *file, char *buf, size_t count, loff_t *pos, ssize_t ret)
{
	count_io(VFS_READ_CALL, VFS_READ_BYTES, VFS_READ_ERROR, ret);
	return 0;
}

SEC("?fexit/vfs_readv")
int BPF_PROG(read__fexit_v)
{
	__u64 ret = 0;

	bpf_get_func_ret(ctx, &ret);
	count_io(VFS_READ_CALL, VFS_READ_BYTES, VFS_READ_ERROR, (long)ret);
	return 0;
}

SEC("?kretprobe/vfs_read")
int BPF_KRETPROBE(read__kretprobe, long ret)
{
	count_io(VFS_READ_CALL, VFS_READ_BYTES, VFS_READ_ERROR, ret);
	return 0;
}

/* ---- hook write ---- */

SEC("?fexit/vfs_write")
int BPF_PROG(write__fexit, struct file *file, const char *buf, size_t count, loff_t *pos,
	     ssize_t ret)
{
	count_io(VFS_WRITE_CALL, VFS_WRITE_BYTES, VFS_WRITE_ERROR, ret);
	return 0;
}

SEC("?fexit/vfs_writev")
int BPF_PROG(write__fexit_v)
{
	__u64 ret = 0;

	bpf_get_func_ret(ctx, &ret);
	count_io(VFS_WRITE_CALL, VFS_WRITE_BYTES, VFS_WRITE_ERROR, (long)ret);
	return 0;
}

SEC("?kretprobe/vfs_write")
int BPF_KRETPROBE(write__kretprobe, long ret)
{
	count_io(VFS_WRITE_CALL, VFS_WRITE_BYTES, VFS_WRITE_ERROR, ret);
	return 0;
}

/* ---- hooks unlink, fsync, open, create: entry counts calls, return adds errors ---- */

/* Every function hooked here returns an int (0 or -errno). The kretprobes read it
 * as int: rax's upper half is not sign-extended for an int result, so a `long`
 * would see -ENOENT as 4294967294 and never count an error. */
#define ENTRY_AND_RETURN(hook, func, call, error)                \
	SEC("?fentry/" #func)                                     \
	int BPF_PROG(hook##__fentry)                              \
	{                                                         \
		ks_add(call, 1);                                   \
		return 0;                                          \
	}                                                         \
	SEC("?kprobe/" #func)                                     \
	int BPF_KPROBE(hook##__kprobe)                            \
	{                                                         \
		ks_add(call, 1);                                   \
		return 0;                                          \
	}                                                         \
	SEC("?kretprobe/" #func)                                  \
	int BPF_KRETPROBE(hook##__kretprobe, int ret)             \
	{                                                         \
		ks_call(call, error, ret);                         \
		return 0;                                          \
	}

ENTRY_AND_RETURN(unlink, vfs_unlink, VFS_UNLINK_CALL, VFS_UNLINK_ERROR)
/*
 * fsync hooks the fsync and fdatasync syscalls, not vfs_fsync: do_fsync, its only
 * syscall caller, is in the same file and compilers inline vfs_fsync into it (and
 * on Debian's 6.1 build even vfs_fsync_range into fdatasync), so a trampoline or
 * kprobe on either function saw no fsync(2) at all. The syscalls return a long
 * that is 0 or -errno, which the int of the return variants holds. A trampoline
 * program is bound to one function, hence a second program for fdatasync.
 */
ENTRY_AND_RETURN(fsync, __x64_sys_fsync, VFS_FSYNC_CALL, VFS_FSYNC_ERROR)
ENTRY_AND_RETURN(fdatasync, __x64_sys_fdatasync, VFS_FSYNC_CALL, VFS_FSYNC_ERROR)
ENTRY_AND_RETURN(open, vfs_open, VFS_OPEN_CALL, VFS_OPEN_ERROR)
ENTRY_AND_RETURN(create, vfs_create, VFS_CREATE_CALL, VFS_CREATE_ERROR)

/* fexit variants read the return value with bpf_get_func_ret: their argument lists
 * change between kernel versions (idmap arguments, delegated inodes). */
#define RETURN_VARIANT(hook, func, call, error)                  \
	SEC("?fexit/" #func)                                      \
	int BPF_PROG(hook##__fexit)                               \
	{                                                         \
		__u64 ret = 0;                                     \
		bpf_get_func_ret(ctx, &ret);                       \
		ks_call(call, error, (int)ret);                    \
		return 0;                                          \
	}

RETURN_VARIANT(unlink, vfs_unlink, VFS_UNLINK_CALL, VFS_UNLINK_ERROR)
RETURN_VARIANT(fsync, __x64_sys_fsync, VFS_FSYNC_CALL, VFS_FSYNC_ERROR)
RETURN_VARIANT(fdatasync, __x64_sys_fdatasync, VFS_FSYNC_CALL, VFS_FSYNC_ERROR)
RETURN_VARIANT(open, vfs_open, VFS_OPEN_CALL, VFS_OPEN_ERROR)
RETURN_VARIANT(create, vfs_create, VFS_CREATE_CALL, VFS_CREATE_ERROR)

/* ---- tracepoint variants: the syscalls that reach these VFS functions ---- */

static __always_inline void ks_on_syscall_exit(__u32 action, long ret, struct pt_regs *regs)
{
	switch (action) {
	case VFS_SYS_READ:
		count_io(VFS_READ_CALL, VFS_READ_BYTES, VFS_READ_ERROR, ret);
		break;
	case VFS_SYS_WRITE:
		count_io(VFS_WRITE_CALL, VFS_WRITE_BYTES, VFS_WRITE_ERROR, ret);
		break;
	case VFS_SYS_UNLINKAT:
		if (ks_syscall_arg(regs, 2) & KS_AT_REMOVEDIR)
			break;
		/* fall through */
	case VFS_SYS_UNLINK:
		ks_call(VFS_UNLINK_CALL, VFS_UNLINK_ERROR, ret);
		break;
	case VFS_SYS_FSYNC:
		ks_call(VFS_FSYNC_CALL, VFS_FSYNC_ERROR, ret);
		break;
	case VFS_SYS_OPEN:
		/* A failed open may have stopped before vfs_open: only successes are certain. */
		if (ret >= 0)
			ks_add(VFS_OPEN_CALL, 1);
		break;
	}
}

KS_SYSCALL_EXIT_PROGRAMS(vfs)

KS_RELEASE_PROGRAMS(vfs, KS_NO_RELEASE_WORK)
