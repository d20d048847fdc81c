package export

import (
	"os"
	"testing"
)

// TestCSVFilesHaveNormalPermissions: the CSV files of an export are
// readable as any file the user saves (0644 under the usual umask), not
// left owner-only as their temporary files were made.
func TestCSVFilesHaveNormalPermissions(t *testing.T) {
	paths, err := WriteDataCSVDir(t.TempDir(), sampleBook(t, "en"), nil)
	if err != nil || len(paths) == 0 {
		t.Fatalf("%d files, %v", len(paths), err)
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != NewFileMode() || got == 0o600 {
			t.Errorf("%s written %v, want %v", p, got, NewFileMode())
		}
	}
	if umask() == 0o022 && NewFileMode() != 0o644 {
		t.Errorf("under umask 022 files get %v", NewFileMode())
	}
}
