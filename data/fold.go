package data

import (
	"context"
	"time"
)

// A check-in is counted into its goal's running totals later than it is
// saved (migration 23). The totals' row and the goal's head were two
// b-trees more that every save wrote and flushed, about a third of what
// the durable save cost; the save the user waits for now writes the
// check-in alone, as a bare INSERT does.
//
// Every check-in whose ID is above checkin_fold.upto waits to be counted.
// Until it is, the readers treat its goal as they treat one marked stale:
// they read the goal's check-ins (qUnsureGoals). A fold counts the
// waiting check-ins, recomputing each goal's totals from its earliest
// waiting period with the goal maths (refreshGoalTotals), and raises upto
// in the same transaction, so a crash leaves them waiting, never half
// counted. Every write transaction of the store folds before it commits
// (refreshDerived), the store folds on its own once the saves pause
// (foldAfter) and when it closes, and a store opening a file that has
// check-ins waiting folds them (settleTotals).

// qWaiting lists the goal and period of every check-in waiting to be
// counted, found by ID from the mark on: NOT INDEXED keeps SQLite from
// reading the whole index of goals and periods instead, which holds both
// columns (and did, for a UNION, 65 ms at a million check-ins). A file
// whose checkin_fold row another program deleted counts every check-in as
// waiting, and the next fold writes the row again.
const qWaiting = `SELECT goal_id, period_key FROM checkins NOT INDEXED
	WHERE id > coalesce((SELECT upto FROM checkin_fold), 0)`

// qFoldRowGone is true when another program deleted the checkin_fold row:
// the triggers then see no check-in as counted and keep no totals, so
// every goal is unsure until the next fold recomputes them all.
const qFoldRowGone = `NOT EXISTS (SELECT 1 FROM checkin_fold)`

// qUnsureGoals lists the goals whose totals do not hold every check-in:
// marked stale, or with a check-in waiting to be counted, or all of them
// without the fold's row. A goal may come more than once; staleGoals
// sorts them and drops the repeats.
const qUnsureGoals = `SELECT goal_id FROM checkin_totals_stale
	UNION ALL SELECT goal_id FROM (` + qWaiting + `)
	UNION ALL SELECT id FROM goals WHERE ` + qFoldRowGone

// notWaiting is the condition of a query on running totals that keeps
// the goal whose ID is column out while one of its check-ins waits to be
// counted.
func notWaiting(column string) string {
	return ` AND ` + column + ` NOT IN (SELECT goal_id FROM (` + qWaiting + `)) AND NOT ` + qFoldRowGone
}

// qFolded marks every check-in counted: refreshDerived runs it once the
// waiting ones are, in the same transaction.
const qFolded = `INSERT INTO checkin_fold (one, upto) SELECT 1, coalesce(max(id), 0) FROM checkins WHERE true
	ON CONFLICT (one) DO UPDATE SET upto = excluded.upto`

// foldAfter is how long the store waits after a fast save, with no save
// after it, before it folds: a round of check-ins typed one after another
// is counted once, while the user reads the screen.
const foldAfter = 500 * time.Millisecond

// foldWait bounds how long a fold of the timer's or of Close waits for
// another program's write lock, holding the store's one connection while
// it does: every screen's read queues behind it. A fold that gives up is
// tried again foldRetry later (or at the next write, or at open).
const (
	foldWait  = 200 * time.Millisecond
	foldRetry = 2 * time.Second
)

// foldSoon has the store fold foldAfter after this call, unless another
// comes first or the store closes.
func (s *Store) foldSoon() { s.folder.soon(foldAfter, s.timedFold) }

// timedFold is the timer's fold, run again when it could not write.
func (s *Store) timedFold() {
	if s.foldWithin(foldWait) {
		s.folder.again(foldRetry)
	}
}

// foldWithin folds, waiting at most d for the file's write lock, and says
// whether anything is left to do.
func (s *Store) foldWithin(d time.Duration) (left bool) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return s.settleTotals(ctx)
}

// stopFolding stops the timed fold, waiting for one that is running, and
// folds what is waiting before the store closes; what it cannot fold for
// another program's lock is left to the next opening.
func (s *Store) stopFolding() {
	s.folder.stop()
	s.foldWithin(foldWait)
}
