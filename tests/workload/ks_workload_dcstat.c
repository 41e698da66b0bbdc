// A process with a known directory-cache footprint, for exactness tests.
// Static, so nothing runs before main.
//
//   ks-workload-dcstat DIR existing=K missing=M creates=C
//
// Every path is one component relative to DIR's descriptor, so that each call
// looks up exactly one name:
//   - K fstatat of DIR/existing: K path walks that find the name in the dentry
//     cache (lookup_fast);
//   - M fstatat of M names that do not exist: M lookup_fast that find nothing
//     (the name is then looked up in the file system, without d_lookup);
//   - C times openat(O_CREAT|O_EXCL) of a new name, which looks it up with
//     d_lookup and does not find it, then unlinkat of it, whose d_lookup finds it.
// DIR/existing must exist. Exit status 0 when all went as planned.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return -1;
}

int main(int argc, char **argv)
{
	long existing = arg(argc, argv, "existing"), missing = arg(argc, argv, "missing");
	long creates = arg(argc, argv, "creates");
	if (argc < 5 || existing < 0 || missing < 0 || creates < 0) {
		fprintf(stderr, "usage: %s DIR existing=K missing=M creates=C\n", argv[0]);
		return 2;
	}
	int dir = open(argv[1], O_RDONLY | O_DIRECTORY);
	if (dir < 0)
		return 1;
	int failures = 0;
	struct stat st;
	char name[64];
	for (long i = 0; i < existing; i++)
		failures += fstatat(dir, "existing", &st, 0) != 0;
	for (long i = 0; i < missing; i++) {
		snprintf(name, sizeof name, "missing-%ld", i);
		failures += fstatat(dir, name, &st, 0) == 0;
	}
	for (long i = 0; i < creates; i++) {
		snprintf(name, sizeof name, "new-%ld", i);
		int fd = openat(dir, name, O_WRONLY | O_CREAT | O_EXCL, 0600);
		failures += fd < 0;
		if (fd >= 0)
			close(fd);
		failures += unlinkat(dir, name, 0) != 0;
	}
	close(dir);
	if (failures)
		fprintf(stderr, "ks-workload-dcstat: %d operations did not go as planned\n", failures);
	return failures ? 1 : 0;
}
