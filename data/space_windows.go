package data

import "syscall"

// fullErrnos are the errors of a write that found no room:
// ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL. SQLite maps them to
// SQLITE_FULL itself.
var fullErrnos = []syscall.Errno{39, 112}

// fileSizeLimited is false: Windows has no per-process file size limit.
func fileSizeLimited() bool { return false }

// lowOnSpace is false: SQLite reports a full disk on Windows as SQLITE_FULL,
// so there is nothing left to tell apart.
func lowOnSpace(string) bool { return false }
