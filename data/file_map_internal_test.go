package data

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"pacer/app"
)

// shortenedMappedStore is a store on a file read through a memory map,
// which another program has then shortened to a third: a save before
// left the file's former size in the WAL, which SQLite trusts over the
// file's own, so its reads go to every page it had.
func shortenedMappedStore(t *testing.T) (*Store, int64) {
	t.Helper()
	ctx := context.Background()
	s, id := fastStore(t)
	if err := s.ApplyImport(ctx, app.Import{CheckIns: weeksOf(id, 700, 3)}); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	saved := mapFrom
	mapFrom = 1
	t.Cleanup(func() { mapFrom = saved })
	s = mustReopen(t, path)
	if !s.fileMap.on {
		t.Fatal("the file is not mapped")
	}
	if cs, err := s.CheckIns(ctx, id); err != nil || len(cs) != 700 {
		t.Fatalf("%d check-ins read through the map, %v", len(cs), err)
	}
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W30", Value: 1}) // and the next save is one statement
	if err := os.Truncate(path, fileSize(path)/3); err != nil {
		t.Fatal(err)
	}
	return s, id
}

// TestMappedFileShortenedWhileOpen shortens a mapped file under an open
// store, as a sync tool or a copy by hand may, then uses the store in
// each way that reads the file: each fails with an error rather than
// stopping the program, which a read of the map past the file's new end
// would do (SIGBUS: the test binary dies).
func TestMappedFileShortenedWhileOpen(t *testing.T) {
	ctx := context.Background()
	uses := map[string]func(s *Store, id int64) error{
		"read": func(s *Store, _ int64) error {
			_, err := s.Snapshot(ctx, app.GoalFilter{})
			return err
		},
		"dashboard": func(s *Store, _ int64) error {
			_, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2024, 1, 1))
			return err
		},
		"one-statement save": func(s *Store, id int64) error {
			return s.PutCheckIn(ctx, &app.CheckIn{GoalID: id, PeriodKey: "2024-W31", Value: 2, Confidence: 5})
		},
		"backup": func(s *Store, _ int64) error {
			return s.Backup(ctx, filepath.Join(t.TempDir(), "b.db"))
		},
		"quick check": func(s *Store, _ int64) error { return s.quickCheck(ctx) },
		"team sync's handle": func(s *Store, _ int64) error {
			var n int
			return s.SyncDB().QueryRowContext(ctx, `SELECT count(*) FROM checkins`).Scan(&n)
		},
	}
	for name, use := range uses {
		t.Run(name, func(t *testing.T) {
			s, id := shortenedMappedStore(t)
			if err := use(s, id); err == nil {
				t.Errorf("the %s of a shortened file ended without an error", name)
			}
		})
	}
}

// TestSmallFileNotMapped opens a new file and one just under mapFrom:
// neither is mapped.
func TestSmallFileNotMapped(t *testing.T) {
	s, _ := fastStore(t)
	if s.fileMap.on {
		t.Error("a new file is mapped")
	}
	if mapDSN(mapFrom-1) != "" || mapDSN(mapFrom) == "" {
		t.Errorf("mapDSN(%d) = %q, mapDSN(%d) = %q", mapFrom-1, mapDSN(mapFrom-1), mapFrom, mapDSN(mapFrom))
	}
}
