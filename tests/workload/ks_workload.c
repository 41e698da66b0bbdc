// A process with a known kernel footprint, for exactness tests. Linked
// statically so nothing runs before main (no dynamic loader opening libraries).
//
//   ks-workload DIR opens=N failing=M reads=K bytes=B errors=E fsyncs=F
//               unlinks=U badcloses=X forks=P threads=T execs=D execopens=Q
//
// It does exactly:
//   - N openat calls: N-M of DIR/data (closed again), M of missing files;
//   - one openat of DIR/data, K reads of B bytes, E reads of a write-only fd;
//   - one openat of DIR/out (O_CREAT), K writes of B bytes, F fsyncs,
//     E writes of a read-only fd; both files closed;
//   - U times mknodat(S_IFREG) + unlinkat of a new file;
//   - X close calls on a descriptor that is not open;
//   - P forks whose child exits at once; T threads, each joined;
//   - D forks whose child execs this program with "child Q" and there
//     makes Q successful openat+close of DIR/data.
// DIR/data must hold at least K*B bytes. With cgroup=PATH it first moves itself
// into that cgroup (PATH/cgroup.procs; one open, write and close of its own).
// Exit status 0 when all went as planned.
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *dir;
static char path[4096];

static const char *in_dir(const char *name)
{
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

static void *thread_body(void *unused)
{
	(void)unused;
	return NULL;
}

/* Syscalls are made directly where libc could add or merge calls. */
static int do_open(const char *p, int flags)
{
	return syscall(SYS_openat, AT_FDCWD, p, flags, 0600);
}

static int open_data_and_close(void)
{
	int fd = do_open(in_dir("data"), O_RDONLY);
	if (fd < 0)
		return -1;
	syscall(SYS_close, fd);
	return 0;
}

int main(int argc, char **argv)
{
	int failures = 0;

	if (argc >= 3 && strcmp(argv[1], "child") == 0) {
		dir = argv[3];
		long q = strtol(argv[2], NULL, 10);
		for (long i = 0; i < q; i++)
			failures += open_data_and_close() != 0;
		_exit(failures ? 1 : 0);
	}
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR key=value...\n", argv[0]);
		return 2;
	}
	dir = argv[1];
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], "cgroup=", 7) == 0) {
			char procs[4096], pid[32];
			snprintf(procs, sizeof procs, "%s/cgroup.procs", argv[i] + 7);
			snprintf(pid, sizeof pid, "%d", getpid());
			int fd = do_open(procs, O_WRONLY);
			failures += fd < 0 || syscall(SYS_write, fd, pid, strlen(pid)) < 0;
			syscall(SYS_close, fd);
		}
	long opens = arg(argc, argv, "opens"), failing = arg(argc, argv, "failing");
	long reads = arg(argc, argv, "reads"), bytes = arg(argc, argv, "bytes");
	long errors = arg(argc, argv, "errors"), fsyncs = arg(argc, argv, "fsyncs");
	long unlinks = arg(argc, argv, "unlinks"), badcloses = arg(argc, argv, "badcloses");
	long forks = arg(argc, argv, "forks"), threads = arg(argc, argv, "threads");
	long execs = arg(argc, argv, "execs"), execopens = arg(argc, argv, "execopens");

	for (long i = 0; i < opens - failing; i++)
		failures += open_data_and_close() != 0;
	for (long i = 0; i < failing; i++) {
		char name[64];
		snprintf(name, sizeof name, "missing-%ld", i);
		failures += do_open(in_dir(name), O_RDONLY) >= 0;
	}

	char *buffer = calloc(1, bytes > 0 ? bytes : 1);
	int in = do_open(in_dir("data"), O_RDONLY);
	int out = do_open(in_dir("out"), O_WRONLY | O_CREAT | O_TRUNC);
	failures += in < 0 || out < 0;
	for (long i = 0; i < reads; i++)
		failures += syscall(SYS_read, in, buffer, bytes) != bytes;
	for (long i = 0; i < reads; i++)
		failures += syscall(SYS_write, out, buffer, bytes) != bytes;
	for (long i = 0; i < fsyncs; i++)
		failures += syscall(SYS_fsync, out) != 0;
	for (long i = 0; i < errors; i++) {
		failures += syscall(SYS_read, out, buffer, 1) >= 0;
		failures += syscall(SYS_write, in, buffer, 1) >= 0;
	}
	syscall(SYS_close, in);
	syscall(SYS_close, out);

	for (long i = 0; i < unlinks; i++) {
		char name[64];
		snprintf(name, sizeof name, "node-%ld", i);
		failures += syscall(SYS_mknodat, AT_FDCWD, in_dir(name), S_IFREG | 0600, 0) != 0;
		failures += syscall(SYS_unlinkat, AT_FDCWD, in_dir(name), 0) != 0;
	}
	for (long i = 0; i < badcloses; i++)
		failures += syscall(SYS_close, 1000 + (int)i) == 0;

	for (long i = 0; i < forks; i++) {
		pid_t child = fork();
		if (child == 0)
			_exit(0);
		int status;
		failures += child < 0 || waitpid(child, &status, 0) != child || status != 0;
	}
	for (long i = 0; i < threads; i++) {
		pthread_t t;
		failures += pthread_create(&t, NULL, thread_body, NULL) != 0;
		failures += pthread_join(t, NULL) != 0;
	}
	for (long i = 0; i < execs; i++) {
		pid_t child = fork();
		if (child == 0) {
			char count[32];
			snprintf(count, sizeof count, "%ld", execopens);
			char *args[] = {argv[0], "child", count, (char *)dir, NULL};
			execv("/proc/self/exe", args);
			_exit(127);
		}
		int status;
		failures += child < 0 || waitpid(child, &status, 0) != child || status != 0;
	}
	free(buffer);
	if (failures)
		fprintf(stderr, "ks-workload: %d operations did not go as planned\n", failures);
	return failures ? 1 : 0;
}
