package views

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"pacer/data"
)

// TestMainWindowWaitsForPreloadedFonts: the window lays out its content
// only once the faces PreloadFonts loads are in, and the wait returns.
func TestMainWindowWaitsForPreloadedFonts(t *testing.T) {
	a := test.NewTempApp(t)
	ApplyTheme(a)
	path := filepath.Join(t.TempDir(), "pacer.db")
	store, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	t.Cleanup(func() { readsOffUI = false }) // NewMainWindow sets it for Pacer's own window
	wait := PreloadFonts()
	waited, laidOutFirst := false, false
	w := NewMainWindow(a, Deps{Store: store, DBPath: path, Version: "test", WaitForFonts: func() {
		laidOutFirst = a.Driver().AllWindows()[0].Content() != nil
		wait()
		waited = true
	}})
	t.Cleanup(w.Close)
	if !waited || laidOutFirst || w.Content() == nil {
		t.Errorf("waited %v, content before the wait %v, content after %v", waited, laidOutFirst, w.Content() != nil)
	}
}
