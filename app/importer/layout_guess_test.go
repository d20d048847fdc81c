package importer

import (
	"bytes"
	"testing"
)

// TestGuessLongLayout: three columns are the long layout only when the
// one that would name the goals does. A second column of amounts (日期,
// 销售额, 成本; SheetJS's 月份, 销售额, 完成率) was taken for the goals'
// names, each amount a goal to map, when the file has a goal a column.
func TestGuessLongLayout(t *testing.T) {
	for name, tc := range map[string]struct {
		table       Table
		goal, value int
		long        bool
	}{
		"names": {textTable([]string{"Date", "Goal", "Value"}, []string{"2026-01-31", "Sales", "1,200"},
			[]string{"2026-02-28", "Visits", "80"}), 1, 2, true},
		"two amounts": {textTable([]string{"日期", "销售额", "成本"}, []string{"2023/1/5", "1,234.50", "1,000.00"},
			[]string{"2023/2/5", "99.99", "50.00"}, []string{"2023/3/5", "870.00", "50.00"}), -1, -1, false},
		"store numbers": {textTable([]string{"Date", "Store", "Sales"}, []string{"2023-01-05", "101", "1,234.50"},
			[]string{"2023-01-05", "102", "99.99"}, []string{"2023-01-06", "101", "870.00"}, []string{"2023-01-06", "102", "12.00"}), 1, 2, true},
		// A value column of formula errors stands where numbers would:
		// its goals are still in the column of words.
		"errors before names": {textTable([]string{"Date", "Value", "Goal"}, []string{"2026-01-31", "#N/A", "Sales"},
			[]string{"2026-02-28", "#DIV/0!", "Visits"}, []string{"2026-03-31", "#REF!", "Sales"}), 2, 1, true},
		"LibreOffice errors": {textTable([]string{"Date", "Value", "Goal"}, []string{"2026-01-31", "Err:502", "Sales"},
			[]string{"2026-02-28", "#NAME?", "Visits"}), 2, 1, true},
		// More columns are the long layout when the header names the goal
		// and value columns, as Pacer's exports do; else each amount is a
		// goal and each column of words a category, however many.
		"four columns named": {textTable([]string{"Date", "Goal", "Value", "Note"}, []string{"2026-01-31", "Sales", "1,200", "x"}), 1, 2, true},
		"four columns unnamed": {textTable([]string{"Date", "Store", "Region", "Sales"}, []string{"2026-01-31", "North", "West", "1,200"},
			[]string{"2026-01-31", "South", "East", "900"}), -1, -1, false},
		"four columns, the value words": {textTable([]string{"Date", "Goal", "Value", "Note"}, []string{"2026-01-31", "Sales", "high", "x"}), -1, -1, false},
		"two goal columns":              {textTable([]string{"Date", "Goal", "Value", "goal"}, []string{"2026-01-31", "Sales", "1,200", "Visits"}), -1, -1, false},
	} {
		t.Run(name, func(t *testing.T) {
			goal, value, long := GuessLongLayout(tc.table, GuessDateColumn(tc.table))
			if goal != tc.goal || value != tc.value || long != tc.long {
				t.Errorf("GuessLongLayout = %d, %d, %v; want %d, %d, %v", goal, value, long, tc.goal, tc.value, tc.long)
			}
		})
	}
	for file, long := range map[string]bool{
		"libreoffice_en.xlsx": true, "sheetjs_us.csv": true, "libreoffice_de.xlsx": true,
		"sheetjs_zh.xlsx": false, // 月份, 销售额, 完成率
	} {
		tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, got := GuessLongLayout(tab, GuessDateColumn(tab)); got != long {
			t.Errorf("%s: long layout %v, want %v", file, got, long)
		}
	}
}
