package nativedialog

import (
	"path"
	"testing"
)

// TestFilterPatterns: a filter of csv and xlsx shows SALES.CSV and
// Report.XLSX, as the dialogs of Windows and macOS do, and no other
// ending; GTK's patterns match as path.Match does, brackets included.
func TestFilterPatterns(t *testing.T) {
	for _, tc := range []struct {
		ext, name string
		match     bool
	}{
		{"csv", "sales.csv", true},
		{"csv", "SALES.CSV", true},
		{"csv", "Sales.Csv", true},
		{"xlsx", "Report.XLSX", true},
		{"csv", "sales.csv.bak", false},
		{"csv", "SALES.TSV", false},
		{"*", "anything.at.all", true},
	} {
		glob := filterPatterns([]string{tc.ext})[0]
		if got, err := path.Match(glob, tc.name); err != nil || got != tc.match {
			t.Errorf("%s (%s) matches %s: %v, %v; want %v", glob, tc.ext, tc.name, got, err, tc.match)
		}
	}
}
