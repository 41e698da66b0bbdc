/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* The `softirq` module: time in each software interrupt vector. */
#ifndef KINSIGHT_SOFTIRQ_H
#define KINSIGHT_SOFTIRQ_H

/* The kernel's vectors, in its order (HI_SOFTIRQ = 0 ... RCU_SOFTIRQ = 9). */
#define KS_SOFTIRQ_VECTORS 10

enum softirq_counter {
	SOFTIRQ_TIME_NS = 0, /* all vectors */
	SOFTIRQ_COUNT,
	SOFTIRQ_COUNTERS
};

#endif
