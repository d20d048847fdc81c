package views

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"pacer/app/export"
)

// fakeHome makes a home folder with the given subfolders, without
// xdg-user-dir on the PATH, and starts in another folder, so that the
// folder Pacer was started from is never the one offered.
func fakeHome(t *testing.T, subs ...string) string {
	t.Helper()
	home := t.TempDir()
	for _, s := range subs {
		if err := os.Mkdir(filepath.Join(home, s), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("PATH", "")
	t.Chdir(t.TempDir())
	return home
}

func TestExportFileNames(t *testing.T) {
	tests := []struct{ got, want string }{
		{goalFileName("In 2023, raise North-America sales by 20%, every quarter at least +5% year on year", "plan and actual", "2023-Q1"),
			"Raise North-America sales by 20% – plan and actual – 2023-Q1"},
		{goalFileName("2023年北美地区销售额提升20%，每季度同比增长不低于5%", "计划与实际", "2023-Q1"), "北美地区销售额提升20% – 计划与实际 – 2023-Q1"},
		{fileNameOf("All goals", "attainment", "2023-Q1"), "All goals – attainment – 2023-Q1"},
		{fileNameOf("Sales/returns: \"Q1\"", "", " 2023 "), "Sales-returns- -Q1- – 2023"},
		{safeFileName("Raise the yearly recurring revenue of the enterprise segment across all regions and all the channels we have"),
			"Raise the yearly recurring revenue of the enterprise segment across all regions"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("file name %q, want %q", tt.got, tt.want)
		}
	}
}

// TestChartExportFolders: the first chart export opens in Pictures with a
// name that says what the chart is; the next opens where the last was
// saved; without Pictures, in the home folder, never the working folder.
func TestChartExportFolders(t *testing.T) {
	home := fakeHome(t, "Pictures", "Documents")
	ui, w, _ := newStoreUI(t)
	files := &fakeChooser{}
	ui.files = files
	e, _, _ := exportFor(t, ui)
	e.name = goalFileName("In 2023, raise North-America sales by 20%", "plan and actual", "2023-Q1")
	e.onExport()
	if want := filepath.Join(home, "Pictures", "Raise North-America sales by 20% – plan and actual – 2023-Q1.png"); files.start != want {
		t.Errorf("first export offered %q, want %q", files.start, want)
	}
	elsewhere := t.TempDir()
	files.path = filepath.Join(elsewhere, "chart.png")
	e.onExport()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no notice after saving")
	}
	opened := fakeOpener(t, nil)
	test.Tap(findButton(t, top, "Open folder"))
	if len(*opened) != 1 || (*opened)[0] != elsewhere {
		t.Errorf("Open folder opened %q, want %s", *opened, elsewhere)
	}
	files.path = ""
	e.onExport()
	if filepath.Dir(files.start) != elsewhere {
		t.Errorf("after saving in %s the export offered %q", elsewhere, files.start)
	}

	// Documents start in Documents, remembered apart from charts.
	saveAs(ui, "Save", "report.html", fileFilter{}, func(string) {})
	if want := filepath.Join(home, "Documents", "report.html"); files.start != want {
		t.Errorf("a document offered %q, want %q", files.start, want)
	}
}

func TestUserFolderFallsBackToHome(t *testing.T) {
	home := fakeHome(t)
	cwd, _ := os.Getwd()
	for _, kind := range []folderKind{folderCharts, folderDocuments} {
		if got := userFolder(kind); got != home || got == cwd {
			t.Errorf("%s: %q, want the home folder %q", kind, got, home)
		}
	}
	if u := folderURL("/home/a b/Pictures").String(); u != "file:///home/a%20b/Pictures" {
		t.Errorf("folder URL %s", u)
	}
}

// TestExportsHaveNormalPermissions: a saved export can be read by others
// as any file the user saves (0644 under the usual umask), not 0600.
func TestExportsHaveNormalPermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chart.png")
	if err := writeFileAtomic(path, []byte("png")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.Mode().Perm(), export.NewFileMode(); got != want || got&0o044 == 0 && want&0o044 != 0 {
		t.Errorf("export written %v, want %v", got, want)
	}
	if export.NewFileMode() == 0o600 {
		t.Error("the normal file mode came out owner-only")
	}
}

// TestFileDialogsMissingSaidInWords: on Linux without an X server (or
// without GTK 3) a file dialog cannot open; the user reads why in the
// interface's language, not "Something went wrong" around English.
func TestFileDialogsMissingSaidInWords(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the dialogs need GTK 3 on Linux only")
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	_, err := nativeChooser{}.openFile("Open", fileFilter{desc: "CSV", exts: []string{"csv"}})
	if err == nil {
		t.Fatal("a file dialog opened without a display")
	}
	want := lang.L("The file dialogs need GTK 3 (libgtk-3-0) and a graphical session: install GTK 3, or start Pacer on the desktop, and try again.")
	if got := userMessage(err); got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}
