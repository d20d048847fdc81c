package data

import (
	"context"
	"strconv"
	"strings"
)

// Import is what a file import writes, with what the file held that could
// not be read, so that the store itself keeps the rule that an import never
// writes a short period.
type Import struct {
	CheckIns []CheckIn
	History  []HistoryValue
	// Rejected counts the rows of the file that could not be read. An
	// import with rejected rows is refused unless WithoutRejected says the
	// user chose to import without them.
	Rejected        int
	WithoutRejected bool
	// LeftOut names the periods the rejected rows fall in: nothing is
	// written to them, so that none holds a total short of a row.
	LeftOut []ImportGap
}

// ImportGap is a period an import leaves unwritten: a check-in period, or
// a history period when History is set; every period of the goal when
// PeriodKey is "" (a row whose date cannot be read could be in any).
type ImportGap struct {
	GoalID    int64
	PeriodKey string
	History   bool
}

const (
	msgImportRejected = "Rows of the file could not be read ({{.Count}}): nothing was imported. Correct them, or choose to import without them."
	msgImportLeftOut  = "{{.Period}} is left out of this import, since a row that could not be read falls in it: nothing may be written to it."
	msgImportGoalOut  = "A goal is left out of this import, since a row of it has a date that could not be read: nothing may be written to it."
)

func init() {
	Messages = append(Messages, msgImportRejected, msgImportLeftOut, msgImportGoalOut)
}

// ApplyImport writes the check-ins and history values of a file import in
// one transaction: all of them, or none when any is refused.
//
//   - An import with rejected rows writes nothing (EInvalid) unless
//     imp.WithoutRejected is set; then a value in a period of imp.LeftOut
//     is EInvalid, since that period would be written without a row.
//   - A check-in replaces the value of the check-in its goal already has
//     for the period, keeping that check-in's ID, confidence, note and
//     CreatedAt: an import brings numbers, not the owner's judgement. A new
//     check-in is stored with the Confidence and Note given (the importer
//     in package app passes a neutral 5 and no note).
//   - A history value replaces the value of its goal and period only; the
//     goal's other history values stay, unlike SetHistory.
//   - Values are checked like everywhere else: NaN, infinities and digits
//     beyond the goal's decimals are EInvalid (never rounded away), a
//     missing goal is ENotFound, and a period given twice for the same goal
//     (in check-ins, or in history) is EInvalid.
//
// The slices are not changed.
func (s *Store) ApplyImport(ctx context.Context, imp Import) error {
	if err := imp.check(); err != nil {
		return err
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if err := importCheckIns(ctx, tx, imp.CheckIns); err != nil {
		return err
	}
	if err := importHistory(ctx, tx, imp.History, map[int64]int{}); err != nil {
		return err
	}
	return tx.commit()
}

// check refuses an import with rejected rows that the user did not choose
// to leave out, and a value written to a period left out.
func (imp Import) check() error {
	if imp.Rejected > 0 && !imp.WithoutRejected {
		return errorf(EInvalid, msgImportRejected, "Count", strconv.Itoa(imp.Rejected))
	}
	gaps := map[ImportGap]bool{}
	for _, g := range imp.LeftOut {
		g.PeriodKey = strings.TrimSpace(g.PeriodKey)
		gaps[g] = true
	}
	for _, c := range imp.CheckIns {
		if err := gapError(gaps, ImportGap{c.GoalID, strings.TrimSpace(c.PeriodKey), false}); err != nil {
			return err
		}
	}
	for _, h := range imp.History {
		if err := gapError(gaps, ImportGap{h.GoalID, strings.TrimSpace(h.PeriodKey), true}); err != nil {
			return err
		}
	}
	return nil
}

// gapError is EInvalid when g, or its goal as a whole, is left out.
func gapError(gaps map[ImportGap]bool, g ImportGap) error {
	switch {
	case gaps[ImportGap{GoalID: g.GoalID}]:
		return errorf(EInvalid, msgImportGoalOut)
	case gaps[g]:
		return errorf(EInvalid, msgImportLeftOut, "Period", g.PeriodKey)
	}
	return nil
}

// importCheckIns upserts check-ins, keeping the confidence and note of
// those already stored.
func importCheckIns(ctx context.Context, tx *tx, cs []CheckIn) error {
	if len(cs) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `
		INSERT INTO checkins (goal_id, period_key, value, confidence, note, created_at, updated_at)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
		ON CONFLICT (goal_id, period_key) DO UPDATE SET
			value = excluded.value, updated_at = excluded.updated_at`)
	if err != nil {
		return wrapf(err, "prepare check-in import")
	}
	defer stmt.Close()
	seen := map[int64]map[string]bool{}
	now := formatTime(tx.now)
	rules := &checkInRules{}
	for _, c := range cs {
		if err := normalizeCheckIn(ctx, tx, &c, rules); err != nil {
			return err
		}
		if err := seenPeriod(seen, c.GoalID, c.PeriodKey); err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, c.GoalID, c.PeriodKey, c.Value, c.Confidence, c.Note, now); err != nil {
			return wrapf(err, "import check-in")
		}
	}
	return nil
}

// importHistory upserts history values one period at a time.
func importHistory(ctx context.Context, tx *tx, hs []HistoryValue, decimals map[int64]int) error {
	if len(hs) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `
		INSERT INTO history_values (goal_id, period_key, value) VALUES (?, ?, ?)
		ON CONFLICT (goal_id, period_key) DO UPDATE SET value = excluded.value`)
	if err != nil {
		return wrapf(err, "prepare history import")
	}
	defer stmt.Close()
	seen := map[int64]map[string]bool{}
	for _, h := range hs {
		d, err := cachedDecimals(ctx, tx, h.GoalID, decimals)
		if err != nil {
			return err
		}
		if h.PeriodKey, err = periodKey(h.PeriodKey, map[string]bool{}); err != nil {
			return err
		}
		if err := seenPeriod(seen, h.GoalID, h.PeriodKey); err != nil {
			return err
		}
		if h.Value, err = RoundTo(h.Value, d); err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, h.GoalID, h.PeriodKey, h.Value); err != nil {
			return wrapf(err, "import history")
		}
	}
	return nil
}

// seenPeriod records a goal's period, refusing one already recorded.
func seenPeriod(seen map[int64]map[string]bool, goalID int64, key string) error {
	if seen[goalID] == nil {
		seen[goalID] = map[string]bool{}
	}
	_, err := periodKey(key, seen[goalID])
	return err
}

// cachedDecimals is goalDecimals looked up once per goal.
func cachedDecimals(ctx context.Context, tx *tx, goalID int64, cache map[int64]int) (int, error) {
	if d, ok := cache[goalID]; ok {
		return d, nil
	}
	d, err := goalDecimals(ctx, tx, goalID)
	if err != nil {
		return 0, err
	}
	cache[goalID] = d
	return d, nil
}
