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
