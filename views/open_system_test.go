package views

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// fakeOpener stands in for the system's opener with one that returns
// err (nil: opened), and records the paths it was asked to open.
func fakeOpener(t *testing.T, err error) *[]string {
	t.Helper()
	var asked []string
	old := systemOpener
	systemOpener = func(path string) error {
		asked = append(asked, path)
		return err
	}
	t.Cleanup(func() { systemOpener = old })
	return &asked
}

// TestOpenFolderFailureShown: when the system's opener fails on the
// folder of a saved export, a dialog says so, with the opener's reason and
// the folder's path, which its Copy button copies; before, the failure of
// xdg-open went to stderr only.
func TestOpenFolderFailureShown(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	dir := t.TempDir()
	asked := fakeOpener(t, openerError{opener: "xdg-open", why: "xdg-open: no method available for opening '" + dir + "'", err: errors.New("exit status 3")})
	showSaved(ui, "Export finished", "Written to "+dir, dir)
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Open folder"))
	if len(*asked) != 1 || (*asked)[0] != dir {
		t.Fatalf("the opener was asked for %q, want %q", *asked, dir)
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog says the folder did not open")
	}
	texts := strings.Join(labelTexts(top), "\n")
	for _, want := range []string{"Could not open the folder", "no method available", dir} {
		if !strings.Contains(texts, want) {
			t.Errorf("the dialog reads %q, without %q", texts, want)
		}
	}
	test.Tap(findButton(t, top, "Copy"))
	if got := fyne.CurrentApp().Clipboard().Content(); got != dir {
		t.Errorf("Copy put %q on the clipboard, want %q", got, dir)
	}
}

// TestOpenBackupsFolderFailureShownInChinese: the backups folder that did
// not open is named in a dialog in the interface's language; an opener
// that is not installed is said to be missing.
func TestOpenBackupsFolderFailureShownInChinese(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	fakeOpener(t, openerError{opener: "xdg-open", err: fmt.Errorf("exec: %w", exec.ErrNotFound)})
	ui.openBackupsFolder()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog says the backups folder did not open")
	}
	texts := strings.Join(labelTexts(top), "\n")
	for _, want := range []string{"无法打开文件夹", "系统未安装 xdg-open", filepath.Dir(ui.deps.Store.Path())} {
		if !strings.Contains(texts, want) {
			t.Errorf("the dialog reads %q, without %q", texts, want)
		}
	}
}

// TestRunSystemOpenerSaysWhy: an opener that exits with an error is an
// error that carries the last line it wrote to stderr; one that succeeds is
// none. A shell script stands in for xdg-open.
func TestRunSystemOpenerSaysWhy(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		t.Skip("xdg-open is the opener on Linux and BSD only")
	}
	bin := t.TempDir()
	script := "#!/bin/sh\ncase \"$1\" in *good*) exit 0;; esac\necho 'first line' >&2\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	if err := runSystemOpener("/tmp/good"); err != nil {
		t.Errorf("an opener that succeeded: %v", err)
	}
	err := runSystemOpener("/tmp/bad")
	var exit *exec.ExitError
	if !errors.As(err, &exit) || openerReason(err) != "xdg-open: no method available for opening '/tmp/bad'" {
		t.Errorf("an opener that failed: %v, shown as %q", err, openerReason(err))
	}
	t.Setenv("PATH", t.TempDir())
	if err := runSystemOpener("/tmp/bad"); !errors.Is(err, exec.ErrNotFound) {
		t.Errorf("no opener installed: %v", err)
	}
}
