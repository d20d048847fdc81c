package importer

import (
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// TestPlanImportExtraCells checks that a row of a text file with more
// filled cells than the header has columns (an unquoted 1,200) is rejected
// with its reason in both layouts, while trailing empty cells are not.
func TestPlanImportExtraCells(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		m         Mapping
	}{
		{"Long", "Date,Goal,Value\n2023-01-15,Sales,100\n2023-01-31,Sales,1,200\n2023-02-05,Sales,5,,\n", importLongMapping},
		{"Wide", "Date,Sales\n2023-01-15,100\n2023-01-31,1,200\n2023-02-05,5,,\n",
			Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := importPlanOf(t, tc.csv, tc.m, app.Snapshot{})
			if want := rowMessages(3, msgImportExtraCells); !slices.Equal(importRejections(p), want) {
				t.Fatalf("rejected %q, want %q", importRejections(p), want)
			}
			if got := p.Rejected[0].Args["Text"]; got != "1,200" {
				t.Errorf("text %q, want 1,200", got)
			}
			if want := []string{"1 2023-02 = 5 (1) partial"}; !slices.Equal(importPeriodsOf(p), want) {
				t.Errorf("periods %q, want %q", importPeriodsOf(p), want)
			}
			if want := []string{"1 2023-01 rows [3], 1 values"}; !slices.Equal(importLeftOutOf(p), want) {
				t.Errorf("left out %q, want %q", importLeftOutOf(p), want)
			}
		})
	}
}

// TestPlanImportExtraCellsInPadding reads files whose header line ends
// in an empty field (Date,Sales,), which had made room for the rest of an
// unquoted 1,200: January was imported as 1 without a word. A filled cell
// there that is the rest of the number before it is refused as the cells
// beyond the header are, when most rows leave the column empty or every
// cell filling it is such a rest; a note there is read.
func TestPlanImportExtraCellsInPadding(t *testing.T) {
	m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{1: 1}, SkipHeader: true}
	for _, tc := range []struct {
		name, csv string
		rejected  []string
		periods   []string
	}{
		{"mostly empty", "Date,Sales,\n2023-01-31,1,200\n2023-02-28,300,\n2023-03-31,$1,234.50\n2023-04-30,5,note\n2023-05-31,7,\n2023-06-30,8,\n",
			rowMessages(2, msgImportExtraCells, 4, msgImportExtraCells),
			[]string{"1 2023-02 = 300 (1) partial", "1 2023-04 = 5 (1) partial", "1 2023-05 = 7 (1) partial", "1 2023-06 = 8 (1) partial"}},
		{"every row split", "Date,Sales,\n2023-01-31,1,200\n2023-02-28,2,300\n", rowMessages(2, msgImportExtraCells, 3, msgImportExtraCells), nil},
		{"in Pacer's currency", "Date,Sales,\n2023-01-31,CN¥1,200\n2023-02-28,900,\n2023-03-31,RMB 2,500\n2023-04-30,700,\n",
			rowMessages(2, msgImportExtraCells, 4, msgImportExtraCells), []string{"1 2023-02 = 900 (1) partial", "1 2023-04 = 700 (1) partial"}},
	} {
		p := importPlanOf(t, tc.csv, m, app.Snapshot{})
		if !slices.Equal(importRejections(p), tc.rejected) {
			t.Fatalf("%s: rejected %q, want %q", tc.name, importRejections(p), tc.rejected)
		}
		if got, _ := p.Rejected[0].Args["Text"].(string); !strings.HasSuffix(got, "1,200") {
			t.Errorf("%s: text %q, want the number 1,200 joined again", tc.name, got)
		}
		if !slices.Equal(importPeriodsOf(p), tc.periods) {
			t.Errorf("%s: periods %q, want %q", tc.name, importPeriodsOf(p), tc.periods)
		}
	}
}
