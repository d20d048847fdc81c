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
// out for it (the store read the file as a database already), the write
// check asks the system instead (Writable), and the views refuse to
// import from or save over such a file (InUse).

// openFile is the database file of a store of this process, as os.Stat
// saw it as the store opened.
type openFile struct {
	path string
	info os.FileInfo
}

// filesOpenHere holds the file of each store this process has open, one
// entry a store.
var filesOpenHere struct {
	mu    sync.Mutex
	files []*openFile
}

// openHere tells whether a store of this process has the file at path
// open, under whatever name.
func openHere(path string) bool {
	return findOpen(path, nil)
}

// InUse tells whether the file at path, under whatever name, is the
// database of a store this process has open or its write-ahead log or
// index: a file Pacer must neither read nor write beside SQLite.
func InUse(path string) bool {
	return findOpen(path, []string{"-wal", "-shm"})
}

// findOpen tells whether the file at path is the database of a store this
// process has open, or that database's name with one of suffixes.
func findOpen(path string, suffixes []string) bool {
	info, err := os.Stat(path)
	if err != nil {
		return false
	}
	filesOpenHere.mu.Lock()
	defer filesOpenHere.mu.Unlock()
	for _, f := range filesOpenHere.files {
		if os.SameFile(f.info, info) {
			return true
		}
		for _, suffix := range suffixes {
			if side, err := os.Stat(f.path + suffix); err == nil && os.SameFile(side, info) {
				return true
			}
		}
	}
	return false
}

// noteOpen records that a store has the file at path open, and returns
// what to pass to noteClosed when it closes (nil when the file cannot be
// read, which no store then has open).
func noteOpen(path string) *openFile {
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	f := &openFile{path: path, info: info}
	filesOpenHere.mu.Lock()
	defer filesOpenHere.mu.Unlock()
	filesOpenHere.files = append(filesOpenHere.files, f)
	return f
}

// noteClosed removes the entry noteOpen returned.
func noteClosed(f *openFile) {
	if f == nil {
		return
	}
	filesOpenHere.mu.Lock()
	defer filesOpenHere.mu.Unlock()
	if i := slices.Index(filesOpenHere.files, f); i >= 0 {
		filesOpenHere.files = slices.Delete(filesOpenHere.files, i, i+1)
	}
}

// Writable tells whether this process may write the file at path, without
// opening it where that would drop a store's locks (see above).
func Writable(path string) bool {
	return writable(path)
}
