package data

import (
	"context"
	"database/sql"
	"errors"
	"sync/atomic"
)

// The kept heads (migration 25) spare a store just opened the read of
// every goal's latest totals row: the dashboard's first read at 2,000
// goals spent about 4 ms reading checkin_heads through database/sql, on
// the core its goals and plans were being decoded beside. As a store
// closes it writes the heads into the file, with the digest of their
// marks (saveKeptHeads); a store's first read of the heads takes that copy
// when the same digest of checkin_heads, one aggregate row of about
// 0.5 ms, still matches it (keptHeads), and reads the table otherwise.
// Every change to a head draws it a new random mark in the transaction
// that makes it, whichever program writes (the triggers of migration 18),
// and a head added or deleted changes the count: the copy is taken only
// for the heads the table holds, with a chance of 2^-64 of missing a
// change (review_kept_marks.go).

// headsKeptFormat is the first byte of the kept heads; a value of another
// format is not read, as if there were none. Change it with the encoding
// or with what readHeads reads.
const headsKeptFormat = 1

// qHeadsDigest counts every head and sums the low and the high 32 bits of
// their marks, as qMarksDigest does for a review's goals.
const qHeadsDigest = `SELECT count(*), coalesce(sum(mark & 4294967295), 0), coalesce(sum(mark >> 32), 0) FROM checkin_heads`

// qHeadsKept reads the kept heads.
const qHeadsKept = `SELECT data FROM heads_kept WHERE id = 1`

// errBadKeptHeads is kept heads that do not decode.
var errBadKeptHeads = errors.New("damaged kept heads")

// headsReader reads the heads for a store: its first read from the file's
// copy when that copy holds (keptHeads), every other from checkin_heads.
// After the first, the store's cache of the totals (live_cache.go) reads
// only the goals written to, and the copy no longer matches once anything
// was.
type headsReader struct {
	tried atomic.Bool
}

// read returns every head, as readHeads does.
func (r *headsReader) read(ctx context.Context, t *tx) ([]head, error) {
	if r.tried.CompareAndSwap(false, true) {
		if heads, ok := keptHeads(ctx, t); ok {
			return heads, nil
		}
	}
	return readHeads(ctx, t)
}

// keptHeads returns the file's copy of the heads when it is of the heads
// checkin_heads holds in t; false when it is not, or there is none.
func keptHeads(ctx context.Context, t *tx) ([]head, bool) {
	now, err := headsDigest(ctx, t)
	if err != nil {
		return nil, false // an older schema, in tests
	}
	rows, err := t.QueryContext(ctx, qHeadsKept)
	if err != nil {
		return nil, false
	}
	defer rows.Close()
	var b sql.RawBytes // decoded in the driver's copy, not copied again
	if !rows.Next() || rows.Scan(&b) != nil {
		return nil, false
	}
	r, kept, err := keptHeadsDigest(b)
	if err != nil || kept != now {
		return nil, false
	}
	heads, err := decodeKeptHeads(r, kept)
	return heads, err == nil
}

// headsDigest is qHeadsDigest in t.
func headsDigest(ctx context.Context, t *tx) (marksDigest, error) {
	var d marksDigest
	err := t.QueryRowContext(ctx, qHeadsDigest).Scan(&d.n, &d.low, &d.high)
	return d, wrapf(err, "read heads digest")
}

// saveKeptHeads writes the file's heads as its kept heads, unless the
// file keeps them already. Failing is harmless (a read-only file,
// another program writing): the next store reads checkin_heads.
func (s *Store) saveKeptHeads() {
	ctx, cancel := context.WithTimeout(context.Background(), setupSnapshotWait)
	defer cancel()
	if kept, err := s.headsKeptAlready(ctx); err != nil || kept {
		return
	}
	t, err := s.begin(ctx, true)
	if err != nil {
		return
	}
	defer t.Rollback()
	digest, err := headsDigest(ctx, t)
	if err != nil {
		return
	}
	heads, err := readHeads(ctx, t)
	if err != nil {
		return
	}
	_, err = t.ExecContext(ctx, `INSERT INTO heads_kept (id, data) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET data = excluded.data`, encodeKeptHeads(digest, heads))
	if err == nil {
		t.commit()
	}
}

