// The disk and mdflush scenarios' workload: block requests of a known number
// straight to a block device, past the page cache.
//
//   ks-workload-disk DEVICE writes=N flushes=F
//
// N writes of 4 KiB with O_DIRECT at N distinct, aligned offsets from the start
// of DEVICE (each one request: synchronous, so none can merge with another),
// then F fsync() of the device, each a flush request (REQ_PREFLUSH) whatever
// is dirty. Exit status 0 when every call did what was asked.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <unistd.h>

#define BLOCK 4096

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DEVICE writes=N flushes=F\n", argv[0]);
		return 2;
	}
	const long writes = arg(argc, argv, "writes"), flushes = arg(argc, argv, "flushes");
	int fd = open(argv[1], O_WRONLY | (writes ? O_DIRECT : 0) | O_CLOEXEC);
	if (fd < 0) {
		perror("ks-workload-disk: open");
		return 1;
	}
	unsigned long long size = 0;
	if (ioctl(fd, BLKGETSIZE64, &size) != 0 || size < (unsigned long long)writes * BLOCK) {
		fprintf(stderr, "ks-workload-disk: %s holds %llu bytes, fewer than %ld blocks\n", argv[1], size, writes);
		return 1;
	}
	void *block;
	if (posix_memalign(&block, BLOCK, BLOCK) != 0)
		return 1;
	memset(block, 'k', BLOCK);
	for (long i = 0; i < writes; i++)
		if (pwrite(fd, block, BLOCK, (off_t)i * BLOCK) != BLOCK) {
			perror("ks-workload-disk: pwrite");
			return 1;
		}
	for (long i = 0; i < flushes; i++)
		if (fsync(fd) != 0) {
			perror("ks-workload-disk: fsync");
			return 1;
		}
	return close(fd) == 0 ? 0 : 1;
}
