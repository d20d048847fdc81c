package deck

import (
	"strings"
	"testing"
)

// TestGoalSlideSaysWhereAPlanWasRespread: the slide of a goal whose plan
// was re-spread after a period names that period beside the plan, as the
// review screen and the report do.
func TestGoalSlideSaysWhereAPlanWasRespread(t *testing.T) {
	in := sampleInput(t, "en", 1)
	in.Table.Rows[0].ReplannedAfter = "2022-Q4"
	kept := in.Table.PeriodLabel(in.Table.Rows[0].Period.Prev())
	p := writeDeck(t, in)
	slide := partWith(p, "ppt/slides/slide", "<a:t>   Re-planned after </a:t>")
	if slide == "" || !strings.Contains(slide, "<a:t>"+kept+"</a:t>") || !strings.Contains(slide, in.Table.Rows[0].Goal.Title) {
		t.Errorf("no goal slide says its plan was re-planned after %s", kept)
	}
}

// TestNotesSayWhereAPlanWasRespread: the speaker notes of a goal whose
// plan was re-spread after a period say so after its figures, and those of
// a goal as planned do not.
func TestNotesSayWhereAPlanWasRespread(t *testing.T) {
	in := sampleInput(t, "en", 1)
	in.Table.Rows[0].ReplannedAfter = "2022-Q4"
	kept := in.Table.PeriodLabel(in.Table.Rows[0].Period.Prev())
	p := writeDeck(t, in)
	want := "The plan was re-spread after " + kept + " and counts its actuals."
	if partWith(p, "ppt/notesSlides/", in.Table.Rows[0].Goal.Title+": ") == "" || partWith(p, "ppt/notesSlides/", want) == "" {
		t.Errorf("no notes say %q", want)
	}
	for part, b := range p {
		if strings.HasPrefix(part, "ppt/notesSlides/") && strings.Contains(string(b), "re-spread after") && !strings.Contains(string(b), in.Table.Rows[0].Goal.Title) {
			t.Errorf("%s says a plan was re-spread but not of the re-planned goal", part)
		}
	}
}
