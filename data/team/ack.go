package team

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
)

// ack clears the pushed entries and records the server's versions. Where
// the server kept something else than what was sent (a merge, a clash, a
// refusal, a tombstone) and the row has no newer local change, the local
// row takes the server's: rewrote says so, for the store's totals to catch
// up. When the server numbered the push's changes right after the file's
// cursor and kept each as sent, the cursor moves past them here: pulling
// them back would write nothing but the cursor.
func (e *engine) ack(ctx context.Context, last int64, results []result) (refused []Refusal, rewrote bool, err error) {
	tx, err := e.begin(ctx)
	if err != nil {
		return nil, false, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM sync_outbox WHERE id <= ?`, last); err != nil {
		return nil, false, fmt.Errorf("clear outbox: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 1`); err != nil {
		return nil, false, err
	}
	var cursor int64
	if err := tx.QueryRowContext(ctx, `SELECT cursor FROM sync_state`).Scan(&cursor); err != nil {
		return nil, false, fmt.Errorf("read cursor: %w", err)
	}
	for i := range results {
		results[i] = asAnswered(results[i])
	}
	next := ownRun(cursor, results)
	for _, r := range tombstonesLast(results) {
		if r.refused != "" {
			refused = append(refused, Refusal{Kind: r.out.Kind, Reason: r.refused})
		}
		did, err := e.ackOne(ctx, tx, r)
		if err == nil && r.kept != nil {
			err = keepOver(ctx, tx, r.kept)
		}
		if err != nil {
			return nil, false, err
		}
		if r.seq > cursor && did != ackRecorded {
			next = cursor
		}
		rewrote = rewrote || did == ackRewrote
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 0, cursor = ?`, next); err != nil {
		return nil, false, err
	}
	return refused, rewrote, tx.Commit()
}

// asAnswered is r marked merged when the server answered a put with
// another document than the one sent: a change sent again after a crash
// is answered with its first result, whose merge the repeat does not
// say, and the laptop then kept its own row where the server had merged.
func asAnswered(r result) result {
	if r.out != nil && !r.merged && r.op == "put" && r.out.Op == "put" && r.doc != nil && !sameDoc(r.doc, r.out.Doc) {
		r.merged = true
	}
	return r
}

// sameDoc reports whether a and b say the same in JSON: the server's
// answer comes back through jsonb, which keeps no key order and reads
// numbers as numbers.
func sameDoc(a, b doc) bool {
	return reflect.DeepEqual(viaJSON(a), viaJSON(b))
}

func viaJSON(d doc) any {
	raw, err := json.Marshal(d)
	if err != nil {
		return err.Error()
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return err.Error()
	}
	return v
}

// tombstonesLast is results with the puts the server answered with a
// tombstone moved after the others: the rows that went with such a row
// then hold this push's versions when it is deleted here, and are told
// from those its delete was made with (deleteKeeping).
func tombstonesLast(results []result) []result {
	out := make([]result, 0, len(results))
	var later []result
	for _, r := range results {
		if r.merged && r.op == "del" && r.out != nil && r.out.Op == "put" {
			later = append(later, r)
		} else {
			out = append(out, r)
		}
	}
	return append(out, later...)
}

// ownRun is where the cursor may move once a push is acknowledged: past
// the push's changes when the server numbered them cursor+1, cursor+2, …
// with nobody else's between (the server numbers one push at a time) and
// kept every one as sent; else the cursor itself, and the pull brings the
// changes back.
func ownRun(cursor int64, results []result) int64 {
	var seqs []int64
	for _, r := range results {
		if r.seq <= cursor {
			continue
		}
		if r.out == nil || r.out.Op != "put" || r.op != "put" || r.merged || r.refused != "" {
			return cursor
		}
		seqs = append(seqs, r.seq)
	}
	slices.Sort(seqs)
	for i, s := range seqs {
		if s != cursor+int64(i)+1 {
			return cursor
		}
	}
	return cursor + int64(len(seqs))
}

// ackOutcome is what ackOne did with the server's answer to a change.
type ackOutcome int

const (
	ackNothing  ackOutcome = iota
	ackRecorded            // the row holds the change's number as its version
	ackRewrote             // the local row took the server's, or went
)

// ackOne records the server's answer to one change. A row that holds the
// change's number as its version (ackRecorded) passes the change over
// when a pull brings it back.
func (e *engine) ackOne(ctx context.Context, tx querier, r result) (ackOutcome, error) {
	o := r.out
	if o == nil || o.Op == "del" && r.refused == "" {
		return ackNothing, nil
	}
	if r.op == "renumber" {
		return ackRewrote, ackRenumber(ctx, tx, o)
	}
	if !r.merged {
		if r.seq == 0 {
			return ackNothing, nil
		}
		res, err := tx.ExecContext(ctx, `UPDATE sync_ids SET ver = max(ver, ?) WHERE tbl = ? AND uid = ?`, r.seq, o.Kind, o.UID)
		if err != nil {
			return ackNothing, err
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return ackNothing, err
		}
		return ackRecorded, nil
	}
	if pending(ctx, tx, o.Kind, o.rid) {
		return ackNothing, nil
	}
	if r.doc == nil || r.op == "del" && r.seq == 0 {
		// Refused and never on the server: the local row goes.
		t, _ := tableByName(o.Kind)
		return ackRewrote, applyDelete(ctx, tx, t, o.rid, true)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_ids SET ver = 0 WHERE tbl = ? AND uid = ?`, o.Kind, o.UID); err != nil {
		return ackNothing, err
	}
	return ackRewrote, applyChange(ctx, tx, change{seq: r.seq, kind: o.Kind, uid: o.UID, op: r.op, doc: r.doc})
}
