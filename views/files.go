package views

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	nativedialog "github.com/sqweek/dialog"
)

// fileFilter is one file type a save dialog offers: a description and extensions without dots.
type fileFilter struct {
	desc string
	exts []string
}

// fileChooser asks the user where to save a file or which folder to use:
// the system's own dialogs in the app, a stand-in in tests. An empty path
// with a nil error means the user cancelled.
type fileChooser interface {
	saveFile(title, startName string, filter fileFilter) (string, error)
	openFile(title string, filter fileFilter) (string, error)
	chooseFolder(title string) (string, error)
}

// nativeChooser uses the operating system's dialogs through sqweek/dialog.
type nativeChooser struct{}

func (nativeChooser) saveFile(title, startName string, filter fileFilter) (string, error) {
	path, err := nativedialog.File().Title(title).Filter(filter.desc, filter.exts...).SetStartFile(startName).Save()
	if errors.Is(err, nativedialog.ErrCancelled) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("save dialog: %w", err)
	}
	// Some dialogs return the name without the extension the filter implies.
	if filepath.Ext(path) == "" && len(filter.exts) > 0 {
		path += "." + filter.exts[0]
	}
	return path, nil
}

func (nativeChooser) openFile(title string, filter fileFilter) (string, error) {
	path, err := nativedialog.File().Title(title).Filter(filter.desc, filter.exts...).Load()
	if errors.Is(err, nativedialog.ErrCancelled) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("open dialog: %w", err)
	}
	return path, nil
}

func (nativeChooser) chooseFolder(title string) (string, error) {
	path, err := nativedialog.Directory().Title(title).Browse()
	if errors.Is(err, nativedialog.ErrCancelled) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("folder dialog: %w", err)
	}
	return path, nil
}

// writeFileAtomic writes content to path through a temporary file in the
// same folder, so a failed write never leaves half a file where the old one was.
func writeFileAtomic(path string, content []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".pacer-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
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

// safeFileName turns a title into a file name every system accepts.
func safeFileName(title string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, strings.TrimSpace(title))
	if len([]rune(name)) > 80 {
		name = string([]rune(name)[:80])
	}
	if name == "" {
		return "chart"
	}
	return name
}
