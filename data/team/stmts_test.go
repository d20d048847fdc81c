package team

import (
	"context"
	"testing"
)

// A pooled statement is prepared once the transaction that first asked
// for it has ended, and the next transactions take it from the pool.
func TestPoolPreparesAfterTheTransactionAndLends(t *testing.T) {
	st := openFile(t, "pool.db")
	ctx := context.Background()
	e, err := newEngine(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	e.pool = newStmtPool()
	defer e.pool.Close()
	const q = `SELECT cursor FROM sync_state`
	for round := 0; round < 3; round++ {
		tx, err := e.begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var c int64
		if err := tx.QueryRowContext(ctx, q).Scan(&c); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		tx.Rollback()
		if e.pool.byQuery[q] == nil {
			t.Fatalf("round %d: the statement is not in the pool after the transaction", round)
		}
	}
	e.pool.Close()
	if len(e.pool.byQuery) != 0 {
		t.Fatalf("a closed pool holds %d statements", len(e.pool.byQuery))
	}
}

// The transaction's copy of the outbox's rows follows what the same
// transaction writes to the outbox.
func TestPendingSeesTheTransactionsOwnQueueing(t *testing.T) {
	st := openFile(t, "pending.db")
	ctx := context.Background()
	e, err := newEngine(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := e.begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if pending(ctx, tx, "goals", 7) {
		t.Fatal("an empty outbox has goal 7 waiting")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sync_outbox (tbl, rid, op) VALUES ('goals', 7, 'put')`); err != nil {
		t.Fatal(err)
	}
	if !pending(ctx, tx, "goals", 7) || pending(ctx, tx, "plans", 7) {
		t.Fatal("after queueing goal 7 the transaction does not see it, or sees plan 7")
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sync_outbox WHERE tbl = 'goals'`); err != nil {
		t.Fatal(err)
	}
	if pending(ctx, tx, "goals", 7) {
		t.Fatal("goal 7 still waits after its entry was deleted")
	}
}
