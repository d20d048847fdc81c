package importer

import (
	"errors"
	"io"
	"os"
)

// readLimited reads r to its end, up to limit+1 bytes, so that a caller
// sees a file over limit by its length. When r tells its size, as an open
// file and the readers over bytes and strings do, the bytes go into one
// buffer of that size: io.ReadAll grows its buffer step by step, and for a
// file of 30 MB allocated, cleared and copied some 60 MB on the way, a
// tenth of a million-row import's time.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	size := sizeOf(r)
	if size <= 0 || size > limit {
		return io.ReadAll(io.LimitReader(r, limit+1))
	}
	// One byte more than told, so that a file that grew since it was
	// measured still reads whole and the end is seen without a new buffer.
	b := make([]byte, 0, size+1)
	lr := io.LimitReader(r, limit+1)
	for {
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grown past its size: let append pick
		}
	}
}

// sizeOf is the number of bytes r says it holds from here on, or 0 when
// it cannot tell.
func sizeOf(r io.Reader) int64 {
	switch r := r.(type) {
	case interface{ Len() int }:
		return int64(r.Len())
	case *os.File:
		info, err := r.Stat()
		if err != nil || !info.Mode().IsRegular() {
			return 0
		}
		at, err := r.Seek(0, io.SeekCurrent)
		if err != nil {
			return 0
		}
		return info.Size() - at
	}
	return 0
}
