/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `process` module, in the order of its counter array. */
#ifndef KINSIGHT_PROCESS_H
#define KINSIGHT_PROCESS_H

enum process_counter {
	PROCESS_CREATE = 0,     /* new processes (not CLONE_THREAD) */
	PROCESS_THREAD_CREATE,  /* new threads (CLONE_THREAD) */
	PROCESS_TASK_EXIT,      /* tasks entering do_exit */
	PROCESS_TASK_CLOSE,     /* tasks released (release_task) */
	PROCESS_ERROR_PROCESS,  /* failed fork/clone of a process (return mode) */
	PROCESS_ERROR_THREAD,   /* failed clone of a thread (return mode) */
	PROCESS_COUNTERS
};

/* Actions of the sys_exit dispatch table. */
enum process_syscall_action {
	PROCESS_SYS_NONE = 0,
	PROCESS_SYS_CLONE,  /* flags in arg 0 */
	PROCESS_SYS_CLONE3, /* flags in the struct clone_args at arg 0 */
	PROCESS_SYS_FORK,   /* fork and vfork */
};

#endif
