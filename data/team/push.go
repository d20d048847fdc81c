package team

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

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
	kept    []KeptRow // what a delete took that it was made without
}

// testHookAfterPush, when set, runs after the server committed a push and
// before the outbox is cleared; an error it returns stops the push there,
// as a crash would.
var testHookAfterPush func() error

// testHookSent, when set, runs after each batch sent, before the push
// commits, with the connection, so a test can drop it mid-push.
var testHookSent func(conn *pgx.Conn)

// pushed is a batch the server answered, acknowledged once the push
// commits.
type pushed struct {
	last    int64
	results []result
}

// pushAll sends what the outbox held when it began, a batch at a time, in
// one transaction on the server: a connection lost mid-push leaves none of
// it there, so no laptop pulls half of an import (before, each batch of
// 500 committed alone). It returns the refusals the server gave and how
// many changes it sent. Changes queued meanwhile wait for the next sync: a
// laptop saving check-in after check-in would otherwise keep one push
// going, a batch of one or two each, and each save waiting behind its
// commits.
func (e *engine) pushAll(ctx context.Context, conn *pgx.Conn) (refused []Refusal, sent int, err error) {
	var upto int64
	if err := e.db().QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM sync_outbox`).Scan(&upto); err != nil {
		return nil, 0, fmt.Errorf("read outbox: %w", err)
	}
	done, sent, err := e.sendAll(ctx, conn, upto)
	if err != nil || len(done) == 0 {
		return nil, sent, err
	}
	if testHookAfterPush != nil {
		if err := testHookAfterPush(); err != nil {
			return nil, sent, err
		}
	}
	for _, p := range done {
		r, rewrote, err := e.ack(ctx, p.last, p.results)
		refused = append(refused, r...)
		if err != nil {
			return refused, sent, err
		}
		if rewrote && e.st != nil {
			// As after a pull: rows written past the store's transactions.
			e.st.SettleDerived(ctx)
		}
	}
	return refused, sent, nil
}

// sendAll sends the outbox up to entry upto in batches, in one server
// transaction it commits at the end, and returns the server's answers.
func (e *engine) sendAll(ctx context.Context, conn *pgx.Conn, upto int64) (done []pushed, sent int, err error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("push: %w", err)
	}
	defer func() {
		if err != nil {
			rctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			_ = tx.Rollback(rctx)
		}
	}()
	var after, cursor int64
	if err := e.db().QueryRowContext(ctx, `SELECT cursor FROM sync_state`).Scan(&cursor); err != nil {
		return nil, 0, fmt.Errorf("read cursor: %w", err)
	}
	for {
		batch, last, err := e.readOutbox(ctx, after, upto)
		if err != nil {
			return nil, sent, err
		} else if last == 0 {
			break
		}
		sent += len(batch)
		results, err := e.send(ctx, tx, batch)
		if err == nil {
			err = overUnseen(ctx, tx, e.client, cursor, results)
		}
		if err != nil {
			return nil, sent, err
		}
		done = append(done, pushed{last: last, results: results})
		after = last
		if testHookSent != nil {
			testHookSent(conn)
		}
	}
	cctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	if err := tx.Commit(cctx); err != nil {
		return nil, sent, fmt.Errorf("push: %w", err)
	}
	return done, sent, nil
}

// readOutbox reads the next batch of queued changes after entry after up
// to entry upto, one a row (the row as it is now), naming new rows for the
// server in the same transaction, so a retried push names them the same.
// last is the last outbox entry read, 0 when none is left.
func (e *engine) readOutbox(ctx context.Context, after, upto int64) ([]*outgoing, int64, error) {
	tx, err := e.begin(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, change_id, tbl, rid, op, coalesce(uid, '') FROM sync_outbox WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`, after, upto, pushBatch)
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

// pgQuerier runs a query on the server: a connection, or a transaction
// on one.
type pgQuerier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// send runs one push on the server.
func (e *engine) send(ctx context.Context, conn pgQuerier, batch []*outgoing) ([]result, error) {
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
