package data

import (
	"context"
	"database/sql"
)

// SyncDB returns the file's database handle for data/team, the team sync,
// which keeps its own tables (sync_state, sync_outbox, sync_ids) and
// writes the rows it pulls from the server with the triggers that queue
// local changes switched off. The handle has one connection: a transaction
// begun on it holds the file as the store's own do. Nothing else uses it.
// Each call first checks, as a transaction of the store's own does, that
// a file read through a memory map was not shortened (checkMap); the
// check fails only when the store is closing, and the use then fails too.
func (s *Store) SyncDB() *sql.DB {
	_ = s.checkMap(context.Background())
	return s.db
}
