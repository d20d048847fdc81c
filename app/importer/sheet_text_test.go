package importer

import (
	"slices"
	"strings"
	"testing"

	"pacer/app/notation"
)

// TestReadTableDropsTheExportsWordJoiner reads a CSV file as Pacer's
// exports write it, with a word joiner before the texts a spreadsheet
// would read as values: the goal "0012" and the year "2024" come back
// without it, so that they match the goal and the period; a word joiner
// of a text's own stays.
func TestReadTableDropsTheExportsWordJoiner(t *testing.T) {
	const wj = notation.WordJoiner
	text := "\uFEFFGoal,Period,Value\r\n" + wj + "0012," + wj + "2024,5\r\n" + wj + "1/2," + wj + "Mar 2026,6\r\n" +
		"3-4 stores," + wj + "2026-03,7\r\n" + wj + "Sales,2024-Q1,8\r\n"
	table, err := ReadTable(strings.NewReader(text), "check-ins.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Goal", "Period", "Value"}, {"0012", "2024", "5"}, {"1/2", "Mar 2026", "6"},
		{"3-4 stores", "2026-03", "7"}, {wj + "Sales", "2024-Q1", "8"}}
	if got := cellTexts(table.Rows); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("rows %q, want %q", got, want)
	}
}

// TestXLSXCellDropsTheExportsWordJoiner reads a workbook saved from a
// CSV export in a spreadsheet, whose texts keep the word joiner.
func TestXLSXCellDropsTheExportsWordJoiner(t *testing.T) {
	c := xlsxCell(notation.WordJoiner+"0012", notation.WordJoiner+"0012", 0, func() bool { return false })
	if c.Kind != CellText || c.Text != "0012" {
		t.Errorf("kind %v text %q, want the text 0012", c.Kind, c.Text)
	}
}

func cellTexts(rows [][]Cell) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		for _, c := range r {
			out[i] = append(out[i], c.Text)
		}
	}
	return out
}
