package data_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pacer/app"
	"pacer/data"
)

// TestApplyImportBacksUpFirst checks that an import leaves a checked backup
// of the file as it was, in the backups folder beside it.
func TestApplyImportBacksUpFirst(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	mustNotErr(t, s.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2026-01", Value: 1, Confidence: 5}}}))
	mustNotErr(t, s.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2026-02", Value: 2, Confidence: 5}}}))

	names, err := filepath.Glob(filepath.Join(data.BackupsDir(s.Path()), "*-before-import-*.db"))
	mustNotErr(t, err)
	if len(names) != 2 {
		t.Fatalf("backups %v, want one per import", names)
	}
	for _, name := range names {
		mustNotErr(t, data.CheckFile(ctx, name))
	}
}

// TestApplyImportRefusedWithoutBackup checks that an import whose backup
// cannot be made (a file stands where the backups folder belongs) writes
// nothing and says why, naming the folder.
func TestApplyImportRefusedWithoutBackup(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	g := mustCreateGoal(t, s, newGoal())
	dir := data.BackupsDir(s.Path())
	mustNotErr(t, os.RemoveAll(dir))
	mustNotErr(t, os.WriteFile(dir, []byte("not a folder"), 0o644))

	err := s.ApplyImport(ctx, app.Import{CheckIns: []app.CheckIn{{GoalID: g.ID, PeriodKey: "2026-01", Value: 1, Confidence: 5}}})
	checkErr(t, err, app.EReadOnly)
	if !strings.HasPrefix(app.ErrorMessage(err), "No backup could be made in {{.Folder}}") || app.ErrorArgs(err)["Folder"] != dir {
		t.Errorf("message %q %v, want the backup message naming %s", app.ErrorMessage(err), app.ErrorArgs(err), dir)
	}
	cs, err := s.CheckIns(ctx, g.ID)
	mustNotErr(t, err)
	if len(cs) != 0 {
		t.Errorf("import without a backup wrote %+v", cs)
	}
}
