package team

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
)

// pushBatch is how many queued changes go to the server in one call.
const pushBatch = 500

// outgoing is one change sent to the server.
type outgoing struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	UID  string `json:"uid"`
	Op   string `json:"op"`
	Base int64  `json:"base"`
	Doc  doc    `json:"doc,omitempty"`

	rid int64
}

// result is the server's answer to one change.
type result struct {
	id      string
	seq     int64
	op      string
	doc     doc
	merged  bool
	refused string
	out     *outgoing
}

// testHookAfterPush, when set, runs after the server committed a push and
// before the outbox is cleared; an error it returns stops the push there,
// as a crash would.
var testHookAfterPush func() error

// pushAll sends what the outbox held when it began, a batch at a time. It
// returns the refusals the server gave and how many changes it sent.
// Changes queued meanwhile wait for the next sync: a laptop saving check-in
// after check-in would otherwise keep one push going, a batch of one or two
// each, and each save waiting behind its commits.
func (e *engine) pushAll(ctx context.Context, conn *pgx.Conn) (refused []Refusal, sent int, err error) {
	var upto int64
	if err := e.db().QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM sync_outbox`).Scan(&upto); err != nil {
		return nil, 0, fmt.Errorf("read outbox: %w", err)
	}
	for {
		batch, last, err := e.readOutbox(ctx, upto)
		if err != nil || last == 0 {
			return refused, sent, err
		}
		sent += len(batch)
		results, err := e.send(ctx, conn, batch)
		if err != nil {
			return refused, sent, err
		}
		if testHookAfterPush != nil {
			if err := testHookAfterPush(); err != nil {
				return refused, sent, err
			}
		}
		r, err := e.ack(ctx, last, results)
		refused = append(refused, r...)
		if err != nil {
			return refused, sent, err
		}
	}
}

// readOutbox reads the next batch of queued changes up to entry upto, one
// a row (the row as it is now), naming new rows for the server in the same
// transaction, so a retried push names them the same. last is the last
// outbox entry read, 0 when none is left.
func (e *engine) readOutbox(ctx context.Context, upto int64) ([]*outgoing, int64, error) {
	tx, err := e.begin(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, change_id, tbl, rid, op, coalesce(uid, '') FROM sync_outbox WHERE id <= ? ORDER BY id LIMIT ?`, upto, pushBatch)
	if err != nil {
		return nil, 0, fmt.Errorf("read outbox: %w", err)
	}
	type entry struct {
		id, rid           int64
		cid, tbl, op, uid string
	}
	var entries []entry
	for rows.Next() {
		var en entry
		if err := rows.Scan(&en.id, &en.cid, &en.tbl, &en.rid, &en.op, &en.uid); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("read outbox: %w", err)
		}
		entries = append(entries, en)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(entries) == 0 {
		return nil, 0, err
	}
	var out []*outgoing
	puts := map[string]*outgoing{}
	for _, en := range entries {
		o, err := e.outgoing(ctx, tx, en.cid, en.tbl, en.rid, en.op, en.uid, puts)
		if err != nil {
			return nil, 0, err
		}
		if o != nil {
			out = append(out, o)
		}
	}
	return out, entries[len(entries)-1].id, tx.Commit()
}

// outgoing makes the change of one outbox entry. Several puts of one row
// in a batch become one, at the place of the first (so a row comes before
// the rows that point at it) with the id of the last (so a push retried
// with more changes of the row is not taken for a repeat).
func (e *engine) outgoing(ctx context.Context, tx querier, cid, tbl string, rid int64, op, uid string, puts map[string]*outgoing) (*outgoing, error) {
	t, ok := tableByName(tbl)
	if !ok {
		return nil, nil
	}
	if op == "del" {
		delete(puts, fmt.Sprint(tbl, rid))
		if uid == "" {
			return nil, nil // never reached the server
		}
		return &outgoing{ID: cid, Kind: tbl, UID: uid, Op: "del", rid: -1}, nil
	}
	if o := puts[fmt.Sprint(tbl, rid)]; o != nil {
		o.ID = cid
		return nil, nil
	}
	row, ok, err := readRow(ctx, tx, t, rid)
	if err != nil || !ok {
		return nil, err // gone since: its delete is queued after
	}
	if uid, err = uidOf(ctx, tx, t, rid); err != nil {
		return nil, err
	}
	d, err := toDoc(ctx, tx, t, row)
	if err != nil {
		return nil, err
	}
	var base int64
	if err := tx.QueryRowContext(ctx, `SELECT ver FROM sync_ids WHERE tbl = ? AND rid = ?`, tbl, rid).Scan(&base); err != nil {
		return nil, fmt.Errorf("read version: %w", err)
	}
	o := &outgoing{ID: cid, Kind: tbl, UID: uid, Op: "put", Base: base, Doc: d, rid: rid}
	puts[fmt.Sprint(tbl, rid)] = o
	return o, nil
}

