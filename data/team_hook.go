package data

import "database/sql"

// SyncDB returns the file's database handle for data/team, the team sync,
// which keeps its own tables (sync_state, sync_outbox, sync_ids) and
// writes the rows it pulls from the server with the triggers that queue
// local changes switched off. The handle has one connection: a transaction
// begun on it holds the file as the store's own do. Nothing else uses it.
func (s *Store) SyncDB() *sql.DB { return s.db }
