package views

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// folderKind is the kind of file an export writes, each remembered in a
// folder of its own.
type folderKind string

// The kinds of exports: pictures of charts, and documents (reports, decks,
// workbooks, CSV files).
const (
	folderCharts    folderKind = "charts"
	folderDocuments folderKind = "documents"
)

// prefLastFolder (+ the kind) is the folder an export of that kind was last written to.
const prefLastFolder = "lastFolder."

// startFolder is where a save dialog for kind opens: the folder last
// written to, if it still exists; else the user's Pictures (charts) or
// Documents folder; else the home folder. Never the folder Pacer was
// started from.
func startFolder(kind folderKind) string {
	if d := fyne.CurrentApp().Preferences().String(prefLastFolder + string(kind)); isDir(d) {
		return d
	}
	return userFolder(kind)
}

// rememberFolder keeps dir as the start folder of the next export of kind.
func rememberFolder(kind folderKind, dir string) {
	if dir != "" {
		fyne.CurrentApp().Preferences().SetString(prefLastFolder+string(kind), dir)
	}
}

// userFolder is the user's own Pictures or Documents folder: as the
// desktop names it (xdg-user-dir on Linux and BSD), else the one of that
// name in the home folder, else the home folder itself.
func userFolder(kind folderKind) string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	xdg, name := "DOCUMENTS", "Documents"
	if kind == folderCharts {
		xdg, name = "PICTURES", "Pictures"
	}
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		// xdg-user-dir answers the home folder for a folder not set up.
		if d := xdgUserDir(xdg); d != "" && filepath.Clean(d) != filepath.Clean(home) && isDir(d) {
			return d
		}
	}
	if d := filepath.Join(home, name); isDir(d) {
		return d
	}
	return home
}

// xdgUserDir asks the desktop for one of the user's folders ("PICTURES").
func xdgUserDir(name string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "xdg-user-dir", name).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func isDir(path string) bool {
	if path == "" {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// folderURL is the file:// URL of a folder, which the system's file
// manager opens.
func folderURL(dir string) *url.URL {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/Users/… on Windows
	}
	return &url.URL{Scheme: "file", Path: p}
}

// showSaved tells that an export was written, with a button that opens
// the folder it is in.
func showSaved(sh shell, title, message, dir string) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, lang.L("Open folder"), lang.L("Close"), msg, func(open bool) {
		if !open {
			return
		}
		openInSystem(sh, dir)
	}, sh.window())
	d.Resize(fyne.NewSize(520, 0))
	sh.showDialog(d)
}
