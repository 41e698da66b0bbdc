/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `vfs` module, in the order of its counter array. */
#ifndef KINSIGHT_VFS_H
#define KINSIGHT_VFS_H

enum vfs_counter {
	VFS_READ_CALL = 0,
	VFS_READ_BYTES,   /* bytes actually read (sum of positive return values) */
	VFS_READ_ERROR,
	VFS_WRITE_CALL,
	VFS_WRITE_BYTES,  /* bytes actually written */
	VFS_WRITE_ERROR,
	VFS_UNLINK_CALL,
	VFS_UNLINK_ERROR,
	VFS_FSYNC_CALL,
	VFS_FSYNC_ERROR,
	VFS_OPEN_CALL,
	VFS_OPEN_ERROR,
	VFS_CREATE_CALL,
	VFS_CREATE_ERROR,
	VFS_COUNTERS
};

enum vfs_syscall_action {
	VFS_SYS_NONE = 0,
	VFS_SYS_READ,
	VFS_SYS_WRITE,
	VFS_SYS_UNLINK,   /* unlink */
	VFS_SYS_UNLINKAT, /* unlinkat: an unlink unless AT_REMOVEDIR is in arg 2 */
	VFS_SYS_FSYNC,
	VFS_SYS_OPEN,     /* successful open* syscalls reached vfs_open */
};

#endif
