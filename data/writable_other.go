//go:build !unix

package data

import "os"

// writable opens the file at path for writing and closes it. Windows
// locks belong to a handle, so closing this one leaves a store's as they
// are.
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}
