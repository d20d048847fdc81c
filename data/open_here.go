package data

import (
	"os"
	"slices"
	"sync"
)

// SQLite's locks on Unix are POSIX record locks, which belong to the
// process, not to a descriptor: closing any descriptor this process holds
// on a database file drops every lock its open connections hold there.
// Another program (sqlite3, a database browser) then finds no one else
// using the file, and on closing checkpoints and deletes the WAL and its
// index while Pacer still writes to them: every save after that went to
// a deleted file and was lost when Pacer closed. So nothing here opens a
// file that a store of this process has open: the header check is left
// out for it (the store read the file as a database already) and the
// write check asks the system instead (Writable).

// filesOpenHere is the file of each store this process has open, one
// entry a store, as os.Stat saw it.
var filesOpenHere struct {
	mu    sync.Mutex
	files []os.FileInfo
}

// openHere tells whether a store of this process has the file at path
// open, under whatever name.
func openHere(path string) bool {
	info, err := os.Stat(path)
	if err != nil {
		return false
	}
	filesOpenHere.mu.Lock()
	defer filesOpenHere.mu.Unlock()
	return slices.ContainsFunc(filesOpenHere.files, func(f os.FileInfo) bool { return os.SameFile(f, info) })
}

// noteOpen records that a store has the file at path open, and returns
// what to pass to noteClosed when it closes (nil when the file cannot be
// read, which no store then has open).
func noteOpen(path string) os.FileInfo {
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	filesOpenHere.mu.Lock()
	defer filesOpenHere.mu.Unlock()
	filesOpenHere.files = append(filesOpenHere.files, info)
	return info
}

// noteClosed removes the entry noteOpen returned.
func noteClosed(info os.FileInfo) {
	if info == nil {
		return
	}
	filesOpenHere.mu.Lock()
	defer filesOpenHere.mu.Unlock()
	if i := slices.Index(filesOpenHere.files, info); i >= 0 {
		filesOpenHere.files = slices.Delete(filesOpenHere.files, i, i+1)
	}
}

// Writable tells whether this process may write the file at path, without
// opening it where that would drop a store's locks (see above).
func Writable(path string) bool {
	return writable(path)
}
