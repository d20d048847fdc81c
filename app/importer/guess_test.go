package importer

import (
	"bytes"
	"fmt"
	"testing"

	"pacer/app/notation"
)

// textTable reads rows of text as a CSV file would give them.
func textTable(rows ...[]string) Table {
	t := Table{}
	for _, r := range rows {
		cells := make([]Cell, len(r))
		for i, text := range r {
			cells[i] = Cell{Text: text}
		}
		t.Rows = append(t.Rows, cells)
	}
	t.finish()
	return t
}

func TestGuessColumns(t *testing.T) {
	tests := []struct {
		name       string
		table      Table
		date, goal int
	}{
		{"DateGoalValue", textTable([]string{"Date", "Goal", "Value"}, []string{"2026-01-31", "Sales", "1,200"},
			[]string{"2026-02-28", "Visits", "80"}), 0, 1},
		{"GoalDateValue", textTable([]string{"Store", "Day", "Sales"}, []string{"North", "31/01/2026", "¥1,200"},
			[]string{"South", "28/02/2026", "¥980"}, []string{"", "", ""}, []string{"West", "2026年3月", "1.2万"}), 1, 0},
		{"ValueGoalMonth", textTable([]string{"Amount", "Goal", "Month"}, []string{"1200", "Sales", "Jan 2026"},
			[]string{"980", "Sales", "Feb 2026"}), 2, 1},
		{"FiveDigitSalesBeforeDates", textTable([]string{"Store", "Sales", "Date"}, []string{"North", "12500", "2026-01-31"},
			[]string{"South", "23000", "2026-02-28"}, []string{"West", "18750.5", "2026-03-31"}), 2, 0},
		{"CompactDates", textTable([]string{"Day", "Sales"}, []string{"20260131", "12500"}, []string{"20260228", "23000"}), 0, 1},
		{"YearFirstShortDates", textTable([]string{"Goal", "Day", "Sales"}, []string{"Sales", "23/1/5", "1200"},
			[]string{"Sales", "23/1/12", "980"}), 1, 0},
		// Pacer's period keys of weeks, halves and years (2024 a number
		// alone) beat the timestamps of when each check-in was typed, which
		// put it in the week, half or year it was typed; years alone count
		// under a header naming the period, else a timestamp column stays
		// the date column beside a column of such numbers.
		{"PeriodKeysOverTimestamps", textTable([]string{"Goal", "Period", "Value", "Created"},
			[]string{"Visits", "2024-W02", "5", "2024-01-15 09:30:00"}, []string{"Members", "2024", "12", "2025-01-03 10:00:00"},
			[]string{"Members", "2023", "9", "2024-01-04 11:00:00"}, []string{"Stock", "2024-H1", "7", "2024-07-02 16:45:10"}), 1, 0},
		{"YearsUnderPeriod", textTable([]string{"Goal", "周期", "Value", "Created"},
			[]string{"Members", "2024", "12", "2025-01-03 10:00:00"}, []string{"Members", "2023", "9", "2024-01-04 11:00:00"}), 1, 0},
		{"YearsUnnamed", textTable([]string{"Goal", "Units", "Value", "Created"},
			[]string{"Members", "2024", "12", "2025-01-03 10:00:00"}, []string{"Members", "2023", "9", "2024-01-04 11:00:00"}), 3, 0},
		{"NoDates", textTable([]string{"a", "b"}, []string{"x", "1"}), 0, 1},
		{"OneColumn", textTable([]string{"2026-01-31"}), 0, -1},
		{"Empty", Table{}, 0, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			date := GuessDateColumn(tc.table)
			if goal := GuessGoalColumn(tc.table, date); date != tc.date || goal != tc.goal {
				t.Errorf("date column %d, goal column %d; want %d, %d", date, goal, tc.date, tc.goal)
			}
		})
	}
	numberThenDates := Table{Columns: 2, HasHeader: true, Rows: [][]Cell{{{Text: "Sales"}, {Text: "Month"}},
		{{Text: "45210", Kind: CellNumber, Number: 45210}, {Text: "Jan 2026", Kind: CellDate, Number: 46023}},
		{{Text: "45300", Kind: CellNumber, Number: 45300}, {Text: "Feb 2026", Kind: CellDate, Number: 46054}}}}
	if got := GuessDateColumn(numberThenDates); got != 1 {
		t.Errorf("a workbook of 5-digit sales then month cells: date column %d, want 1", got)
	}
	if texts := ColumnTexts(numberThenDates, 1); len(texts) != 0 {
		t.Errorf("ColumnTexts gives date cells' text %q, which DetectDayMonth must not weigh", texts)
	}
}

// TestGuessColumnsOfRealFiles checks the guesses on files other programs
// wrote (testdata/real): the date column of each, and for the files with
// a goal column, that column.
func TestGuessColumnsOfRealFiles(t *testing.T) {
	for file, want := range map[string][2]int{
		"libreoffice_en.xlsx":     {1, 0},
		"libreoffice_en_utf8.csv": {1, 0},
		"gnumeric_en.xlsx":        {1, 0},
		"sheetjs_us.xlsx":         {1, 0},
		"sheetjs_us.csv":          {1, 0},
		"libreoffice_zh.xlsx":     {0, 1},
		"libreoffice_zh_gbk.csv":  {0, 1},
		"libreoffice_de.xlsx":     {0, 1},
		"sheetjs_zh.xlsx":         {0, -2}, // month, then two value columns: no goal column to check
	} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		date := GuessDateColumn(tab)
		goal := GuessGoalColumn(tab, date)
		if date != want[0] || (want[1] != -2 && goal != want[1]) {
			t.Errorf("%s: date column %d, goal column %d; want %v", file, date, goal, want)
		}
	}
}

// TestDateOrderFromTheWholeColumn: a US file of 60 stores a day whose
// first 200 rows are the first four days of January (01/03/2023, read
// either way) is month first from its 01/14/2023 further down: guessed
// from the first rows alone it was day first, and its 02/01/2023 read
// as 2 January beside 01/14/2023 read as 14 January.
func TestDateOrderFromTheWholeColumn(t *testing.T) {
	rows := [][]string{{"Date", "Store", "Sales"}}
	for day := 1; day <= 31; day++ {
		for store := range 60 {
			rows = append(rows, []string{fmt.Sprintf("01/%02d/2023", day), fmt.Sprintf("Store %d", store), "100"})
		}
	}
	order, ambiguous := notation.DetectDayMonth(ColumnTexts(textTable(rows...), 0))
	if order != notation.MonthFirst || ambiguous {
		t.Errorf("the column reads %v (ambiguous %v), want month first", order, ambiguous)
	}
	for text, want := range map[string]bool{"01/14/2023": true, "14.01.2023": true, "01/02/2023": false,
		"2023-01-14": false, "Q4 2023": false, "13": false, "1/13": true} {
		if got := mayTellDayFromMonth(text); got != want {
			t.Errorf("mayTellDayFromMonth(%q) = %v", text, got)
		}
	}
}
