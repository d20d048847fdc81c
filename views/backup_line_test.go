package views

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pacer/data"
)

func TestBackupLinesSayWhenAndWhy(t *testing.T) {
	at := time.Date(2026, 12, 5, 10, 15, 2, 0, time.Local)
	cases := []struct {
		language string
		b        data.BackupInfo
		want     string
	}{
		{"en", data.BackupInfo{Time: at, Goals: 12}, "2026-12-05 · 12 goals"},
		{"en", data.BackupInfo{Time: at, BeforeImport: true, Goals: 12}, "2026-12-05 10:15, before an import · 12 goals"},
		{"en", data.BackupInfo{Time: at, Goals: -1}, "2026-12-05 · cannot be read"},
		{"en", data.BackupInfo{Time: at, BeforeUpgrade: true, Goals: 3}, "2026-12-05 10:15, before an upgrade of Pacer · 3 goals"},
		{"zh", data.BackupInfo{Time: at, BeforeUpgrade: true, Goals: 3}, "2026-12-05 10:15（Pacer 升级前） · 3 个目标"},
		{"zh", data.BackupInfo{Time: at, BeforeImport: true, Goals: 12}, "2026-12-05 10:15（导入前） · 12 个目标"},
		{"zh", data.BackupInfo{Time: at, Goals: -1}, "2026-12-05 · 无法读取"},
	}
	t.Cleanup(func() { useLanguage(t, "en") })
	for _, c := range cases {
		useLanguage(t, c.language)
		if got := backupLine(c.b); got != c.want {
			t.Errorf("%s: %q, want %q", c.language, got, c.want)
		}
	}
}

// A damaged pacer.db whose folder also holds pacer-2024.db and its newer
// backup is offered its own backup, never the other file's.
func TestOpenErrorOffersTheFilesOwnBackup(t *testing.T) {
	a := test.NewTempApp(t)
	path, _, err := damagedWithBackup(t)
	other, oerr := data.Open(context.Background(), filepath.Join(filepath.Dir(path), "pacer-2024.db"))
	if oerr != nil {
		t.Fatal(oerr)
	}
	for _, title := range []string{"Last year's sales", "Last year's customers"} {
		saveSeedGoal(t, other, title)
	}
	other.Now = func() time.Time { return time.Now().AddDate(0, 0, 1) } // newer than pacer.db's
	if _, _, err := other.DailyBackup(context.Background()); err != nil {
		t.Fatal(err)
	}
	other.Close()
	e := newOpenErrorWindow(a, path, err, &fakeChooser{}, func(*data.Store, string) {})
	if e.backup == nil || e.backup.Goals != 1 {
		t.Fatalf("offered %+v, want pacer.db's backup of 1 goal", e.backup)
	}
}
