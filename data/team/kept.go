package team

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// FieldDeleted is the field of a flag that sets aside a row a pulled
// delete took while it, or a row that went with it, held work of this
// laptop the delete was made without (a check-in made offline on a goal
// deleted meanwhile). Mine holds the rows (DeletedRows), Theirs is null.
const FieldDeleted = "deleted"

// FieldDeletedOver is the field of a flag that sets aside, on the laptop
// that deleted a row, the changes others had made to it or to rows under
// it that had not reached that laptop (an edit of the check-in it deleted,
// a check-in on the goal it deleted). Mine holds the rows as the server
// had them.
const FieldDeletedOver = "deleted_over"

// KeptRow is one row set aside by such a flag: its kind, its server
// document as the laptop held it, and whether it is work the delete was
// made without.
type KeptRow struct {
	Kind   string `json:"kind"`
	UID    string `json:"uid"`
	Doc    doc    `json:"doc"`
	Unseen bool   `json:"unseen,omitempty"`
}

// DeletedRows reads the rows a flag of a deleted row set aside, the
// deleted row first.
func DeletedRows(c Clash) ([]KeptRow, error) {
	if c.Field != FieldDeleted && c.Field != FieldDeletedOver {
		return nil, nil
	}
	return keptRows(c.Mine)
}

// keptRows reads set-aside rows keeping numbers exact, as pulled
// documents are read.
func keptRows(mine string) ([]KeptRow, error) {
	dec := json.NewDecoder(strings.NewReader(mine))
	dec.UseNumber()
	var rows []KeptRow
	if err := dec.Decode(&rows); err != nil {
		return nil, fmt.Errorf("read set-aside rows: %w", err)
	}
	return rows, nil
}

// localRow is a row of a shared table in the local file.
type localRow struct {
	t   *table
	rid int64
}

// deleteKeeping deletes row rid of t as the server change seq says. When
// the row or one that goes with it holds work the delete was made without,
// it first sets them all aside in a flag for the team to restore or let
// go: nothing a laptop did is lost unsaid.
func deleteKeeping(ctx context.Context, q querier, t *table, rid int64, known bool, seq int64) error {
	if !known {
		return nil
	}
	rows, err := withDependents(ctx, q, localRow{t, rid})
	if err != nil {
		return err
	}
	unseen := make([]bool, len(rows))
	some := false
	for i, r := range rows {
		unseen[i] = unseenWork(ctx, q, r, seq)
		some = some || unseen[i]
	}
	if some {
		if err := setAside(ctx, q, rows, unseen); err != nil {
			return err
		}
		if err := withdraw(ctx, q, rows[1:], seq); err != nil {
			return err
		}
	}
	return applyDelete(ctx, q, t, rid, known)
}

// withDependents is r and the rows its delete takes with it, parents
// before children: those whose required reference points at it.
func withDependents(ctx context.Context, q querier, r localRow) ([]localRow, error) {
	out := []localRow{r}
	for i := range tables {
		c := &tables[i]
		for col, ref := range c.refs {
			if ref != r.t.name || c.nullable[col] {
				continue
			}
			rids, err := ridsWhere(ctx, q, c.name, col, r.rid)
			if err != nil {
				return nil, err
			}
			for _, rid := range rids {
				more, err := withDependents(ctx, q, localRow{c, rid})
				if err != nil {
					return nil, err
				}
				out = append(out, more...)
			}
		}
	}
	return out, nil
}

func ridsWhere(ctx context.Context, q querier, tbl, col string, id int64) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT rowid FROM "`+tbl+`" WHERE "`+col+`" = ? ORDER BY rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("find rows of %s: %w", tbl, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var rid int64
		if err := rows.Scan(&rid); err != nil {
			return nil, fmt.Errorf("find rows of %s: %w", tbl, err)
		}
		out = append(out, rid)
	}
	return out, rows.Err()
}

// unseenWork reports whether r holds a change the delete numbered seq was
// made without: one still queued, one sent but never acknowledged
// (version 0, as a put the server answered with the tombstone), or one the
// server numbered after the delete (this laptop's push, which goes before
// its pull). Rows pulled before the delete were seen by it.
func unseenWork(ctx context.Context, q querier, r localRow, seq int64) bool {
	if pending(ctx, q, r.t.name, r.rid) {
		return true
	}
	var ver int64
	if err := q.QueryRowContext(ctx, `SELECT ver FROM sync_ids WHERE tbl = ? AND rid = ?`, r.t.name, r.rid).Scan(&ver); err != nil {
		return false
	}
	return ver == 0 || ver > seq
}

