/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `mount` module, in the order of its counter array. */
#ifndef KINSIGHT_MOUNT_H
#define KINSIGHT_MOUNT_H

enum mount_counter {
	MOUNT_CALL = 0,      /* mount(2) and move_mount(2) */
	MOUNT_ERROR,         /* ... that failed (return mode) */
	MOUNT_UMOUNT_CALL,   /* umount2(2) */
	MOUNT_UMOUNT_ERROR,
	MOUNT_COUNTERS
};

enum mount_syscall_action {
	MOUNT_SYS_NONE = 0,
	MOUNT_SYS_MOUNT,
	MOUNT_SYS_UMOUNT,
};

#endif
