package views

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pacer/data"
)

// benchUI is the main window at 1024×640 on a new store that fill has
// written, its clock at 26 November 2026: what the screens' benchmarks
// open their screens and dialogs on.
func benchUI(b *testing.B, fill func(ctx context.Context, store *data.Store) error) *mainUI {
	b.Helper()
	a := test.NewTempApp(b)
	store, err := data.Open(context.Background(), filepath.Join(b.TempDir(), "pacer.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	if err := fill(context.Background(), store); err != nil {
		b.Fatal(err)
	}
	w := a.NewWindow("Pacer")
	b.Cleanup(w.Close)
	ui := newMainUI(w, Deps{Store: store, DBPath: "pacer.db", Version: "bench"})
	ui.now = func() time.Time { return time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC) }
	w.SetContent(ui.build())
	w.Resize(fyne.NewSize(1024, 640))
	return ui
}

// firstAndLoop times one call of open alone, reported as first-open-ms,
// then the benchmark's loop of it: the first opening also shapes text
// that Fyne keeps for later ones.
func firstAndLoop(b *testing.B, open func()) {
	start := time.Now()
	open()
	first := time.Since(start)
	for b.Loop() {
		open()
	}
	b.ReportMetric(float64(first.Nanoseconds())/1e6, "first-open-ms")
}
