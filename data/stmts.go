package data

import (
	"context"
	"database/sql"
)

// A check-in's save is a few short statements, and compiling them took
// about a fifth of its time. The statements every save runs are compiled
// once on the store's one connection and reused by each transaction.

// hotQueries are the statements prepared once per store.
var hotQueries = []string{qGoalRules, qPutCheckIn, qTotalsStale, qTotalsAsOf, qPlanStale, qStale, qReviewSums,
	qFastPut, qFastCreate, qLiveState, qTotalsAsOfGoals, qReviewSumsOfGoals}

// stmtCache holds the prepared hot queries; a query it lacks (a test
// store of an older schema cannot prepare them) runs unprepared, or not
// at all for the fast check-in saves. rules is what those saves check
// against (checkin_fast.go).
type stmtCache struct {
	m     map[string]*sql.Stmt
	rules ruleCache
}

// prepareHot prepares the hot queries once the file is migrated, before
// any transaction: preparing on the database while a transaction holds
// the one connection would wait for ever.
func (s *Store) prepareHot(ctx context.Context) {
	m := make(map[string]*sql.Stmt, len(hotQueries))
	for _, q := range hotQueries {
		if st, err := s.db.PrepareContext(ctx, q); err == nil {
			m[q] = st
		}
	}
	s.stmts.m = m
}

// queryRow runs a query expected to return one row, prepared when it is
// a hot one.
func (t *tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st := t.hot[q]; st != nil {
		return t.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.QueryRowContext(ctx, q, args...)
}

// query runs a query, prepared when it is a hot one.
func (t *tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := t.hot[q]; st != nil {
		return t.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return t.QueryContext(ctx, q, args...)
}
