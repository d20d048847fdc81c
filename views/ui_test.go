package views

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pacer/data"
	"pacer/views/widgets"
)

func newTestUI(t *testing.T) (*mainUI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("Pacer")
	ui := newMainUI(w, Deps{Store: openTestStore(t), DBPath: "/tmp/pacer-test.db", Version: "9.9.9"})
	w.SetContent(ui.build())
	w.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(w.Close)
	return ui, w
}

func openTestStore(t *testing.T) *data.Store {
	t.Helper()
	store, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "pacer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func TestNavigationShowsEveryScreen(t *testing.T) {
	ui, _ := newTestUI(t)
	if len(ui.screens) != 6 {
		t.Fatalf("got %d screens, want 6", len(ui.screens))
	}
	for i, s := range ui.screens {
		ui.nav.Select(i)
		if ui.current != i {
			t.Fatalf("selecting %s left screen %d current", s.id, ui.current)
		}
		if len(ui.content.Objects) != 1 || ui.content.Objects[0] != ui.screens[i].built.object() {
			t.Errorf("screen %s is not the one shown", s.id)
		}
		if got := fyne.CurrentApp().Preferences().String(prefLastScreen); got != s.id {
			t.Errorf("last screen preference = %q, want %q", got, s.id)
		}
	}
}

func TestLastScreenIsRestored(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLastScreen, screenReviews)
	w := a.NewWindow("Pacer")
	defer w.Close()
	ui := newMainUI(w, Deps{Store: openTestStore(t), DBPath: "x.db"})
	w.SetContent(ui.build())
	if ui.screens[ui.current].id != screenReviews {
		t.Errorf("opened on %s, want %s", ui.screens[ui.current].id, screenReviews)
	}
}

func TestDashboardButtonGoesToGoals(t *testing.T) {
	ui, _ := newTestUI(t)
	ui.showScreen(screenDashboard)
	dash := findButton(t, ui.content.Objects[0], "Go to Goals")
	test.Tap(dash)
	if ui.screens[ui.current].id != screenGoals {
		t.Errorf("after tapping Go to Goals the screen is %s", ui.screens[ui.current].id)
	}
}

func TestStatusLineShowsDatabase(t *testing.T) {
	ui, _ := newTestUI(t)
	if want := "Database: /tmp/pacer-test.db"; ui.status.Text != want {
		t.Errorf("status line = %q, want %q", ui.status.Text, want)
	}
}

func TestAboutDialogShowsVersion(t *testing.T) {
	ui, w := newTestUI(t)
	ui.onAbout()
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("About opened no dialog")
	}
	if !containsLabel(overlay, "Version 9.9.9") {
		t.Error("About dialog does not show the version")
	}
}

func TestEmptyScreensLayout(t *testing.T) {
	ui, w := newTestUI(t)
	ui.showScreen(screenDashboard)
	test.AssertRendersToMarkup(t, "dashboard_empty.xml", w.Canvas())
}

// findButton returns the button labelled text inside o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if b, ok := c.(*widgets.KeyButton); ok && b.Text == text {
			found = &b.Button
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

func containsLabel(o fyne.CanvasObject, text string) bool {
	found := false
	walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && l.Text == text {
			found = true
		}
	})
	return found
}

// walk visits o and every object inside it, through containers and widget renderers.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, visit)
		}
	}
}
