//go:build !linux && !darwin && !windows

package data

import "syscall"

// fullErrnos are the errors of a write that found no room.
var fullErrnos = []syscall.Errno{syscall.ENOSPC, syscall.EFBIG}

// fileSizeLimited is false: the limit is not looked up on this system.
func fileSizeLimited() bool { return false }

// lowOnSpace is false: free space is not looked up on this system.
func lowOnSpace(string) bool { return false }
