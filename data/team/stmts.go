package team

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
)

// cachedTx is a local transaction that prepares each distinct statement
// once: applying thousands of pulled rows runs the same few statements.
// With a pool it takes the statements the pool holds prepared already.
type cachedTx struct {
	*sql.Tx
	db    *sql.DB
	pool  *stmtPool // nil: statements live as long as the transaction
	stmts map[string]*sql.Stmt
	// queued is the outbox's rows as this transaction last read them,
	// nil until asked or after a statement of the transaction wrote the
	// outbox. The outbox's triggers queue nothing while pulled rows are
	// applied (sync_state.applying), where the sync asks.
	queued map[outboxRow]bool
}

// outboxRow is a row with a change in the outbox.
type outboxRow struct {
	tbl string
	rid int64
}

// begin starts a local write transaction with a statement cache.
func (e *engine) begin(ctx context.Context) (*cachedTx, error) {
	db := e.db()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &cachedTx{Tx: tx, db: db, pool: e.pool, stmts: map[string]*sql.Stmt{}}, nil
}

func (t *cachedTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := t.stmts[query]; ok {
		return s, nil
	}
	if ps := t.pool.get(t.db, query); ps != nil {
		s := t.Tx.StmtContext(ctx, ps)
		t.stmts[query] = s
		return s, nil
	}
	s, err := t.Tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	t.stmts[query] = s
	return s, nil
}

// ExecContext runs a cached statement.
func (t *cachedTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if strings.Contains(query, "sync_outbox") {
		t.queued = nil
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a cached query.
func (t *cachedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs a cached one-row query; a failure to prepare shows
// at Scan.
func (t *cachedTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	s, err := t.stmt(ctx, query)
	if err != nil {
		return t.Tx.QueryRowContext(ctx, query, args...)
	}
	return s.QueryRowContext(ctx, args...)
}

// pending reports whether row rid of tbl has a change in the outbox.
func (t *cachedTx) pending(ctx context.Context, tbl string, rid int64) bool {
	if t.queued == nil {
		queued, err := t.readQueued(ctx)
		if err != nil {
			return pendingInFile(ctx, t, tbl, rid)
		}
		t.queued = queued
	}
	return t.queued[outboxRow{tbl, rid}]
}

func (t *cachedTx) readQueued(ctx context.Context) (map[outboxRow]bool, error) {
	rows, err := t.QueryContext(ctx, `SELECT DISTINCT tbl, rid FROM sync_outbox`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	queued := map[outboxRow]bool{}
	for rows.Next() {
		var r outboxRow
		if err := rows.Scan(&r.tbl, &r.rid); err != nil {
			return nil, err
		}
		queued[r] = true
	}
	return queued, rows.Err()
}

// Rollback ends the transaction unless committed; statements close with
// it. The pool then prepares the statements the transaction lacked, now
// that the file's one connection is free.
func (t *cachedTx) Rollback() error {
	err := t.Tx.Rollback()
	t.pool.prepareWanted()
	return err
}

// stmtPool keeps a running sync's statements prepared on the file's
// connection from one transaction to the next. SQLite parsing the same
// few statements again in every push and pull was a quarter of the sync's
// time, and a save waits for the file's one connection while the sync
// holds it. A statement is prepared after the first transaction that asks
// for it ends: preparing on the file while a transaction holds its only
// connection would wait for ever.
type stmtPool struct {
	mu      sync.Mutex
	db      *sql.DB
	byQuery map[string]*sql.Stmt
	wanted  map[string]bool
}

// poolLimit bounds the statements a pool keeps; the sync runs a few dozen.
const poolLimit = 200

func newStmtPool() *stmtPool {
	return &stmtPool{byQuery: map[string]*sql.Stmt{}, wanted: map[string]bool{}}
}

// get returns query prepared on db, or nil, noting that it is wanted. A
// nil pool has nothing.
func (p *stmtPool) get(db *sql.DB, query string) *sql.Stmt {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.db != db {
		p.closeLocked()
		p.db = db
	}
	s := p.byQuery[query]
	if s == nil && len(p.byQuery)+len(p.wanted) < poolLimit {
		p.wanted[query] = true
	}
	return s
}

// prepareWanted prepares the statements asked for since the last call. It
// must run with no transaction of the file open.
func (p *stmtPool) prepareWanted() {
	if p == nil {
		return
	}
	p.mu.Lock()
	db, wanted := p.db, p.wanted
	p.wanted = map[string]bool{}
	p.mu.Unlock()
	for query := range wanted {
		s, err := db.PrepareContext(context.Background(), query)
		if err != nil {
			continue // the transaction prepares it again, and says why
		}
		p.mu.Lock()
		if p.db == db && p.byQuery[query] == nil {
			p.byQuery[query] = s
			s = nil
		}
		p.mu.Unlock()
		if s != nil {
			s.Close()
		}
	}
}

// Close closes the statements the pool holds.
func (p *stmtPool) Close() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closeLocked()
}

func (p *stmtPool) closeLocked() {
	for q, s := range p.byQuery {
		s.Close()
		delete(p.byQuery, q)
	}
	clear(p.wanted)
}
