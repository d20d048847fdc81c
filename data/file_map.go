package data

import (
	"context"
	"os"
	"strconv"
	"sync/atomic"
)

// A big file is read through a memory map. The first dashboard of a store
// just opened on 2,000 goals × 10 years touches one leaf page of running
// totals a goal, and in this pure-Go SQLite each page read into its cache
// is a fresh allocation whose first touch faults and a pread: 97 of that
// read's 138 ms. Read through a map of the file, the pages are the
// system's own, and the read took 44 ms (31 ms with the setup snapshot).
// Writes still go through the WAL with synchronous=FULL.
//
// The map has one known price: a page of it past the end of a file that
// another program shortened while Pacer had it open stops the program
// (SIGBUS) instead of returning an error. A small file gains little from
// the map, so only files of mapFrom bytes or more are mapped, and a store
// on a mapped file looks at the file's size before each use of its
// connection after opening (checkMap: each transaction, the one-statement
// check-in save, the quick check, a backup, the version read, the team
// sync's handle): once it has shrunk, the map is turned off and SQLite's
// reads report the damage as they do on a file not mapped. Only a file
// shortened during one such use, a few milliseconds, is left to the
// signal; what was saved stays saved, as after a crash.

// mapFrom is the size from which a file is mapped; tests lower it.
var mapFrom int64 = 32 << 20

// mapLimit is the most of a file mapped (SQLite reads the rest as usual).
const mapLimit = 1 << 30

// fileMap is what a store knows of its file's map.
type fileMap struct {
	on     bool         // the file was mapped when opened
	size   atomic.Int64 // its size when last looked at
	shrunk atomic.Bool  // it was found smaller: the map is off
}

// mapDSN returns the pragma that maps a file of size bytes, or "" for
// a file too small to map.
func mapDSN(size int64) string {
	if size < mapFrom {
		return ""
	}
	return "&_pragma=mmap_size(" + strconv.FormatInt(mapLimit, 10) + ")"
}

// fileSize is the size of the file at path, 0 when it cannot be read.
func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// checkMap turns the map of the store's file off once the file has become
// smaller than the store last saw it; it is called before each use of the
// connection that reads the file. A connection made after that is mapped
// again by its DSN, so the map is turned off before every use from then
// on (a damaged file is not worth a fast read).
func (s *Store) checkMap(ctx context.Context) error {
	m := &s.fileMap
	if !m.on {
		return nil
	}
	if !m.shrunk.Load() {
		size := fileSize(s.path)
		if last := m.size.Load(); size >= last {
			m.size.CompareAndSwap(last, size) // another caller may have seen it grow more
			return nil
		}
		m.shrunk.Store(true)
	}
	_, err := s.db.ExecContext(ctx, `PRAGMA mmap_size = 0`)
	return wrapf(err, "stop mapping the shortened file")
}
