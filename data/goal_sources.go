package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"pacer/app"
)

func init() { Messages = append(Messages, app.MsgSourceIncomplete) }

// GoalSource is the saved data source of a goal (see app.GoalSource); ok
// is false when no import has saved one.
func (s *Store) GoalSource(ctx context.Context, goalID int64) (src app.GoalSource, ok bool, err error) {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return app.GoalSource{}, false, err
	}
	defer tx.Rollback()
	var columns, filter string
	src.GoalID = goalID
	err = tx.QueryRowContext(ctx, `SELECT layout, columns, value_column, filter FROM goal_sources WHERE goal_id = ?`,
		goalID).Scan(&src.Layout, &columns, &src.ValueColumn, &filter)
	if errors.Is(err, sql.ErrNoRows) {
		return app.GoalSource{}, false, nil
	} else if err != nil {
		return app.GoalSource{}, false, wrapf(err, "read goal source")
	}
	if err := json.Unmarshal([]byte(columns), &src.Columns); err != nil {
		return app.GoalSource{}, false, wrapf(err, "read goal source columns")
	}
	if err := json.Unmarshal([]byte(filter), &src.Filter); err != nil {
		return app.GoalSource{}, false, wrapf(err, "read goal source filter")
	}
	if len(src.Filter) == 0 {
		src.Filter = nil
	}
	return src, true, nil
}

// saveSources replaces the data sources of the goals in srcs.
func saveSources(ctx context.Context, tx *tx, srcs []app.GoalSource) error {
	for _, src := range srcs {
		columns, err := json.Marshal(append([]string{}, src.Columns...))
		if err != nil {
			return wrapf(err, "encode goal source columns")
		}
		filter, err := json.Marshal(append([]app.SourceCondition{}, src.Filter...))
		if err != nil {
			return wrapf(err, "encode goal source filter")
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO goal_sources (goal_id, layout, columns, value_column, filter, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (goal_id) DO UPDATE SET layout = excluded.layout, columns = excluded.columns,
				value_column = excluded.value_column, filter = excluded.filter, updated_at = excluded.updated_at`,
			src.GoalID, src.Layout, string(columns), src.ValueColumn, string(filter), formatTime(tx.now)); err != nil {
			return wrapf(err, "save goal source")
		}
	}
	return nil
}
