package importer

import (
	"slices"
	"testing"
)

// TestPlanImportXLSXTimeValues reads a value column of hours as a
// timesheet or training log holds them, in time and duration formats:
// 12:00 was imported as 0.5, the fraction of a day the cell holds, and
// a date as its serial, without a word. They are refused, saying how to
// turn them into numbers; the plain number beside them is read.
func TestPlanImportXLSXTimeValues(t *testing.T) {
	rows := [][]any{{"Date", "Hours"}, {"2023-01-31", 0.5}, {"2023-02-28", 26.0 / 24}, {"2023-03-31", 0.5},
		{"2023-04-30", 0.5}, {"2023-05-31", 0.4375}, {"2023-06-30", 45000}, {"2023-07-31", 18}}
	codes := []string{"h:mm", "[h]:mm:ss", "[mm]:ss", `h"时"mm"分"`, "h:mm AM/PM", "yyyy-mm-dd", "0"}
	tab := readXLSXTable(t, formattedColumnXLSX(t, rows, codes))
	for i, want := range []string{"12:00", "26:00:00", "720:00", "12时00分", "10:30 AM", "2023-03-15", "18"} {
		if got := tab.Cell(i+1, 1).Text; got != want {
			t.Fatalf("B%d shows %q, want %q", i+2, got, want)
		}
	}
	p := planXLSX(t, tab, xlsxWide)
	want := rowMessages(2, msgImportTimeValue, 3, msgImportTimeValue, 4, msgImportTimeValue, 5, msgImportTimeValue,
		6, msgImportTimeValue, 7, msgImportBadNumber)
	if got := importRejections(p); !slices.Equal(got, want) {
		t.Errorf("rejected %q, want %q", got, want)
	}
	if got := importPeriodsOf(p); !slices.Equal(got, []string{"1 2023-07 = 18 (1) partial"}) {
		t.Errorf("periods %q, want July's 18 alone", got)
	}
	if r := p.Rejected[0]; r.Args["Text"] != "12:00" || r.Args["Stored"] != "0.5" {
		t.Errorf("args %v, want 12:00 stored as 0.5", r.Args)
	}
}

// TestShownAsTime tells times and durations from numbers a format shows
// with a colon or a unit of its own.
func TestShownAsTime(t *testing.T) {
	for text, want := range map[string]bool{"12:00": true, "1:30:00.5": true, "-1:30": true, "下午 3:30": true,
		"3:30 PM": true, "12时30分": true, "5分30秒": true, "1,234.50": false, "3:1": false, "120人": false,
		"12:00:00:00": false, "1:5": false, "": false} {
		if got := shownAsTime(text); got != want {
			t.Errorf("shownAsTime(%q) = %v, want %v", text, got, want)
		}
	}
}
