package views

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/app"
	"pacer/app/chart"
)

// fakeChooser stands in for the system's file dialogs.
type fakeChooser struct {
	path  string // "" means the user cancelled
	asked int
	start string // where the last dialog opened, with the name it offered
}

func (f *fakeChooser) saveFile(_, start string, _ fileFilter) (string, error) {
	f.asked++
	f.start = start
	return f.path, nil
}

func (f *fakeChooser) openFile(string, fileFilter) (string, error) {
	f.asked++
	return f.path, nil
}

func (f *fakeChooser) chooseFolder(_, startDir string) (string, error) {
	f.asked++
	f.start = startDir
	return f.path, nil
}

func exportFor(t *testing.T, ui *mainUI) (*chartExport, *string, *error) {
	t.Helper()
	pace := app.Pace{Goal: saveSeedGoal(t, ui.deps.Store, "Sales 2023")}
	var gotPath string
	var gotErr error
	e := newChartExport(ui, "sales", func(size chart.ChartSize, format chart.Format) ([]byte, error) {
		return goalChartFile(ui, pace, size, format)
	})
	e.done = func(p string, err error) { gotPath, gotErr = p, err }
	e.show()
	return e, &gotPath, &gotErr
}

func TestChartExport(t *testing.T) {
	t.Run("Cancelled", func(t *testing.T) {
		ui, _, _ := newStoreUI(t)
		files := &fakeChooser{}
		ui.files = files
		e, path, err := exportFor(t, ui)
		e.onExport()
		if files.asked != 1 || *path != "" || *err != nil {
			t.Errorf("cancel: asked %d, path %q, err %v", files.asked, *path, *err)
		}
	})
	t.Run("Wide PNG", func(t *testing.T) {
		ui, _, _ := newStoreUI(t)
		target := filepath.Join(t.TempDir(), "sales.png")
		ui.files = &fakeChooser{path: target}
		e, _, err := exportFor(t, ui)
		e.onExport()
		if *err != nil {
			t.Fatal(*err)
		}
		content, rerr := os.ReadFile(target)
		if rerr != nil {
			t.Fatal(rerr)
		}
		cfg, derr := png.DecodeConfig(bytes.NewReader(content))
		if derr != nil || cfg.Width != 1920 || cfg.Height != 1080 {
			t.Errorf("exported %dx%d, %v; want 1920x1080", cfg.Width, cfg.Height, derr)
		}
	})
	t.Run("Custom SVG", func(t *testing.T) {
		ui, _, _ := newStoreUI(t)
		target := filepath.Join(t.TempDir(), "sales.svg")
		ui.files = &fakeChooser{path: target}
		e, _, err := exportFor(t, ui)
		e.size.SetSelected(e.sizes.label(exportCustom))
		e.width.SetText("1280")
		e.height.SetText("720")
		e.format.SetSelected("SVG")
		e.onExport()
		content, _ := os.ReadFile(target)
		if *err != nil || !strings.Contains(string(content), "<svg") {
			t.Errorf("SVG export: %v, %d bytes", *err, len(content))
		}
	})
	t.Run("Failed", func(t *testing.T) {
		ui, _, _ := newStoreUI(t)
		target := filepath.Join(t.TempDir(), "no such folder", "sales.png")
		ui.files = &fakeChooser{path: target}
		e, _, err := exportFor(t, ui)
		e.onExport()
		if *err == nil {
			t.Error("writing into a missing folder did not fail")
		}
		if _, serr := os.Stat(target); serr == nil {
			t.Error("a file was written after all")
		}
	})
	t.Run("ExistingFileConfirmed", func(t *testing.T) {
		ui, w, _ := newStoreUI(t)
		target := filepath.Join(t.TempDir(), "sales.png")
		if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		ui.files = &fakeChooser{path: target}
		e, _, _ := exportFor(t, ui)
		e.onExport()
		if content, _ := os.ReadFile(target); string(content) != "old" {
			t.Fatal("the existing file was replaced without asking")
		}
		test.Tap(findButton(t, w.Canvas().Overlays().Top(), "Replace"))
		if content, _ := os.ReadFile(target); string(content) == "old" {
			t.Error("Replace did not write the chart")
		}
	})
	t.Run("BadCustomSize", func(t *testing.T) {
		ui, _, _ := newStoreUI(t)
		files := &fakeChooser{path: filepath.Join(t.TempDir(), "x.png")}
		ui.files = files
		e, _, err := exportFor(t, ui)
		e.size.SetSelected(e.sizes.label(exportCustom))
		e.width.SetText("wide")
		e.onExport()
		if *err == nil || e.msg.Text == "" || files.asked != 0 {
			t.Errorf("a bad size gave err %v, message %q, dialogs %d", *err, e.msg.Text, files.asked)
		}
	})
}
