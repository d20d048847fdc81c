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

// rowsUnder reads the live rows whose column $1 names the deleted row $2:
// the check-ins of a goal, the steps of an action plan.
const rowsUnder = `SELECT r.kind, r.uid, r.doc, ` + changedSince + `
	FROM pacer.rows r WHERE NOT r.deleted AND r.kind <> 'team_clashes' AND r.doc->>$1 = $2 ORDER BY r.seq`

// underColumn is the column that names a row of each kind rows live under.
var underColumn = map[string]string{"goals": "goal_id", "action_plans": "action_id", "reviews": "review_id"}

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

// keptUnder reads the live rows under a deleted row k on the server.
func keptUnder(ctx context.Context, tx pgx.Tx, client string, cursor int64, k KeptRow) ([]KeptRow, error) {
	col, ok := underColumn[k.Kind]
	if !ok {
		return nil, nil
	}
	return readKept(ctx, tx, rowsUnder, col, k.UID, cursor, client)
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
