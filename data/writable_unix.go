//go:build unix

package data

import "syscall"

// accessWrite is access(2)'s W_OK.
const accessWrite = 2

// writable asks the system whether the file at path may be written,
// without opening it.
func writable(path string) bool {
	return syscall.Access(path, accessWrite) == nil
}
