package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
)

// TestImportPreviewScrollsSideways: the preview shows every cell whole, on
// one line, and scrolls sideways instead of widening the dialog.
func TestImportPreviewScrollsSideways(t *testing.T) {
	test.NewTempApp(t)
	long := longTexts["en"].title
	v := &importView{table: importer.Table{Columns: 3, Rows: [][]importer.Cell{
		{{Text: "date"}, {Text: "goal"}, {Text: "value"}},
		{{Text: "2023-04-30"}, {Text: long[:60] + "\n" + long[61:]}, {Text: "4,500,000"}},
	}}}
	scroll, ok := v.preview().(*container.Scroll)
	if !ok || scroll.Direction != container.ScrollHorizontalOnly {
		t.Fatalf("the preview is %T, want a sideways scroll", v.preview())
	}
	if w := scroll.MinSize().Width; w > 100 {
		t.Errorf("the preview asks %.0f px of the dialog's width", w)
	}
	if !labelHolds(scroll.Content, long, false) {
		t.Errorf("the preview does not show the goal name whole, on one line")
	}
}

// TestReplanTitleFitsAndBodyHasItWhole: a long goal title is shortened in
// the re-plan dialog's one-line title and shown whole, wrapped, above the form.
func TestReplanTitleFitsAndBodyHasItWhole(t *testing.T) {
	for _, language := range []string{"en", "zh"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { useLanguage(t, "en") })
			useLanguage(t, language)
			ui, w, store := newStoreUI(t)
			g := saveSeedGoal(t, store, longTexts[language].title)
			paces, err := loadWholePaces(ui, store)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range paces {
				if p.Goal.ID == g.ID {
					newReplanDialog(depsOf[replanStore](ui), p, nil).show()
				}
			}
			overlay := w.Canvas().Overlays().Top()
			if overlay == nil {
				t.Fatal("no re-plan dialog")
			}
			if min := overlay.MinSize().Width; min > 900 {
				t.Errorf("the re-plan dialog asks %.0f px wide", min)
			}
			if !labelHolds(overlay, g.Title, true) {
				t.Errorf("the dialog does not show the goal's whole title wrapped")
			}
		})
	}
}

// TestFitDialogTitle: a short title is kept; a long one is cut, ended with
// "…", to the width a dialog's title may take.
func TestFitDialogTitle(t *testing.T) {
	test.NewTempApp(t)
	title := func(s string) string { return "Re-plan " + s }
	if got := fitDialogTitle("Sales", title); got != "Re-plan Sales" {
		t.Errorf("short title = %q", got)
	}
	for _, long := range []string{longTexts["en"].title, longTexts["zh"].title} {
		got := fitDialogTitle(long, title)
		width := fyne.MeasureText(got, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
		if !strings.HasSuffix(got, "…") || width > dialogTitleWidth || width < dialogTitleWidth-60 {
			t.Errorf("long title = %q, %.0f px wide", got, width)
		}
	}
}

// labelHolds tells whether o holds a label of exactly text, wrapping if
// wrapped is set.
func labelHolds(o fyne.CanvasObject, text string, wrapped bool) bool {
	if l, ok := o.(*widget.Label); ok && l.Text == text && (!wrapped || l.Wrapping != fyne.TextWrapOff) {
		return true
	}
	for _, c := range children(o) {
		if labelHolds(c, text, wrapped) {
			return true
		}
	}
	return false
}
