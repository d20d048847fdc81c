package deck

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/export"
)

// wordCall finds the words the deck translates: b.w.T("Summary").
var wordCall = regexp.MustCompile(`\.T\("([^"]+)"\)`)

// TestDeckWordsAreExportWords checks that every word the deck translates
// is one export.Words or app.Labels lists, so that the translations test
// sees it and the deck reads as the report and the screens do.
func TestDeckWordsAreExportWords(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	known := slices.Concat(export.Words(), app.Labels())
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range wordCall.FindAllStringSubmatch(string(src), -1) {
			found++
			if !slices.Contains(known, m[1]) {
				t.Errorf("%s: %q is not in export.Words or app.Labels", f, m[1])
			}
		}
	}
	if found < 20 {
		t.Fatalf("found only %d translated words in the deck's code; the scanner is broken", found)
	}
}

// TestDeckWordsComeFromTheTranslator checks that the deck's headings,
// statuses, action statuses and causes all pass through the one
// translator, statuses the table does not name included (the summary's
// cards and the speaker notes name them by app's labels).
func TestDeckWordsComeFromTheTranslator(t *testing.T) {
	in := sampleInput(t, "en", 3)
	in.Table.StatusLabels = nil
	in.Translate = func(s string) string { return "‹" + s + "›" }
	var text strings.Builder
	for part, b := range writeDeck(t, in) {
		if strings.HasPrefix(part, "ppt/slides/slide") || strings.HasPrefix(part, "ppt/notesSlides/") {
			text.Write(b)
		}
	}
	for _, want := range []string{"‹Summary›", "‹Goals reviewed›", "‹Variance table›", "‹Gap analysis›", "‹Team feedback›",
		"‹Open action plans›", "‹Start – due›", "‹" + app.ActionInProgress.Label() + "›",
		"‹" + app.CauseLabel("market_demand") + "›", "‹Plan›", "‹Gap to plan›"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the deck lacks %q", want)
		}
	}
	for _, r := range in.Table.Rows {
		if want := "‹" + r.Status.Label() + "›"; !strings.Contains(text.String(), want) {
			t.Errorf("the deck lacks the status %q", want)
		}
	}
}
