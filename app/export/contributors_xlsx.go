package export

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/chart"
)

// WriteReviewBook writes t as WriteReviewXLSX does and, when a goal of
// its rows has a breakdown in cs (by goal ID), a second sheet, "Where the
// gap comes from" translated by tr, holding the table WriteContributorsCSV
// writes, with the same number formats as the variance sheet (the share of
// the gap as an unsigned percent cell, 65.9%).
func WriteReviewBook(w io.Writer, t app.ReviewTable, cs map[int64][]app.GapContributors, tr Translator) error {
	cols, err := t.CheckedColumns()
	if err != nil {
		return fmt.Errorf("write review xlsx: %w", err)
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := sheetName(t.Sheet)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("write review xlsx: %w", err)
	}
	var lines []contributorLine
	for _, r := range t.Rows {
		l := contributorLine{goal: r.Goal}
		for _, c := range cols {
			l.cells = append(l.cells, t.Cell(c, r))
		}
		lines = append(lines, l)
	}
	x := xlsxWriter{f: f, sheet: sheet, styles: map[string]int{}, points: chart.PointsUnit(t.PointsUnit)}
	if err := x.writeSheet(t.Headers, lines); err != nil {
		return fmt.Errorf("write review xlsx: %w", err)
	}
	if HasContributors(cs) {
		x.sheet, x.shares = sheetName(tr.word("Where the gap comes from")), true
		if _, err := f.NewSheet(x.sheet); err != nil {
			return fmt.Errorf("write review xlsx: %w", err)
		}
		if err := x.writeSheet(contributorHeaderWords(tr), contributorLines(t, cs, tr)); err != nil {
			return fmt.Errorf("write review xlsx: %w", err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write review xlsx: %w", err)
	}
	return nil
}

// writeSheet writes the headers in a bold row that stays in view (frozen)
// when scrolling, then a row per line, each column as wide as its
// contents up to maxColumnWidth.
func (x xlsxWriter) writeSheet(headers []string, lines []contributorLine) error {
	widths := make([]int, len(headers))
	for i, h := range headers {
		if err := x.set(i+1, 1, app.TableCell{Kind: app.CellText, Text: h}, app.Goal{}, true); err != nil {
			return err
		}
		widths[i] = app.DisplayWidth(h)
	}
	for j, l := range lines {
		for i, cell := range l.cells {
			if err := x.set(i+1, j+2, cell, l.goal, false); err != nil {
				return err
			}
			widths[i] = max(widths[i], cellWidth(cell, l.goal))
		}
	}
	for i, wd := range widths {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err == nil {
			err = x.f.SetColWidth(x.sheet, name, name, float64(min(max(wd, 6), maxColumnWidth)+2))
		}
		if err != nil {
			return err
		}
	}
	return x.f.SetPanes(x.sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}
