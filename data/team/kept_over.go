package team

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// changedSince says whether another laptop than $4 changed row r after
// the cursor $3: a change a delete from that laptop was made without.
const changedSince = `EXISTS (SELECT 1 FROM pacer.changes x WHERE x.kind = r.kind AND x.uid = r.uid AND x.seq > $3 AND x.client <> $4)`

// deletedRows reads the server rows of the deletes named by kinds $1 and
// ids $2, with whether each was changed unseen: one query for a batch,
// as an import that replaces check-ins deletes thousands.
const deletedRows = `SELECT r.kind, r.uid, r.doc, ` + changedSince + `
	FROM unnest($1::text[], $2::text[]) AS d (kind, uid) JOIN pacer.rows r ON r.kind = d.kind AND r.uid = d.uid`

// rowsUnder reads the live rows that name one of the rows of a level:
// row d.parent under column d.col of kind d.kind, as the check-ins of a
// goal name it by goal_id. One query a level, a goal's check-ins,
// reviews and plans at once.
const rowsUnder = `SELECT r.kind, r.uid, r.doc, ` + changedSince + `
	FROM unnest($1::text[], $2::text[], $5::text[]) AS d (kind, col, parent)
	JOIN pacer.rows r ON r.kind = d.kind AND r.doc->>d.col = d.parent
	WHERE NOT r.deleted ORDER BY r.seq`

// overUnseen finds, for each delete of this push the server applied, the
// changes other laptops had made to the row or to rows under it after
// cursor, which this laptop had not pulled: the delete was made without
// them. Such a result keeps the rows, for ack to set them aside.
func overUnseen(ctx context.Context, tx pgx.Tx, client string, cursor int64, results []result) error {
	var kinds, uids []string
	at := map[string]int{}
	for i, r := range results {
		if r.out == nil || r.out.Op != "del" || r.op != "del" || r.refused != "" || r.seq <= cursor {
			continue
		}
		kinds, uids = append(kinds, r.out.Kind), append(uids, r.out.UID)
		at[r.out.Kind+" "+r.out.UID] = i
	}
	if len(kinds) == 0 {
		return nil
	}
	selves, err := readKept(ctx, tx, deletedRows, kinds, uids, cursor, client)
	if err != nil {
		return err
	}
	for _, k := range selves {
		i := at[k.Kind+" "+k.UID]
		under, err := keptUnder(ctx, tx, client, cursor, k)
		if err != nil {
			return err
		}
		if k.Unseen || someUnseen(under) {
			results[i].kept = append([]KeptRow{k}, under...)
		}
	}
	return nil
}

// keptUnder reads the live rows under a deleted row k on the server, and
// the rows under those, down to the last: a goal's reviews and their
// measures, as deleting the goal deletes them in a laptop's file. Parents
// come before their rows, as a restore writes them.
func keptUnder(ctx context.Context, tx pgx.Tx, client string, cursor int64, k KeptRow) ([]KeptRow, error) {
	var under []KeptRow
	seen := map[string]bool{k.Kind + " " + k.UID: true}
	for level := []KeptRow{k}; len(level) > 0; {
		kinds, cols, parents := childLinks(level)
		if len(kinds) == 0 {
			break
		}
		rows, err := readKept(ctx, tx, rowsUnder, kinds, cols, cursor, client, parents)
		if err != nil {
			return nil, err
		}
		level = level[:0:0]
		for _, r := range rows {
			if !seen[r.Kind+" "+r.UID] {
				seen[r.Kind+" "+r.UID] = true
				level = append(level, r)
			}
		}
		under = append(under, level...)
	}
	return under, nil
}

// childLinks lists, for each row of a level, the kinds whose rows go with
// it when it is deleted and the column by which they name it: every
// reference that is not cleared instead, as withDependents follows them.
func childLinks(level []KeptRow) (kinds, cols, parents []string) {
	for _, p := range level {
		for i := range tables {
			for col, ref := range tables[i].refs {
				if ref == p.Kind && !tables[i].nullable[col] {
					kinds, cols, parents = append(kinds, tables[i].name), append(cols, col), append(parents, p.UID)
				}
			}
		}
	}
	return kinds, cols, parents
}

func someUnseen(rows []KeptRow) bool {
	for _, r := range rows {
		if r.Unseen {
			return true
		}
	}
	return false
}

// readKept reads server rows as kept rows.
func readKept(ctx context.Context, tx pgx.Tx, query string, args ...any) ([]KeptRow, error) {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read what a delete took: %w", err)
	}
	defer rows.Close()
	var kept []KeptRow
	for rows.Next() {
		var k KeptRow
		var raw []byte
		if err := rows.Scan(&k.Kind, &k.UID, &raw, &k.Unseen); err != nil {
			return nil, fmt.Errorf("read what a delete took: %w", err)
		}
		if k.Doc, err = decodeDoc(raw); err != nil {
			return nil, err
		}
		kept = append(kept, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read what a delete took: %w", err)
	}
	return kept, nil
}

// keepOver sets aside what a delete of this laptop's took unseen, and
// withdraws the rows left under it on the server, which no laptop could
// show without their parent.
func keepOver(ctx context.Context, q querier, kept []KeptRow) error {
	if err := flagKept(ctx, q, FieldDeletedOver, kept); err != nil {
		return err
	}
	for _, k := range kept[1:] {
		if _, err := q.ExecContext(ctx, `INSERT INTO sync_outbox (tbl, rid, op, uid) VALUES (?, 0, 'del', ?)`, k.Kind, k.UID); err != nil {
			return fmt.Errorf("withdraw %s: %w", k.Kind, err)
		}
	}
	return nil
}
