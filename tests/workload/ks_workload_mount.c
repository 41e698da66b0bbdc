// The mount scenario's workload: exactly the given number of mounts and
// unmounts of a tmpfs, in a mount namespace of its own so that nothing leaks
// into the system's. Needs root. Static, syscalls made directly.
//
//   ks-workload-mount DIR mounts=K newapi=N failing=F badumounts=U
//
// It does: unshare(CLONE_NEWNS), then ONE mount(2) making "/" private
// recursively (so that no mount below propagates out); K times mount(2) of a
// tmpfs on DIR/mnt + umount2; N times the new mount API (fsopen, fsconfig,
// fsmount, move_mount onto DIR/mnt) + umount2; F times each of mount(2) onto a
// missing directory (ENOENT) and move_mount of a descriptor that is not open
// (EBADF); U times umount2 of DIR/mnt while nothing is mounted there (EINVAL).
// So: 1+K+N+2F mounts (2F failed) and K+N+U unmounts (U failed).
// Exit status 0 when every call went as planned.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NOT_OPEN 1000

static long arg(int argc, char **argv, const char *key)
{
	size_t len = strlen(key);
	for (int i = 2; i < argc; i++)
		if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
			return strtol(argv[i] + len + 1, NULL, 10);
	return 0;
}

static int mount_new_api(const char *target)
{
	int fs = syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
	if (fs < 0)
		return -1;
	int m = -1, rc = -1;
	if (syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0) == 0)
		m = syscall(SYS_fsmount, fs, FSMOUNT_CLOEXEC, 0);
	if (m >= 0)
		rc = syscall(SYS_move_mount, m, "", AT_FDCWD, target, MOVE_MOUNT_F_EMPTY_PATH);
	if (m >= 0)
		syscall(SYS_close, m);
	syscall(SYS_close, fs);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR key=value...\n", argv[0]);
		return 2;
	}
	char target[4096], missing[4096];
	snprintf(target, sizeof target, "%s/mnt", argv[1]);
	snprintf(missing, sizeof missing, "%s/missing", argv[1]);
	long mounts = arg(argc, argv, "mounts"), newapi = arg(argc, argv, "newapi");
	long failing = arg(argc, argv, "failing"), badumounts = arg(argc, argv, "badumounts");
	int failures = 0;

	if (syscall(SYS_mkdirat, AT_FDCWD, target, 0755) != 0 && errno != EEXIST) {
		perror("ks-workload-mount: mkdir");
		return 1;
	}
	if (syscall(SYS_unshare, CLONE_NEWNS) != 0) {
		perror("ks-workload-mount: unshare(CLONE_NEWNS)");
		return 1;
	}
	if (syscall(SYS_mount, NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
		perror("ks-workload-mount: make / private");
		return 1;
	}
	for (long i = 0; i < mounts; i++) {
		failures += syscall(SYS_mount, "kinsight", target, "tmpfs", 0, "size=64k") != 0;
		failures += syscall(SYS_umount2, target, 0) != 0;
	}
	for (long i = 0; i < newapi; i++) {
		failures += mount_new_api(target) != 0;
		failures += syscall(SYS_umount2, target, 0) != 0;
	}
	for (long i = 0; i < failing; i++) {
		failures += syscall(SYS_mount, "kinsight", missing, "tmpfs", 0, NULL) != -1;
		failures += syscall(SYS_move_mount, NOT_OPEN, "", AT_FDCWD, target, MOVE_MOUNT_F_EMPTY_PATH) != -1;
	}
	for (long i = 0; i < badumounts; i++)
		failures += syscall(SYS_umount2, target, 0) != -1;
	if (failures)
		fprintf(stderr, "ks-workload-mount: %d calls did not go as planned\n", failures);
	return failures ? 1 : 0;
}
