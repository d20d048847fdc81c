package data

import (
	"context"
	"database/sql"
	"maps"
	"sync"
	"sync/atomic"
)

// A check-in's save is a few short statements, and compiling them took
// about a fifth of its time. The statements every save runs are compiled
// once on the store's one connection and reused by each transaction.

// hotQueries are the statements prepared once per store, when it opens.
var hotQueries = []string{qGoalRules, qTotalsStale, qTotalsAsOf, qPlanStale, qStale, qReviewSums,
	qLiveState, qTotalsAsOfGoals, qReviewSumsOfGoals, qUnsureGoals, qDerivedStale}

// writeQueries are the hot statements that write check-ins, prepared at
// the first save (prepareWrites) rather than when the store opens: each
// compiles every trigger on checkins: the three are four fifths of the
// compiling, some 7 of the 9 ms it took before a new window's first
// frame, which saves nothing.
var writeQueries = append([]string{qPutCheckIn, qFastPut, qFastAppend}, refreshQueries...)

// stmtCache holds the prepared hot queries; a query it lacks (a test
// store of an older schema cannot prepare them, and writeQueries until
// the first save) runs unprepared, or not at all for the fast check-in
// saves. rules is what those saves check against (checkin_fast.go).
type stmtCache struct {
	// hot maps a query to its statement. A map stored here is never
	// written again: prepareWrites stores a new one, so a transaction
	// reads the one it began with however saves go on beside it.
	hot atomic.Pointer[map[string]*sql.Stmt]
	// writing serializes prepareWrites; writesReady is set once it has
	// stored writeQueries.
	writing     sync.Mutex
	writesReady bool
	rules       ruleCache
}

// stmt returns the prepared statement of q, or nil.
func (c *stmtCache) stmt(q string) *sql.Stmt {
	if m := c.hot.Load(); m != nil {
		return (*m)[q]
	}
	return nil
}

// prepareHot prepares the hot queries once the file is migrated, before
// any transaction: preparing on the database while a transaction holds
// the one connection would wait for ever.
func (s *Store) prepareHot(ctx context.Context) {
	m := make(map[string]*sql.Stmt, len(hotQueries)+len(writeQueries))
	// Not cancelled half way: a statement missing from the map is read
	// as a schema without it (an older one, in tests).
	prepareInto(context.WithoutCancel(ctx), s.db, m, hotQueries)
	s.stmts.hot.Store(&m)
}

// prepareWrites prepares writeQueries, once per store; the check-in saves
// call it before they begin, as no transaction of theirs holds the
// connection yet. One that fails to prepare (a test store of an older
// schema) stays unprepared.
func (s *Store) prepareWrites(ctx context.Context) {
	s.stmts.writing.Lock()
	defer s.stmts.writing.Unlock()
	if s.stmts.writesReady {
		return
	}
	m := map[string]*sql.Stmt{}
	if old := s.stmts.hot.Load(); old != nil {
		maps.Copy(m, *old)
	}
	if s.checkMap(ctx) != nil {
		return // the save fails at its begin, and the next prepares them
	}
	prepareInto(ctx, s.db, m, writeQueries)
	s.stmts.hot.Store(&m)
	s.stmts.writesReady = ctx.Err() == nil // a cancelled save leaves them to the next
}

// prepareInto prepares each of queries on db into m; one that does not
// prepare is left out.
func prepareInto(ctx context.Context, db *sql.DB, m map[string]*sql.Stmt, queries []string) {
	for _, q := range queries {
		if m[q] != nil {
			continue
		}
		if st, err := db.PrepareContext(ctx, q); err == nil {
			m[q] = st
		}
	}
}

// queryRow runs a query expected to return one row, prepared when it is
// a hot one.
func (t *tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st := t.hot[q]; st != nil {
		return t.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.QueryRowContext(ctx, q, args...)
}

// exec runs a statement, prepared when it is a hot one.
func (t *tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if st := t.hot[q]; st != nil {
		return t.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.ExecContext(ctx, q, args...)
}

// query runs a query, prepared when it is a hot one.
func (t *tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := t.hot[q]; st != nil {
		return t.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return t.QueryContext(ctx, q, args...)
}
