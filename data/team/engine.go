package team

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"pacer/data"
)

// engine is the sync's side of one local file.
type engine struct {
	st     *data.Store
	client string    // this file's id on the server
	pool   *stmtPool // a running sync's statements; nil elsewhere
}

// db is the file's handle, asked of the store at each use: the store
// then checks that a file it reads through a memory map was not shortened
// (data.Store.SyncDB).
func (e *engine) db() *sql.DB { return e.st.SyncDB() }

func newEngine(ctx context.Context, st *data.Store) (*engine, error) {
	e := &engine{st: st}
	if err := e.db().QueryRowContext(ctx, `SELECT client FROM sync_state`).Scan(&e.client); err != nil {
		return nil, fmt.Errorf("read sync state: %w", err)
	}
	return e, nil
}

// Linked returns the file's saved link to its team's server (no password);
// ok is false for a file of one's own.
func Linked(ctx context.Context, st *data.Store) (Server, bool, error) {
	var s Server
	var linked bool
	err := st.SyncDB().QueryRowContext(ctx, `SELECT linked, host, port, dbname, login, sslmode FROM sync_state`).
		Scan(&linked, &s.Host, &s.Port, &s.Database, &s.User, &s.SSLMode)
	if err != nil {
		return Server{}, false, fmt.Errorf("read sync state: %w", err)
	}
	if !linked {
		return Server{}, false, nil
	}
	return s, true, nil
}

// ErrLinked says the file already belongs to a team.
var ErrLinked = errors.New("this file already belongs to a team")

// link makes the file a team file of s, syncing from the start of the
// server's log; with upload it also queues every row, as a first push.
func (e *engine) link(ctx context.Context, s Server, upload bool) error {
	tx, err := e.db().BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	var linked bool
	if err := tx.QueryRowContext(ctx, `SELECT linked FROM sync_state`).Scan(&linked); err != nil {
		return fmt.Errorf("read sync state: %w", err)
	} else if linked {
		return ErrLinked
	}
	if upload {
		if err := queueAll(ctx, tx, s.User); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET linked = 1, applying = 0, login = ?, host = ?, port = ?,
		dbname = ?, sslmode = ?, cursor = 0`, s.User, s.Host, s.Port, s.Database, s.SSLMode); err != nil {
		return fmt.Errorf("link: %w", err)
	}
	return tx.Commit()
}

// queueAll queues every shared row, parents first, and gives the file's
// check-ins and follow-ups to the uploading owner.
func queueAll(ctx context.Context, tx *sql.Tx, login string) error {
	for _, t := range []string{"checkins", "followups"} {
		if _, err := tx.ExecContext(ctx, `UPDATE "`+t+`" SET author = ? WHERE author = ''`, login); err != nil {
			return fmt.Errorf("set authors: %w", err)
		}
	}
	for _, t := range tables {
		order := "rowid"
		if t.name == "goals" {
			order = "parent_id IS NOT NULL, id"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sync_outbox (tbl, rid, op)
			SELECT '`+t.name+`', rowid, 'put' FROM "`+t.name+`" ORDER BY `+order); err != nil {
			return fmt.Errorf("queue %s: %w", t.name, err)
		}
	}
	return nil
}

// opTimeout bounds one push or pull on the server, so a server that stops
// answering is noticed; tests shorten it.
var opTimeout = 30 * time.Second

// Join makes a new local file at path for the team on s, pulls the whole
// plan into it and links it. path must not exist yet: nothing is
// overwritten.
func Join(ctx context.Context, path string, s Server, password string) (*data.Store, error) {
	conn, err := connect(ctx, s, password)
	if err != nil {
		return nil, classify(err)
	}
	defer conn.Close(context.Background())
	if err := checkVersion(ctx, conn); err != nil {
		return nil, err
	}
	if err := refuseExisting(path); err != nil {
		return nil, err
	}
	st, err := data.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	e, err := newEngine(ctx, st)
	if err == nil {
		err = e.link(ctx, s, false)
	}
	if err == nil {
		_, err = e.pullAll(ctx, conn)
	}
	if err != nil {
		st.Close()
		return nil, classify(err)
	}
	return st, nil
}
