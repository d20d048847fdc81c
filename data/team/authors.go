package team

import (
	"context"
	"fmt"
	"time"

	"pacer/data"
)

// CheckInAuthors maps the goal's check-ins to their authors' logins;
// check-ins of a file that was never shared have none.
func CheckInAuthors(ctx context.Context, st *data.Store, goalID int64) (map[int64]string, error) {
	return authors(ctx, st, `SELECT id, author FROM checkins WHERE goal_id = ? AND author <> ''`, goalID)
}

// FollowUpAuthors maps the action plan's follow-ups to their authors.
func FollowUpAuthors(ctx context.Context, st *data.Store, actionID int64) (map[int64]string, error) {
	return authors(ctx, st, `SELECT id, author FROM followups WHERE action_id = ? AND author <> ''`, actionID)
}

func authors(ctx context.Context, st *data.Store, query string, id int64) (map[int64]string, error) {
	rows, err := st.SyncDB().QueryContext(ctx, query, id)
	if err != nil {
		return nil, fmt.Errorf("read authors: %w", err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var k int64
		var a string
		if err := rows.Scan(&k, &a); err != nil {
			return nil, fmt.Errorf("read authors: %w", err)
		}
		out[k] = a
	}
	return out, rows.Err()
}

// Feedback is one person's feedback on a goal's period.
type Feedback struct {
	Author    string
	Text      string
	UpdatedAt time.Time
}

// FeedbackFor lists everyone's feedback on a goal's period, by author.
func FeedbackFor(ctx context.Context, st *data.Store, goalID int64, period string) ([]Feedback, error) {
	rows, err := st.SyncDB().QueryContext(ctx, `SELECT author, text, updated_at FROM team_feedback
		WHERE goal_id = ? AND period_key = ? ORDER BY author`, goalID, period)
	if err != nil {
		return nil, fmt.Errorf("read feedback: %w", err)
	}
	defer rows.Close()
	var out []Feedback
	for rows.Next() {
		var f Feedback
		var at string
		if err := rows.Scan(&f.Author, &f.Text, &at); err != nil {
			return nil, fmt.Errorf("read feedback: %w", err)
		}
		f.UpdatedAt, _ = time.Parse(time.RFC3339, at)
		out = append(out, f)
	}
	return out, rows.Err()
}

// SaveFeedback keeps the file's login's feedback on a goal's period,
// replacing their earlier one; others' feedback is untouched.
func SaveFeedback(ctx context.Context, st *data.Store, goalID int64, period, text string) error {
	s, _, err := Linked(ctx, st)
	if err != nil {
		return err
	}
	_, err = st.SyncDB().ExecContext(ctx, `INSERT INTO team_feedback (goal_id, period_key, author, text, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (goal_id, period_key, author) DO UPDATE SET text = excluded.text,
		updated_at = excluded.updated_at`, goalID, period, s.User, text, st.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	return nil
}
