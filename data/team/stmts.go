package team

import (
	"context"
	"database/sql"
	"fmt"
)

// cachedTx is a local transaction that prepares each distinct statement
// once: applying thousands of pulled rows runs the same few statements.
type cachedTx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
}

// begin starts a local write transaction with a statement cache.
func (e *engine) begin(ctx context.Context) (*cachedTx, error) {
	tx, err := e.db().BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &cachedTx{Tx: tx, stmts: map[string]*sql.Stmt{}}, nil
}

func (t *cachedTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := t.stmts[query]; ok {
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

// Rollback ends the transaction unless committed; statements close with it.
func (t *cachedTx) Rollback() error { return t.Tx.Rollback() }
