package data_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"pacer/data"
)

// Two databases in one folder share its backups folder: sales.db and
// sales-2024.db. Each lists, keeps and prunes its own backups only.
func TestBackupsOfTwoFilesInOneFolderStayApart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	day := time.Date(2026, 1, 1, 9, 30, 0, 0, time.Local)
	open := func(name string) *data.Store {
		s, err := data.Open(ctx, filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		s.Now = func() time.Time { return day }
		return s
	}
	sales, older := open("sales.db"), open("sales-2024.db")
	newSnapshotGoal(t, older, "Last year's sales", []float64{10})
	if _, _, err := older.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	for range 30 { // enough days to prune sales.db's
		day = day.AddDate(0, 0, 1)
		if _, _, err := sales.DailyBackup(ctx); err != nil {
			t.Fatal(err)
		}
	}
	mine, err := data.ListBackups(ctx, filepath.Join(dir, "sales-2024.db"))
	if err != nil || len(mine) != 1 || mine[0].Goals != 1 || !mine[0].Time.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.Local)) {
		t.Fatalf("sales-2024.db's backups after sales.db pruned its own: %+v (%v)", mine, err)
	}
	theirs, err := data.ListBackups(ctx, filepath.Join(dir, "sales.db"))
	if err != nil || len(theirs) != data.KeepDaily+data.KeepWeekly {
		t.Fatalf("sales.db lists %d backups (%v), want %d", len(theirs), err, data.KeepDaily+data.KeepWeekly)
	}
	if slices.ContainsFunc(theirs, func(b data.BackupInfo) bool { return b.Goals != 0 }) {
		t.Errorf("sales.db lists a backup of sales-2024.db: %+v", theirs)
	}
}

// A backup taken before an import is listed with the second it was taken,
// and a file in the folder named like one but not made by Pacer is not.
func TestBackupNamesAreMatchedWhole(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "shop.db")
	s, err := data.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	backups := data.BackupsDir(db)
	if err := os.MkdirAll(backups, 0o755); err != nil {
		t.Fatal(err)
	}
	named := []string{
		"shop-before-import-20261205-101502.db", "shop-before-import-20261205-101502-2.db",
		"shop-2026-12-04.db", // a daily one
		"shop-2026-12-04-copy.db", "shop-before-import-20261205.db", "shop-before-import-20261205-101502-x.db",
		"shop-old-2026-12-04.db", "shop-2026-12-04.db.part", "shopping-2026-12-04.db",
	}
	for _, n := range named {
		if err := copyOf(db, filepath.Join(backups, n)); err != nil {
			t.Fatal(err)
		}
	}
	list, err := data.ListBackups(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		got = append(got, filepath.Base(b.Path)+" "+b.Time.Format("2006-01-02 15:04:05")+map[bool]string{true: " import"}[b.BeforeImport])
	}
	want := []string{
		"shop-before-import-20261205-101502.db 2026-12-05 10:15:02 import",
		"shop-before-import-20261205-101502-2.db 2026-12-05 10:15:02 import",
		"shop-2026-12-04.db 2026-12-04 00:00:00",
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("listed:\n%q\nwant:\n%q", got, want)
	}
}

func copyOf(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o600)
}
