package deck

import "testing"

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
	for _, row := range rows[1:] {
		if row[0] == port.Items[0].Label && cellNumber(t, row[1]) != 0 {
			t.Errorf("%s: attainment %s in the chart, want 0", row[0], row[1])
		}
	}
	label := port.Items[0].Label
	if notes := partWith(p, "ppt/notesSlides/", label+": below the start"); notes == "" {
		t.Errorf("no notes say %q", label+": below the start")
	}
	if notes := partWith(p, "ppt/notesSlides/", label+": -23%"); notes != "" {
		t.Errorf("notes give the goal a negative share:\n%s", notes)
	}
}
