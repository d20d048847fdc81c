package views

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"pacer/data"
)

// TestImportWithoutBackupWritesNothing checks that when the backup before
// an import cannot be made (a file stands where the backups folder
// belongs) the import dialog says so and nothing is written.
func TestImportWithoutBackupWritesNothing(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "Sales")
	path := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(path, []byte("date,goal,value\n2023-01-15,Sales,100\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := data.BackupsDir(store.Path())
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	done := false
	v := openImport(depsOf[importStore](ui), func() { done = true })
	checkAndWait(t, v)
	v.onImport()

	if cs, _ := store.CheckIns(context.Background(), g.ID); len(cs) != 0 || done {
		t.Fatalf("the import went ahead without a backup: %+v (done %v)", cs, done)
	}
	want := lang.L("No backup could be made in {{.Folder}} before the import. Make sure that folder can be created and written to, then import again.",
		map[string]any{"Folder": dir})
	if got := v.result.Text; !strings.Contains(got, want) {
		t.Errorf("dialog says %q, want it to contain %q", got, want)
	}
}