// setAside records rows, as documents, in a flag of the laptop's login.
func setAside(ctx context.Context, q querier, rows []localRow, unseen []bool) error {
	kept := make([]KeptRow, len(rows))
	for i, r := range rows {
		row, _, err := readRow(ctx, q, r.t, r.rid)
		if err != nil {
			return err
		}
		uid, err := uidOf(ctx, q, r.t, r.rid)
		if err != nil {
			return err
		}
		d, err := toDoc(ctx, q, r.t, row)
		if err != nil {
			return err
		}
		kept[i] = KeptRow{Kind: r.t.name, UID: uid, Doc: d, Unseen: unseen[i]}
	}
	return flagKept(ctx, q, FieldDeleted, kept)
}

// flagKept records kept rows, the deleted row first, in a flag of the
// laptop's login, queued for the team like any flag.
func flagKept(ctx context.Context, q querier, field string, kept []KeptRow) error {
	mine, err := json.Marshal(kept)
	if err != nil {
		return fmt.Errorf("set aside: %w", err)
	}
	res, err := q.ExecContext(ctx, `INSERT INTO team_clashes (what, kind, row_uid, field, theirs, mine, author, created_at)
		VALUES ('flag', ?, ?, ?, 'null', ?, (SELECT login FROM sync_state), ?)`,
		kept[0].Kind, kept[0].UID, field, string(mine), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("set aside: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("set aside: %w", err)
	}
	return queuePut(ctx, q, "team_clashes", id)
}

// withdraw queues a delete of each row this laptop put on the server after
// the delete at seq: with its parent gone there, no laptop could show it,
// and it is set aside in the flag.
func withdraw(ctx context.Context, q querier, rows []localRow, seq int64) error {
	for _, r := range rows {
		var uid string
		err := q.QueryRowContext(ctx, `SELECT uid FROM sync_ids WHERE tbl = ? AND rid = ? AND ver > ?`, r.t.name, r.rid, seq).Scan(&uid)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		} else if err != nil {
			return fmt.Errorf("withdraw %s: %w", r.t.name, err)
		}
		if _, err := q.ExecContext(ctx, `INSERT INTO sync_outbox (tbl, rid, op, uid) VALUES (?, ?, 'del', ?)`, r.t.name, r.rid, uid); err != nil {
			return fmt.Errorf("withdraw %s: %w", r.t.name, err)
		}
	}
	return nil
}

// queuePut queues a row written with the outbox's triggers off, as its
// insert trigger would: a new row, named afresh at the push.
func queuePut(ctx context.Context, q querier, tbl string, rid int64) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM sync_ids WHERE tbl = ? AND rid = ?`, tbl, rid); err != nil {
		return fmt.Errorf("queue %s: %w", tbl, err)
	}
	if _, err := q.ExecContext(ctx, `INSERT INTO sync_outbox (tbl, rid, op) VALUES (?, ?, 'put')`, tbl, rid); err != nil {
		return fmt.Errorf("queue %s: %w", tbl, err)
	}
	return nil
}

// restore writes the rows a flag set aside back as new rows, queued for
// the team like any change: the deleted row gets a new id on the server,
// whose tombstone no late write revives, and the rows that went with it
// point at it. Each keeps its author, as it was written. A row that needs
// another no longer here (its action plan deleted too) stays out.
func restore(ctx context.Context, tx *sql.Tx, mine string) error {
	rows, err := keptRows(mine)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 1`); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	var made []localRow
	for _, r := range rows {
		m, err := restoreRow(ctx, tx, r)
		if err != nil {
			return err
		} else if m.t != nil {
			made = append(made, m)
		}
	}
	for _, m := range made {
		if err := queuePut(ctx, tx, m.t.name, m.rid); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 0`); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

// restoreRow inserts one set-aside row, known for the moment under its old
// server id so that the rows after it find it; none when it cannot be.
func restoreRow(ctx context.Context, tx *sql.Tx, r KeptRow) (localRow, error) {
	t, ok := tableByName(r.Kind)
	if !ok {
		return localRow{}, nil
	}
	cols, vals, ok, err := localValues(ctx, tx, t, r.Doc)
	if err != nil || !ok {
		return localRow{}, err
	}
	rid, err := insertRow(ctx, tx, t, cols, vals)
	if err != nil || rid == 0 {
		return localRow{}, err
	}
	if err := keepUID(ctx, tx, t.name, rid, r.UID, 0); err != nil {
		return localRow{}, err
	}
	return localRow{t, rid}, nil
}
