/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Counters of the `oomkill` module, in the order of its counter array. */
#ifndef KINSIGHT_OOMKILL_H
#define KINSIGHT_OOMKILL_H

enum oomkill_counter {
	OOMKILL_KILLS = 0, /* processes chosen as OOM victims, counted for the victim */
	OOMKILL_COUNTERS
};

#endif
