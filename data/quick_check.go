package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"pacer/app"
)

// quickCheck runs SQLite's quick_check, which reads every page but skips
// the index cross-checks: milliseconds for a database of Pacer's size, and
// it turns a truncated file into a clear error at open (or just after,
// OpenCheckLater) rather than a failure in the middle of some later screen.
func (s *Store) quickCheck(ctx context.Context) error {
	if err := s.checkMap(ctx); err != nil {
		return s.openError(err, "quick check")
	}
	problems, err := quickCheckProblems(ctx, s.db)
	if err != nil {
		return s.openError(err, "quick check")
	}
	// The check read every page of the file into the connection's cache
	// (up to 64 MB, see dsn), and the screens need few of them: the memory
	// goes back now rather than staying with the window (6–13 MB on an
	// 8 MB file).
	if _, err := s.db.ExecContext(ctx, `PRAGMA shrink_memory`); err != nil {
		return wrapf(err, "free the quick check's pages")
	}
	return s.damaged(problems)
}

// damaged is the error of a file whose quick check found problems, nil
// when it found none.
func (s *Store) damaged(problems []string) error {
	if len(problems) == 0 {
		return nil
	}
	return &app.Error{Code: app.ENotDatabase, Message: msgDamaged, Args: map[string]any{"Path": s.path},
		Err: fmt.Errorf("quick check: %s", strings.Join(problems, "; "))}
}

// quickCheckProblems runs quick_check on db and returns the lines other
// than "ok".
func quickCheckProblems(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	return problems, rows.Err()
}
