/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The `filesystem` module: file systems and timed operations. Its counters are
 * calls per file system and operation, at FS_COUNTER(fs, op).
 */
#ifndef KINSIGHT_FILESYSTEM_H
#define KINSIGHT_FILESYSTEM_H

enum fs_kind {
	FS_EXT4 = 0,
	FS_XFS,
	FS_NFS,
	FS_ZFS,
	FS_BTRFS,
	FS_KINDS
};

enum fs_op {
	FS_OP_READ = 0,
	FS_OP_WRITE,
	FS_OP_OPEN,
	FS_OP_SYNC, /* fsync; for nfs, getattr (Netdata's "attribute" latency) in its place */
	FS_OPS
};

#define FS_COUNTER(fs, op) ((fs) * FS_OPS + (op))
#define FS_COUNTERS (FS_KINDS * FS_OPS)

#endif
