package team

import (
	"context"
	"encoding/json"
	"fmt"

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
		r, rewrote, err := e.ack(ctx, last, results)
		refused = append(refused, r...)
		if err != nil {
			return refused, sent, err
		}
		if rewrote && e.st != nil {
			// As after a pull: rows written past the store's transactions.
			e.st.SettleDerived(ctx)
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
