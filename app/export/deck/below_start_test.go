package deck

import (
	"testing"

	"pacer/app"
)

// TestDeckAttainmentShortLabels: the attainment chart names each bar by
// its goal's short name, which a chart program draws on one line beside
// it (a long Chinese title left the bars under half the slide), and the
// notes keep the full titles.
func TestDeckAttainmentShortLabels(t *testing.T) {
	in := sampleInput(t, "zh", 1)
	p := writeDeck(t, in)
	slides := slideNames(p, SlideCount(in))
	rows := p.workbookRows(t, p.slideCharts(t, slides[len(slides)-1])[0])
	if len(rows) != len(in.Charts.Portfolio.Items)+1 {
		t.Fatalf("%d rows in the chart's workbook, want a header and %d bars", len(rows), len(in.Charts.Portfolio.Items))
	}
	for _, it := range in.Charts.Portfolio.Items {
		short := app.ShortName(it.Label)
		if short == it.Label {
			t.Fatalf("the fixture's title %q is its own short name: nothing to check", it.Label)
		}
		found := false
		for _, row := range rows[1:] {
			found = found || row[0] == short
		}
		if !found {
			t.Errorf("no bar is named %q: %v", short, rows)
		}
		if partWith(p, "ppt/notesSlides/", it.Label+": ") == "" {
			t.Errorf("the notes do not name %q in full", it.Label)
		}
	}
}

// TestDeckAttainmentBelowTheStart gives one goal an attainment behind its
// starting point: the attainment chart's workbook holds 0 for it, and the
// notes say "below the start" as the app's chart does, never a negative
// share cut off at the axis.
func TestDeckAttainmentBelowTheStart(t *testing.T) {
	in := sampleInput(t, "en", 3)
	port := *in.Charts.Portfolio
	port.Items = append(port.Items[:0:0], port.Items...)
	port.Items[0].Attainment, port.BelowStartLabel = -0.23, "below the start"
	in.Charts.Portfolio = &port
	p := writeDeck(t, in)
	slides := slideNames(p, SlideCount(in))
	rows := p.workbookRows(t, p.slideCharts(t, slides[len(slides)-1])[0])
	found := false
	for _, row := range rows[1:] {
		if row[0] == app.ShortName(port.Items[0].Label) {
			found = true
			if cellNumber(t, row[1]) != 0 {
				t.Errorf("%s: attainment %s in the chart, want 0", row[0], row[1])
			}
		}
	}
	if !found {
		t.Errorf("the chart has no bar for %q: %v", port.Items[0].Label, rows)
	}
	label := port.Items[0].Label
	if notes := partWith(p, "ppt/notesSlides/", label+": below the start"); notes == "" {
		t.Errorf("no notes say %q", label+": below the start")
	}
	if notes := partWith(p, "ppt/notesSlides/", label+": -23%"); notes != "" {
		t.Errorf("notes give the goal a negative share:\n%s", notes)
	}
}
