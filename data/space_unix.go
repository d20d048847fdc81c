//go:build linux || darwin

package data

import "syscall"

// fullErrnos are the errors of a write that found no room.
var fullErrnos = []syscall.Errno{syscall.ENOSPC, syscall.EFBIG, syscall.EDQUOT}

// lowSpace is the free space below which a disk counts as full: a few
// transactions of Pacer's.
const lowSpace = 1 << 20

// fileSizeLimited reports whether this process has a file size limit
// (RLIMIT_FSIZE, ulimit -f). Writes past it fail with EFBIG, which SQLite
// reports as a plain I/O error; a desktop session has no such limit, so a
// failed write under one is taken to have hit it.
func fileSizeLimited() bool {
	var lim syscall.Rlimit
	// RLIM_INFINITY is 1<<64-1 on Linux and 1<<63-1 on macOS.
	return syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim) == nil && uint64(lim.Cur) < 1<<62
}

// lowOnSpace reports whether the file system holding dir has less than
// lowSpace left for this user.
func lowOnSpace(dir string) bool {
	var st syscall.Statfs_t
	return syscall.Statfs(dir, &st) == nil && uint64(st.Bavail)*uint64(st.Bsize) < lowSpace
}
