// A process with a known page-cache footprint, for exactness tests. Static, so
// nothing runs before main.
//
//   ks-workload-cachestat DATA OUT pages=N rereads=R writes=W
//
// DATA is a clean file of exactly N pages on a disk file system (not tmpfs),
// OUT an empty file there. It:
//   - drops DATA's pages from the page cache (POSIX_FADV_DONTNEED) and checks
//     with mincore() that none is left;
//   - reads DATA page by page: N pages come in from storage (N misses);
//   - reads it page by page R more times: N*R accesses to cached pages (hits);
//   - writes W new pages to OUT, page by page: W pages dirtied, none read in.
// Exit status 0 when all went as planned.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096L

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 3; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return -1;
}

/* Pages of the first `pages` of fd that are in the page cache (mapping a file
 * reads nothing; only faults would). */
static long cached_pages(int fd, long pages, unsigned char *vec)
{
	void *map = mmap(NULL, pages * PAGE, PROT_READ, MAP_SHARED, fd, 0);
	long n = 0;
	if (map == MAP_FAILED)
		return -1;
	if (mincore(map, pages * PAGE, vec) != 0)
		n = -1;
	for (long i = 0; n >= 0 && i < pages; i++)
		n += vec[i] & 1;
	munmap(map, pages * PAGE);
	return n;
}

int main(int argc, char **argv)
{
	long pages = arg(argc, argv, "pages"), rereads = arg(argc, argv, "rereads");
	long writes = arg(argc, argv, "writes");
	if (argc < 6 || pages <= 0 || rereads < 0 || writes < 0) {
		fprintf(stderr, "usage: %s DATA OUT pages=N rereads=R writes=W\n", argv[0]);
		return 2;
	}
	char *buffer = aligned_alloc(PAGE, PAGE);
	unsigned char *vec = calloc(pages, 1);
	int data = open(argv[1], O_RDONLY);
	int out = open(argv[2], O_WRONLY);
	if (!buffer || !vec || data < 0 || out < 0)
		return 1;

	long left = -1;
	for (int i = 0; i < 50 && left != 0; i++) {
		if (i)
			usleep(20000);
		posix_fadvise(data, 0, 0, POSIX_FADV_DONTNEED);
		left = cached_pages(data, pages, vec);
	}
	if (left != 0) {
		fprintf(stderr, "ks-workload-cachestat: %ld pages of %s stay cached\n", left, argv[1]);
		return 1;
	}

	int failures = 0;
	for (long pass = 0; pass <= rereads; pass++)
		for (long i = 0; i < pages; i++)
			failures += pread(data, buffer, PAGE, i * PAGE) != PAGE;
	memset(buffer, 'w', PAGE);
	for (long i = 0; i < writes; i++)
		failures += pwrite(out, buffer, PAGE, i * PAGE) != PAGE;
	close(data);
	close(out);
	if (failures)
		fprintf(stderr, "ks-workload-cachestat: %d operations did not go as planned\n", failures);
	return failures ? 1 : 0;
}
