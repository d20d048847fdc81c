package importer

import (
	"slices"
	"testing"

	"pacer/app"
)

// TestPlanImportExcelTextGuard reads a CSV whose exporter wrapped cells in
// ="…", so that Excel keeps them as the text they are (="2023-01-05",
// ="001234"), as order and bank exports do, bare or quoted: Excel shows
// the text inside, and so does the import. They were refused as no dates
// and no numbers. A formula of any other shape stays as it is.
func TestPlanImportExcelTextGuard(t *testing.T) {
	csv := "Date,Goal,Value\n=\"2023-01-05\",Sales,=\"1234.50\"\n\"=\"\"2023-01-06\"\"\",=\"Sales\",\"=\"\"1,000.25\"\"\"\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	if got, want := importPeriodsOf(p), []string{"1 2023-01 = 2234.75 (2) partial"}; !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	for in, want := range map[string]string{`="a"b"`: `="a"b"`, `=SUM(A1:A2)`: `=SUM(A1:A2)`, `="`: `="`, `=""`: ``} {
		if got := unguarded(in); got != want {
			t.Errorf("unguarded(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlanImportApostropheText reads a CSV whose numbers and dates were
// typed after an apostrophe, as spreadsheet users keep a cell text
// ('1234.5, '2023-01-31), in a file written by a program that kept the
// apostrophe: the spreadsheet shows the cell without it, and so does the
// import. They were refused as no numbers and no dates. One apostrophe
// only, and only before a number or a date: other text keeps it.
func TestPlanImportApostropheText(t *testing.T) {
	csv := "Date,Goal,Value\n'2023-01-31,Sales,'1234.5\n'2023-01-05,Sales,\"'1,234.50\"\n'31/01/2023,Share,'8.5\n"
	p := importPlanOf(t, csv, importLongMapping, app.Snapshot{})
	want := []string{"1 2023-01 = 2469 (2) partial", "2 2023-01 = 8.5 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
	for in, want := range map[string]string{"'1234.5": "1234.5", "'1.234,50": "1.234,50", "'0012": "0012", "'2023年1月": "2023年1月",
		"'Q1 2023": "Q1 2023", "'Sales": "'Sales", "''1234": "''1234", "'": "'", "’1234": "’1234", "'1234 stores": "'1234 stores",
		"1234'": "1234'", "'abc 2023": "'abc 2023"} {
		if got := unguarded(in); got != want {
			t.Errorf("unguarded(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnguardedTabAndReturn: the apostrophe an export puts before a text
// starting with a tab or a carriage return, which some spreadsheets strip
// before running what follows as a formula, is taken off again.
func TestUnguardedTabAndReturn(t *testing.T) {
	for in, want := range map[string]string{"'\t=1+1": "\t=1+1", "'\r=cmd": "\r=cmd", "'\tNorth": "\tNorth", "\t'x": "\t'x"} {
		if got := unguarded(in); got != want {
			t.Errorf("unguarded(%q) = %q, want %q", in, got, want)
		}
	}
}