// headsKeptAlready reports, in a read transaction, whether the file's
// kept heads are its heads, or it has none to keep: then nothing is
// written, and a store closing on a file whose heads did not change
// since they were kept takes no write lock.
func (s *Store) headsKeptAlready(ctx context.Context) (bool, error) {
	t, err := s.begin(ctx, false)
	if err != nil {
		return false, err
	}
	defer t.Rollback()
	now, err := headsDigest(ctx, t)
	if err != nil {
		return false, err
	}
	if now.n == 0 {
		return true, nil // a file without check-ins: nothing to spare
	}
	var b []byte
	if err := t.QueryRowContext(ctx, qHeadsKept).Scan(&b); err != nil {
		return false, nil // none kept yet
	}
	_, kept, err := keptHeadsDigest(b)
	return err == nil && kept == now, nil
}

// encodeKeptHeads writes the format byte, the digest the heads were read
// with, their number and each head: its goal's ID (as the step from the
// ID before, small as readHeads reads them in order), its count, total and value,
// and its period key as the index of a key written before, or, one past
// the last, a new key after it.
func encodeKeptHeads(d marksDigest, heads []head) []byte {
	var w snapshotWriter
	w.b = append(w.b, headsKeptFormat)
	w.digest(d)
	w.uint(uint64(len(heads)))
	keys := map[string]uint64{}
	prev := int64(0)
	for _, h := range heads {
		w.int(h.id - prev)
		prev = h.id
		w.uint(uint64(h.v.Count))
		w.float(h.v.Sum)
		w.float(h.v.Last.Value)
		k, ok := keys[h.v.Last.PeriodKey]
		if !ok {
			k = uint64(len(keys))
			keys[h.v.Last.PeriodKey] = k
		}
		w.uint(k)
		if !ok {
			w.str(h.v.Last.PeriodKey)
		}
	}
	return w.b
}

// minKeptHeadBytes is the least a head takes in the kept heads: its ID's
// step, count and key index, and two floats.
const minKeptHeadBytes = 19

// keptHeadsDigest reads the format byte and the digest of kept heads b,
// and returns a reader at the heads after them.
func keptHeadsDigest(b []byte) (snapshotReader, marksDigest, error) {
	if len(b) == 0 || b[0] != headsKeptFormat {
		return snapshotReader{}, marksDigest{}, errBadKeptHeads
	}
	r := snapshotReader{b: b[1:]}
	d := r.digest()
	if r.err != nil {
		return snapshotReader{}, marksDigest{}, errBadKeptHeads
	}
	return r, d, nil
}

// decodeKeptHeads reads the heads encodeKeptHeads wrote after the digest
// d, which counts them.
func decodeKeptHeads(r snapshotReader, d marksDigest) ([]head, error) {
	n := r.uint()
	if r.err != nil || n != uint64(d.n) || n > uint64(len(r.b)/minKeptHeadBytes) {
		return nil, errBadKeptHeads
	}
	heads := make([]head, n)
	var keys []string
	prev := int64(0)
	for i := range heads {
		h := &heads[i]
		h.id = prev + r.int()
		prev = h.id
		h.v.Count = int(r.uint())
		h.v.Sum = r.float()
		h.v.Last.Value = r.float()
		k := r.uint()
		switch {
		case k < uint64(len(keys)):
			h.v.Last.PeriodKey = keys[k]
		case k == uint64(len(keys)):
			h.v.Last.PeriodKey = r.str()
			keys = append(keys, h.v.Last.PeriodKey)
		default:
			r.fail()
		}
		if r.err != nil {
			return nil, errBadKeptHeads
		}
	}
	if len(r.b) != 0 {
		return nil, errBadKeptHeads
	}
	return heads, nil
}
