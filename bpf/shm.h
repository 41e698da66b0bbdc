/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `shm` module, in the order of its counter array. */
#ifndef KINSIGHT_SHM_H
#define KINSIGHT_SHM_H

enum shm_counter {
	SHM_GET = 0,     /* shmget(2) */
	SHM_GET_ERROR,   /* errors: return mode only */
	SHM_AT,          /* shmat(2) */
	SHM_AT_ERROR,
	SHM_DT,          /* shmdt(2) */
	SHM_DT_ERROR,
	SHM_CTL,         /* shmctl(2) */
	SHM_CTL_ERROR,
	SHM_COUNTERS
};

enum shm_syscall_action {
	SHM_SYS_NONE = 0,
	SHM_SYS_GET,
	SHM_SYS_AT,
	SHM_SYS_DT,
	SHM_SYS_CTL,
};

#endif
