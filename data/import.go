package data

import (
	"context"
	"pacer/app"
)

func init() {
	Messages = append(Messages, app.MsgImportRejected, app.MsgImportLeftOut, app.MsgImportGoalOut)
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
// The goals' data sources (imp.Sources) are saved with the values, each
// replacing the goal's own; a source of a missing goal is ENotFound, an
// incomplete one EInvalid. The breakdown (imp.Breakdown) replaces that of
// every period written; a value for a period not written is EInvalid.
//
// Before writing anything it takes a backup of the file into the backups
// folder beside it; when that fails the import is refused (see
// backupBeforeImport) and nothing is written.
//
// The slices are not changed.
func (s *Store) ApplyImport(ctx context.Context, imp app.Import) error {
	if err := imp.Check(); err != nil {
		return err
	}
	if len(imp.CheckIns)+len(imp.History) == 0 {
		return nil
	}
	if err := s.backupBeforeImport(ctx); err != nil {
		return err
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if len(imp.CheckIns)+len(imp.History) > bulkRows {
		if err := s.dropLiveTriggers(ctx, tx); err != nil {
			return err
		}
	}
	if err := importCheckIns(ctx, tx, imp.CheckIns); err != nil {
		return err
	}
	if err := importHistory(ctx, tx, imp.History, map[int64]int{}); err != nil {
		return err
	}
	if err := saveSources(ctx, tx, imp.Sources); err != nil {
		return err
	}
	if err := saveBreakdown(ctx, tx, imp); err != nil {
		return err
	}
	return tx.commit()
}

// bulkRows is the size of an import above which it drops the cache's
// triggers (live_cache.go) rather than note each row's goal: the next
// read after it rereads every goal's totals anyway.
const bulkRows = 500

// importCheckIns upserts check-ins, keeping the confidence and note of
// those already stored.
func importCheckIns(ctx context.Context, tx *tx, cs []app.CheckIn) error {
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
func importHistory(ctx context.Context, tx *tx, hs []app.HistoryValue, decimals map[int64]int) error {
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
		if h.Value, err = app.RoundTo(h.Value, d); err != nil {
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
