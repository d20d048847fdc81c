package data

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"pacer/app"
)

// TestMappedFileShortenedWhileOpen shortens a mapped file under an open
// store, as a sync tool or a copy by hand may: the store's next reads and
// its backup fail with an error rather than stopping the program (which a
// read of the map past the file's new end would, with SIGBUS).
func TestMappedFileShortenedWhileOpen(t *testing.T) {
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
	// A save leaves the file's size in the WAL, which SQLite then trusts
	// over the file's own: its reads go to every page it had.
	mustPut(t, s, app.CheckIn{GoalID: id, PeriodKey: "2024-W30", Value: 1})
	if err := os.Truncate(path, fileSize(path)/3); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Snapshot(ctx, app.GoalFilter{}); err == nil {
		t.Error("the check-ins of a shortened file read without an error")
	}
	if _, err := s.Dashboard(ctx, app.GoalFilter{}, app.Calendar{}, app.NewDate(2024, 1, 1)); err == nil {
		t.Error("the dashboard of a shortened file read without an error")
	}
	if err := s.Backup(ctx, filepath.Join(t.TempDir(), "b.db")); err == nil {
		t.Error("a shortened file backed up without an error")
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
