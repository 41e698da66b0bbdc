/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `fd` module, in the order of its counter array. */
#ifndef KINSIGHT_FD_H
#define KINSIGHT_FD_H

enum fd_counter {
	FD_OPEN = 0,     /* open calls */
	FD_OPEN_ERROR,   /* open calls that failed (return mode) */
	FD_CLOSE,        /* close calls */
	FD_CLOSE_ERROR,  /* close calls that failed (return mode) */
	FD_COUNTERS
};

enum fd_syscall_action {
	FD_SYS_NONE = 0,
	FD_SYS_OPEN,
	FD_SYS_CLOSE,
};

#endif
