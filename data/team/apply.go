package team

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// change is one entry of the server's log as a laptop applies it.
type change struct {
	seq  int64
	kind string
	uid  string
	op   string
	doc  doc
}

// applyChange writes a server change into the local file, inside a
// transaction that has sync_state.applying set. A change older than the
// version the row is at here, or for a row with local changes still
// waiting (the server's answer to those will come back), is passed over.
// A row that cannot be written here (its goal was deleted here, a local
// rule refuses it) is passed over too, so one row never stops the sync.
func applyChange(ctx context.Context, q querier, c change) error {
	t, ok := tableByName(c.kind)
	if !ok {
		return nil // a kind this Pacer does not keep
	}
	rid, ver, known, err := lookupUID(ctx, q, t.name, c.uid)
	if err != nil {
		return err
	}
	if known && ver == 0 && isRevision(t.name) && pending(ctx, q, t.name, rid) {
		// Our unsent revision under the number someone else's has.
		if err := makeRoom(ctx, q, t.name, rid); err != nil {
			return err
		}
		if rid, ver, known, err = lookupUID(ctx, q, t.name, c.uid); err != nil {
			return err
		}
	}
	if known && (ver >= c.seq || pending(ctx, q, t.name, rid)) {
		return nil
	}
	if c.op == "del" {
		return deleteKeeping(ctx, q, t, rid, known, c.seq)
	}
	return applyPut(ctx, q, t, c, rid, known)
}

func lookupUID(ctx context.Context, q querier, tbl, uid string) (rid, ver int64, ok bool, err error) {
	err = q.QueryRowContext(ctx, `SELECT rid, ver FROM sync_ids WHERE tbl = ? AND uid = ?`, tbl, uid).Scan(&rid, &ver)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, nil
	} else if err != nil {
		return 0, 0, false, fmt.Errorf("find %s: %w", tbl, err)
	}
	return rid, ver, true, nil
}

// pending reports whether row rid of tbl has local changes not yet pushed.
// In a transaction of the sync it asks the transaction's copy of the
// outbox's rows (cachedTx.pending): the outbox has no index by row.
func pending(ctx context.Context, q querier, tbl string, rid int64) bool {
	if t, ok := q.(*cachedTx); ok {
		return t.pending(ctx, tbl, rid)
	}
	return pendingInFile(ctx, q, tbl, rid)
}

func pendingInFile(ctx context.Context, q querier, tbl string, rid int64) bool {
	var one int
	return q.QueryRowContext(ctx, `SELECT 1 FROM sync_outbox WHERE tbl = ? AND rid = ? LIMIT 1`, tbl, rid).Scan(&one) == nil
}

func applyDelete(ctx context.Context, q querier, t *table, rid int64, known bool) error {
	if !known {
		return nil
	}
	if _, err := q.ExecContext(ctx, `DELETE FROM "`+t.name+`" WHERE rowid = ?`, rid); err != nil {
		return fmt.Errorf("delete %s: %w", t.name, err)
	}
	_, err := q.ExecContext(ctx, `DELETE FROM sync_ids WHERE tbl = ? AND rid = ?`, t.name, rid)
	return err
}

func applyPut(ctx context.Context, q querier, t *table, c change, rid int64, known bool) error {
	cols, vals, ok, err := localValues(ctx, q, t, c.doc)
	if err != nil || !ok {
		return err
	}
	if !known && len(t.key) > 0 {
		if rid, known, err = findKeyed(ctx, q, t, cols, vals); err != nil {
			return err
		}
		if known && pending(ctx, q, t.name, rid) {
			return nil
		}
	}
	if known {
		written, err := update(ctx, q, t, cols, vals, rid)
		if err != nil || !written {
			return err
		}
	} else if rid, err = insertRow(ctx, q, t, cols, vals); err != nil || rid == 0 {
		return err
	}
	if err := keepUID(ctx, q, t.name, rid, c.uid, c.seq); err != nil {
		return err
	}
	if t.name == "checkins" {
		return partFromPulled(ctx, q, rid)
	}
	return nil
}

// insertRow inserts a pulled row; rid is 0 when a local rule refused it,
// which passes that row over.
func insertRow(ctx context.Context, q querier, t *table, cols []string, vals []any) (rid int64, err error) {
	res, err := q.ExecContext(ctx, `INSERT INTO "`+t.name+`" (`+strings.Join(quoteCols(cols), ", ")+`) VALUES (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")+`)`, vals...)
	if isConstraint(err) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("insert %s: %w", t.name, err)
	}
	return res.LastInsertId()
}

// findKeyed finds the local row with the key of a pulled row, after
// moving away our unsent plan revision that has its number.
func findKeyed(ctx context.Context, q querier, t *table, cols []string, vals []any) (int64, bool, error) {
	rid, known, err := findByKey(ctx, q, t, cols, vals)
	if err != nil || !known || !isRevision(t.name) {
		return rid, known, err
	}
	return roomForRevision(ctx, q, t, rid, cols, vals)
}

// update writes cols of row rid; written is false when a local rule
// refused it.
func update(ctx context.Context, q querier, t *table, cols []string, vals []any, rid int64) (bool, error) {
	set := quoteCols(cols)
	for i := range set {
		set[i] += " = ?"
	}
	_, err := q.ExecContext(ctx, `UPDATE "`+t.name+`" SET `+strings.Join(set, ", ")+` WHERE rowid = ?`, append(vals, rid)...)
	if isConstraint(err) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("update %s: %w", t.name, err)
	}
	return true, nil
}

// isConstraint reports a row refused by one of the file's rules (a CHECK,
// a UNIQUE, a foreign key), which passes over that row only.
func isConstraint(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
}

// findByKey finds the local row with the same key as a pulled row.
func findByKey(ctx context.Context, q querier, t *table, cols []string, vals []any) (int64, bool, error) {
	var where []string
	var args []any
	for _, k := range t.key {
		for i, c := range cols {
			if c == k {
				where = append(where, `"`+k+`" IS ?`)
				args = append(args, vals[i])
			}
		}
	}
	if len(where) != len(t.key) {
		return 0, false, nil
	}
	var rid int64
	err := q.QueryRowContext(ctx, `SELECT rowid FROM "`+t.name+`" WHERE `+strings.Join(where, " AND "), args...).Scan(&rid)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return rid, err == nil, err
}

// keepUID records that local row rid of tbl is server row uid at version
// ver.
func keepUID(ctx context.Context, q querier, tbl string, rid int64, uid string, ver int64) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM sync_ids WHERE tbl = ? AND uid = ? AND rid <> ?`, tbl, uid, rid); err != nil {
		return fmt.Errorf("keep id: %w", err)
	}
	_, err := q.ExecContext(ctx, `INSERT INTO sync_ids (tbl, rid, uid, ver) VALUES (?, ?, ?, ?)
		ON CONFLICT (tbl, rid) DO UPDATE SET uid = excluded.uid, ver = excluded.ver`, tbl, rid, uid, ver)
	if err != nil {
		return fmt.Errorf("keep id: %w", err)
	}
	return nil
}
