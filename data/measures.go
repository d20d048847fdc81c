package data

import (
	"context"
	"database/sql"
	"pacer/app"
	"strings"
)

// measureTable names a table of measures, the column of their owner
// record, the column of the gap measure a step was made from ("NULL" for
// gap measures) and how to read whether that measure is ticked done. Only
// the two values below exist; they are not user input.
type measureTable struct{ table, parent, from, fromDone string }

var (
	reviewMeasures = measureTable{"review_measures", "review_id", "NULL", "0"}
	actionMeasures = measureTable{"action_measures", "action_id", "review_measure_id",
		"coalesce((SELECT rm.done FROM review_measures rm WHERE rm.id = review_measure_id), 0)"}
)

func scanMeasure(sc scanner) (app.Measure, error) {
	var m app.Measure
	var from sql.NullInt64
	err := sc.Scan(&m.ID, &m.Text, &m.Owner, dateCol{&m.Due}, &m.Done, &from, &m.FromDone)
	m.FromID = from.Int64
	return m, err
}

// listMeasures returns the measures of one record in their order.
func listMeasures(ctx context.Context, tx *tx, t measureTable, parentID int64) ([]app.Measure, error) {
	ms, err := queryAll(ctx, tx, scanMeasure,
		`SELECT id, text, owner, due, done, `+t.from+`, `+t.fromDone+` FROM `+t.table+` WHERE `+t.parent+` = ? ORDER BY position, id`, parentID)
	return ms, wrapf(err, "list measures")
}

// syncMeasures makes the stored measures of a record equal to ms, in that
// order. A measure with an ID is updated in place, so a link to it stays
// valid (a step's gap measure is set when it is added, and kept); one
// without is added; stored ones not in ms are deleted. An ID
// that is not one of this record's measures is ENotFound. It returns ms
// with IDs set and text trimmed, or nil when ms is empty.
func syncMeasures(ctx context.Context, tx *tx, t measureTable, parentID int64, ms []app.Measure) ([]app.Measure, error) {
	stored, err := listMeasures(ctx, tx, t, parentID)
	if err != nil {
		return nil, err
	}
	out, drop, err := planMeasures(stored, ms)
	if err != nil {
		return nil, err
	}
	for _, id := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t.table+` WHERE id = ?`, id); err != nil {
			return nil, wrapf(err, "delete measure")
		}
	}
	for i := range out {
		m := &out[i]
		if m.ID != 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE `+t.table+`
				SET position = ?, text = ?, owner = ?, due = ?, done = ? WHERE id = ?`,
				i, m.Text, m.Owner, dateArg(m.Due), m.Done, m.ID); err != nil {
				return nil, wrapf(err, "update measure")
			}
			continue
		}
		if m.ID, err = insertMeasure(ctx, tx, t, parentID, i, *m); err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// insertMeasure adds m at position i of a record's measures, returning its ID.
func insertMeasure(ctx context.Context, tx *tx, t measureTable, parentID int64, i int, m app.Measure) (int64, error) {
	cols, args := t.parent+`, position, text, owner, due, done`, []any{parentID, i, m.Text, m.Owner, dateArg(m.Due), m.Done}
	if m.FromID != 0 && t.from != "NULL" {
		cols, args = cols+`, `+t.from, append(args, m.FromID)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO `+t.table+` (`+cols+`) VALUES (?`+strings.Repeat(`, ?`, len(args)-1)+`)`, args...)
	if err != nil {
		return 0, wrapf(err, "insert measure")
	}
	id, err := res.LastInsertId()
	return id, wrapf(err, "insert measure")
}

// planMeasures checks ms against the stored measures and returns ms
// trimmed, and the IDs of stored measures to delete.
func planMeasures(stored, ms []app.Measure) (out []app.Measure, drop []int64, err error) {
	kept := make(map[int64]bool, len(stored))
	for _, m := range stored {
		kept[m.ID] = false
	}
	out = make([]app.Measure, len(ms))
	for i, m := range ms {
		m.Text = strings.TrimSpace(m.Text)
		if m.Text == "" {
			return nil, nil, app.Errorf(app.EInvalid, msgMeasureTextRequired)
		}
		if m.ID != 0 {
			if done, ok := kept[m.ID]; !ok {
				return nil, nil, app.Errorf(app.ENotFound, msgMeasureNotFound)
			} else if done {
				return nil, nil, app.Errorf(app.EInvalid, msgDuplicate)
			}
			kept[m.ID] = true
		}
		out[i] = m
	}
	for _, m := range stored {
		if !kept[m.ID] {
			drop = append(drop, m.ID)
		}
	}
	return out, drop, nil
}
