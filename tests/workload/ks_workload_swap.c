// A process that sends its own pages to swap and reads them back, for exactness
// tests. Static, so nothing runs before main.
//
//   ks-workload-swap pages=N swap=0|1
//
// With swap=1 (swap is on) it writes exactly N pages to swap and reads exactly
// N back:
//   1. N anonymous pages (no huge pages), each filled with its own byte;
//   2. MADV_PAGEOUT until all N are swap entries (/proc/self/status VmSwap):
//      each page is written once, when it first leaves;
//   3. the written pages still sit in the swap cache (a write completes after
//      the pageout call), where a fault would find them without reading. So,
//      while mincore() says some are cached: map those again by reading them
//      (from the cache, no I/O) and MADV_PAGEOUT again, which drops the clean
//      ones without writing them again;
//   4. read every page: each comes back from swap once (the faulting page or
//      swap readahead within the mapping) and must hold its byte.
// With swap=0 it does 1 and one MADV_PAGEOUT, which must swap nothing.
// Exit status 0 when all went as planned.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096L

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 1; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return -1;
}

static long swapped_kb(void)
{
	char line[256];
	long kb = -1;
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmSwap: %ld kB", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

int main(int argc, char **argv)
{
	long pages = arg(argc, argv, "pages"), swap = arg(argc, argv, "swap");
	if (pages <= 0 || swap < 0) {
		fprintf(stderr, "usage: %s pages=N swap=0|1\n", argv[0]);
		return 2;
	}
	/* Everything the loops below need is allocated before the pages go out. */
	unsigned char *resident = calloc(pages, 1);
	char *area = mmap(NULL, pages * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!resident || area == MAP_FAILED || madvise(area, pages * PAGE, MADV_NOHUGEPAGE) != 0)
		return 1;
	for (long i = 0; i < pages; i++)
		memset(area + i * PAGE, (int)(i % 251) + 1, PAGE);

	if (!swap) {
		madvise(area, pages * PAGE, MADV_PAGEOUT);
		return swapped_kb() == 0 ? 0 : 1;
	}

	int tries = 0;
	while (swapped_kb() < pages * PAGE / 1024) {
		if (++tries > 100 || madvise(area, pages * PAGE, MADV_PAGEOUT) != 0) {
			fprintf(stderr, "ks-workload-swap: only %ld kB of %ld went to swap\n", swapped_kb(),
				pages * PAGE / 1024);
			return 1;
		}
	}

	for (tries = 0;; tries++) {
		if (mincore(area, pages * PAGE, resident) != 0)
			return 1;
		long cached = 0;
		for (long i = 0; i < pages; i++)
			if (resident[i] & 1) {
				cached++;
				(void)*(volatile char *)(area + i * PAGE);
			}
		if (cached == 0)
			break;
		if (tries == 500) {
			fprintf(stderr, "ks-workload-swap: %ld pages stay in the swap cache\n", cached);
			return 1;
		}
		madvise(area, pages * PAGE, MADV_PAGEOUT);
		usleep(10000);
	}

	int failures = 0;
	for (long i = 0; i < pages; i++)
		failures += *(volatile char *)(area + i * PAGE) != (char)((i % 251) + 1);
	if (failures)
		fprintf(stderr, "ks-workload-swap: %d pages came back wrong\n", failures);
	return failures ? 1 : 0;
}
