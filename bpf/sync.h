/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `sync` module, in the order of its counter array. */
#ifndef KINSIGHT_SYNC_H
#define KINSIGHT_SYNC_H

enum sync_counter {
	SYNC_SYNC = 0,         /* sync(2): cannot fail, so no error counter */
	SYNC_SYNCFS,
	SYNC_SYNCFS_ERROR,     /* errors: return mode only */
	SYNC_FSYNC,
	SYNC_FSYNC_ERROR,
	SYNC_FDATASYNC,
	SYNC_FDATASYNC_ERROR,
	SYNC_MSYNC,
	SYNC_MSYNC_ERROR,
	SYNC_FILE_RANGE,       /* sync_file_range(2) */
	SYNC_FILE_RANGE_ERROR,
	SYNC_COUNTERS
};

enum sync_syscall_action {
	SYNC_SYS_NONE = 0,
	SYNC_SYS_SYNC,
	SYNC_SYS_SYNCFS,
	SYNC_SYS_FSYNC,
	SYNC_SYS_FDATASYNC,
	SYNC_SYS_MSYNC,
	SYNC_SYS_FILE_RANGE,
};

#endif
