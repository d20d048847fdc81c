package team

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// pullBatch is how many server changes are read and applied at a time.
var pullBatch = 2000

// testHookPulled, when set, runs after each applied pull batch with the
// connection, so a test can drop it mid-pull.
var testHookPulled func(conn *pgx.Conn)

// pullAll applies every server change after the file's cursor, a batch
// per local transaction that also moves the cursor: a pull cut short
// resumes where it stopped. It returns how many changes it read.
func (e *engine) pullAll(ctx context.Context, conn *pgx.Conn) (total int, err error) {
	defer func() {
		if total > 0 && e.st != nil {
			// Pulled rows were written past the store's transactions: its
			// check-in totals and cached plans catch up here.
			e.st.SettleDerived(ctx)
		}
	}()
	for {
		var cursor int64
		if err := e.db().QueryRowContext(ctx, `SELECT cursor FROM sync_state`).Scan(&cursor); err != nil {
			return total, fmt.Errorf("read cursor: %w", err)
		}
		batch, err := fetch(ctx, conn, cursor)
		if err != nil {
			return total, err
		}
		if len(batch) == 0 {
			return total, nil
		}
		if err := e.applyBatch(ctx, batch); err != nil {
			return total, err
		}
		total += len(batch)
		if testHookPulled != nil {
			testHookPulled(conn)
		}
		if len(batch) < pullBatch {
			return total, nil
		}
	}
}

func fetch(ctx context.Context, conn *pgx.Conn, after int64) ([]change, error) {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	rows, err := conn.Query(ctx, `SELECT seq, kind, uid, op, doc FROM pacer.pull($1, $2)`, after, pullBatch)
	if err != nil {
		return nil, fmt.Errorf("pull: %w", err)
	}
	defer rows.Close()
	var out []change
	for rows.Next() {
		var c change
		var raw []byte
		if err := rows.Scan(&c.seq, &c.kind, &c.uid, &c.op, &raw); err != nil {
			return nil, fmt.Errorf("pull: %w", err)
		}
		if c.doc, err = decodeDoc(raw); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pull: %w", err)
	}
	return out, nil
}

// applyBatch applies pulled changes in one local transaction with the
// outbox triggers off, and moves the cursor past them.
func (e *engine) applyBatch(ctx context.Context, batch []change) error {
	tx, err := e.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 1`); err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	for _, c := range batch {
		if c.doc == nil && c.op == "put" {
			continue
		}
		if err := applyChange(ctx, tx, c); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET applying = 0, cursor = ?`, batch[len(batch)-1].seq); err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	return tx.Commit()
}
