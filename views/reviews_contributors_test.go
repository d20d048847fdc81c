package views

import (
	"strings"
	"testing"
)

// TestReviewExportsCarryContributors checks that the review pack, the
// report and the deck of a period with a goal broken down by product and
// region carry its gap by dimension: the pack a chart per dimension and
// the table as CSV, the report the table and the chart, the deck the
// charts of its gap slide.
func TestReviewExportsCarryContributors(t *testing.T) {
	s, _ := reviewOfRealSales(t)
	p, _ := s.selectedPeriod()
	files, err := s.packFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string][]byte{}
	for _, f := range files {
		if strings.Contains(f.name, "gap by") || strings.Contains(f.name, "Where the gap") {
			b, err := f.make()
			if err != nil {
				t.Fatal(err)
			}
			found[f.name] = b
		}
	}
	csv := string(found["Where the gap comes from.csv"])
	if len(found) != 3 || found["01 Sales 2023 – gap by 产品.png"] == nil || !strings.Contains(csv, "Sales 2023,2023-Q1,地区,北美,") {
		t.Errorf("pack's contributors files: %d, CSV:\n%s", len(found), csv)
	}
	page, err := s.reportHTML(p)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(page), `<table class="contributors">`); n != 2 || !strings.Contains(string(page), `aria-label="2023-Q1 gap by 产品: Sales 2023"`) {
		t.Errorf("the report has %d contributors tables, or lacks the chart", n)
	}
	in, err := s.deckInput(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if cs := in.Charts.Goals[s.rows[0].Goal.ID].Contributors; len(cs) != 2 || cs[1].Title != "2023-Q1 gap by 地区: Sales 2023" {
		t.Errorf("deck's contributors charts %+v", cs)
	}
}