// send runs one push on the server.
func (e *engine) send(ctx context.Context, conn *pgx.Conn, batch []*outgoing) ([]result, error) {
	body, err := json.Marshal(batch)
	if err != nil {
		return nil, fmt.Errorf("encode push: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	rows, err := conn.Query(ctx, `SELECT change_id, seq, op, doc, merged, coalesce(refused, '') FROM pacer.push($1::jsonb, $2, $3)`,
		string(body), e.client, SchemaVersion)
	if err != nil {
		return nil, fmt.Errorf("push: %w", err)
	}
	defer rows.Close()
	byID := make(map[string]*outgoing, len(batch))
	for _, o := range batch {
		byID[o.ID] = o
	}
	var out []result
	for rows.Next() {
		var r result
		var raw []byte
		if err := rows.Scan(&r.id, &r.seq, &r.op, &raw, &r.merged, &r.refused); err != nil {
			return nil, fmt.Errorf("push: %w", err)
		}
		if r.doc, err = decodeDoc(raw); err != nil {
			return nil, err
		}
		r.out = byID[r.id]
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("push: %w", err)
	}
	return out, nil
}

// ack clears the pushed entries and records the server's versions. Where
// the server kept something else than what was sent (a merge, a clash, a
// refusal, a tombstone) and the row has no newer local change, the local
// row takes the server's. When the server numbered the push's changes
// right after the file's cursor and kept each as sent, the cursor moves
// past them here: pulling them back would write nothing but the cursor.
func (e *engine) ack(ctx context.Context, last int64, results []result) ([]Refusal, error) {
	tx, err := e.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM sync_outbox WHERE id <= ?`, last); err != nil {
		return nil, fmt.Errorf("clear outbox: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 1`); err != nil {
		return nil, err
	}
	var cursor int64
	if err := tx.QueryRowContext(ctx, `SELECT cursor FROM sync_state`).Scan(&cursor); err != nil {
		return nil, fmt.Errorf("read cursor: %w", err)
	}
	next := ownRun(cursor, results)
	var refused []Refusal
	for _, r := range results {
		if r.refused != "" {
			refused = append(refused, Refusal{Kind: r.out.Kind, Reason: r.refused})
		}
		recorded, err := e.ackOne(ctx, tx, r)
		if err != nil {
			return nil, err
		}
		if r.seq > cursor && !recorded {
			next = cursor
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 0, cursor = ?`, next); err != nil {
		return nil, err
	}
	return refused, tx.Commit()
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

// ackOne records the server's answer to one change. recorded says the row
// now holds the change's number as its version, so pulling the change
// back would pass it over.
func (e *engine) ackOne(ctx context.Context, tx querier, r result) (recorded bool, err error) {
	o := r.out
	if o == nil || o.Op == "del" && r.refused == "" {
		return false, nil
	}
	if r.op == "renumber" {
		return false, ackRenumber(ctx, tx, o)
	}
	if !r.merged {
		if r.seq == 0 {
			return false, nil
		}
		res, err := tx.ExecContext(ctx, `UPDATE sync_ids SET ver = max(ver, ?) WHERE tbl = ? AND uid = ?`, r.seq, o.Kind, o.UID)
		if err != nil {
			return false, err
		}
		n, err := res.RowsAffected()
		return n == 1, err
	}
	if pending(ctx, tx, o.Kind, o.rid) {
		return false, nil
	}
	if r.doc == nil || r.op == "del" && r.seq == 0 {
		// Refused and never on the server: the local row goes.
		t, _ := tableByName(o.Kind)
		return false, applyDelete(ctx, tx, t, o.rid, true)
	}
	_, err = tx.ExecContext(ctx, `UPDATE sync_ids SET ver = 0 WHERE tbl = ? AND uid = ?`, o.Kind, o.UID)
	if err != nil {
		return false, err
	}
	return false, applyChange(ctx, tx, change{seq: r.seq, kind: o.Kind, uid: o.UID, op: r.op, doc: r.doc})
}
