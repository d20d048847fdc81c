package views

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/export"
	"pacer/views/nativedialog"
)

// fileFilter is one file type a save dialog offers: a description and extensions without dots.
type fileFilter struct {
	desc string
	exts []string
}

// fileChooser asks the user where to save a file or which folder to use:
// the system's own dialogs in the app, a stand-in in tests. An empty path
// with a nil error means the user cancelled. saveFile opens in the folder
// of start, when it names one, with start's file name filled in;
// chooseFolder opens in startDir, when given.
type fileChooser interface {
	saveFile(title, start string, filter fileFilter) (string, error)
	openFile(title string, filter fileFilter) (string, error)
	chooseFolder(title, startDir string) (string, error)
}

// dialogError is err of a file dialog (what: "open dialog"), said in the
// user's language when the system cannot show one (no GTK 3, or no display).
func dialogError(what string, err error) error {
	if errors.Is(err, nativedialog.ErrUnavailable) {
		return fieldError{text: lang.L("The file dialogs need GTK 3 (libgtk-3-0) and a graphical session: install GTK 3, or start Pacer on the desktop, and try again.")}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// nativeChooser uses the operating system's dialogs (views/nativedialog).
type nativeChooser struct{}

func (nativeChooser) saveFile(title, start string, filter fileFilter) (string, error) {
	r := nativedialog.Request{Title: title, Desc: filter.desc, Exts: filter.exts, StartFile: filepath.Base(start)}
	if dir := filepath.Dir(start); filepath.IsAbs(dir) {
		r.StartDir = dir
	}
	path, err := nativedialog.Save(r)
	if errors.Is(err, nativedialog.ErrCancelled) {
		return "", nil
	}
	if err != nil {
		return "", dialogError("save dialog", err)
	}
	// Some dialogs return the name without the extension the filter implies.
	if filepath.Ext(path) == "" && len(filter.exts) > 0 {
		path += "." + filter.exts[0]
	}
	return path, nil
}

func (nativeChooser) openFile(title string, filter fileFilter) (string, error) {
	path, err := nativedialog.Load(nativedialog.Request{Title: title, Desc: filter.desc, Exts: filter.exts})
	if errors.Is(err, nativedialog.ErrCancelled) {
		return "", nil
	}
	if err != nil {
		return "", dialogError("open dialog", err)
	}
	return path, nil
}

func (nativeChooser) chooseFolder(title, startDir string) (string, error) {
	path, err := nativedialog.Folder(nativedialog.Request{Title: title, StartDir: startDir})
	if errors.Is(err, nativedialog.ErrCancelled) {
		return "", nil
	}
	if err != nil {
		return "", dialogError("folder dialog", err)
	}
	return path, nil
}

// writeFileAtomic writes content to path through a temporary file in the
// same folder, so a failed write never leaves half a file where the old one
// was. The file gets the permissions of any new file of the user's (0644
// under the usual umask), not the temporary file's owner-only 0600.
func writeFileAtomic(path string, content []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".pacer-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(export.NewFileMode()); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// safeFileName turns a title into a file name every system accepts, of at
// most 80 characters cut where a word ends.
func safeFileName(title string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, strings.TrimSpace(title))
	name = strings.TrimRight(app.CutAtBoundary(name, 80), " .")
	if name == "" {
		return "chart"
	}
	return name
}

// fileNameOf names an export by what it holds: its non-empty parts (the
// goal's short name, the chart, the period) joined by dashes, as in
// "Raise North-America sales by 20% – plan and actual – 2023-Q1".
func fileNameOf(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return safeFileName(strings.Join(kept, " – "))
}

// goalFileName is fileNameOf with the goal's short name first.
func goalFileName(goalTitle string, parts ...string) string {
	return fileNameOf(append([]string{app.ShortName(goalTitle)}, parts...)...)
}
