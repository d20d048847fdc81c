package importer

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"pacer/app/notation"
)

// xlsx writes the workbook as an .xlsx one: every worksheet by name, in
// order, hidden as it is, with the one Excel opens on active, and the cells and
// merges of the sheet to read (the one xlsDefault picks when sheet is
// empty); the others are left empty, since only their names are shown.
// It returns where that sheet's formulas saved no result (xlsSheet.unsaved).
func (b *xlsBook) xlsx(sheet string) ([]byte, []cellAt, error) {
	idx := b.sheetIndex(sheet)
	if idx < 0 {
		return nil, nil, notation.ImportError(msgImportNoSheet, nil, "Sheet", sheet)
	}
	s, err := readXLSSheet(b, b.sheets[idx].offset)
	if err != nil {
		return nil, nil, fmt.Errorf("sheet %s: %w", b.sheets[idx].name, err)
	}
	unsaved := s.unsaved(b.calculated)
	f := excelize.NewFile()
	defer f.Close()
	if err := b.xlsxSheets(f); err != nil {
		return nil, nil, err
	}
	if err := b.xlsxCells(f, b.sheets[idx].name, s); err != nil {
		return nil, nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, nil, fmt.Errorf("write workbook: %w", err)
	}
	return buf.Bytes(), unsaved, nil
}

// sheetIndex is the index of the named worksheet, or, for an empty name,
// of the one Excel opens on when it is visible, else of the first visible
// one, else 0, as xlsxDefaultSheet picks; -1 when there is none.
func (b *xlsBook) sheetIndex(name string) int {
	if name != "" {
		return slices.IndexFunc(b.sheets, func(s xlsSheetEntry) bool { return s.name == name })
	}
	if len(b.sheets) == 0 {
		return -1
	}
	if i := b.active(); i >= 0 && !b.sheets[i].hidden {
		return i
	}
	return max(0, slices.IndexFunc(b.sheets, func(s xlsSheetEntry) bool { return !s.hidden }))
}

// xlsxSheets makes the worksheets in f, replacing its first one.
func (b *xlsBook) xlsxSheets(f *excelize.File) error {
	if len(b.sheets) == 0 {
		return fmt.Errorf("no worksheet: %w", errBIFF)
	}
	if err := f.SetSheetName(f.GetSheetName(0), b.sheets[0].name); err != nil {
		return fmt.Errorf("name sheet: %w", err)
	}
	for _, s := range b.sheets[1:] {
		if _, err := f.NewSheet(s.name); err != nil {
			return fmt.Errorf("add sheet: %w", err)
		}
	}
	// The sheet Excel opens on, which is visible: excelize keeps the active
	// sheet visible, and Gnumeric saves a workbook whose active sheet is
	// hidden, as its first one may be.
	if i := b.sheetIndex(""); i >= 0 {
		f.SetActiveSheet(i)
	}
	for _, s := range b.sheets {
		if s.hidden {
			_ = f.SetSheetVisible(s.name, false) // excelize keeps the active sheet visible
		}
	}
	if b.date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			return fmt.Errorf("date system: %w", err)
		}
	}
	return nil
}

// xlsxCells writes the cells and merges of s into the named sheet of f,
// row by row as excelize's stream writer wants them, its hidden columns
// hidden, so that readXLSX finds them; of two records for
// one cell, the later one counts, as in Excel.
func (b *xlsBook) xlsxCells(f *excelize.File, name string, s *xlsSheet) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("write sheet: %w", err)
	}
	for _, c := range s.hiddenCols { // before the rows, as excelize wants
		if err := sw.SetColVisible(c[0]+1, c[1]+1, false); err != nil {
			return fmt.Errorf("hide columns %d-%d: %w", c[0]+1, c[1]+1, err)
		}
	}
	slices.SortStableFunc(s.cells, func(x, y xlsCell) int {
		return cmp.Or(cmp.Compare(x.row, y.row), cmp.Compare(x.col, y.col))
	})
	styles := &xlsStyleMap{f: f, book: b, ids: map[int]int{}}
	for start := 0; start < len(s.cells); {
		end := start + 1
		for end < len(s.cells) && s.cells[end].row == s.cells[start].row {
			end++
		}
		if err := xlsxRow(sw, styles, s.cells[start:end], s.hidden[s.cells[start].row]); err != nil {
			return err
		}
		start = end
	}
	for _, m := range s.merges {
		if m.r1 > m.r2 || m.c1 > m.c2 {
			continue
		}
		from, _ := excelize.CoordinatesToCellName(m.c1+1, m.r1+1)
		to, _ := excelize.CoordinatesToCellName(m.c2+1, m.r2+1)
		if err := sw.MergeCell(from, to); err != nil {
			return fmt.Errorf("merge %s:%s: %w", from, to, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("write sheet: %w", err)
	}
	return nil
}

// xlsxRow writes the cells of one row, sorted by column, hidden as the
// .xls hid it, so that readXLSX finds it hidden.
func xlsxRow(sw *excelize.StreamWriter, styles *xlsStyleMap, cells []xlsCell, hidden bool) error {
	first := cells[0].col
	values := make([]any, cells[len(cells)-1].col-first+1)
	for _, c := range cells {
		values[c.col-first] = excelize.Cell{StyleID: styles.id(c.xf), Value: xlsxValue(c)}
	}
	at, err := excelize.CoordinatesToCellName(first+1, cells[0].row+1)
	if err != nil {
		return fmt.Errorf("row %d: %w", cells[0].row+1, err)
	}
	if err := sw.SetRow(at, values, excelize.RowOpts{Hidden: hidden}); err != nil {
		return fmt.Errorf("row %d: %w", cells[0].row+1, err)
	}
	return nil
}

// xlsxValue is the value excelize writes for a cell: an error as the text
// it shows, which is what an .xlsx error cell reads as.
func xlsxValue(c xlsCell) any {
	switch c.value {
	case xlsNumber:
		return c.number
	case xlsBool:
		return c.number != 0
	}
	return c.text
}

// xlsStyleMap makes an excelize style for each cell format (XF) of the
// workbook that cells use, holding only its number format, which is what
// the reader reads of styles.
type xlsStyleMap struct {
	f    *excelize.File
	book *xlsBook
	ids  map[int]int
}

// id is the excelize style of cell format xf: the number format code the
// workbook defines for its format ID, else the built-in format of that ID.
// General, and a format excelize refuses, are style 0.
func (m *xlsStyleMap) id(xf int) int {
	if id, ok := m.ids[xf]; ok {
		return id
	}
	st := &excelize.Style{}
	if xf >= 0 && xf < len(m.book.xfFormats) {
		fmtID := m.book.xfFormats[xf]
		if code, ok := m.book.formats[fmtID]; ok {
			st.CustomNumFmt = &code
		} else if fmtID < 164 {
			st.NumFmt = fmtID
		}
	}
	id := 0
	if st.CustomNumFmt != nil || st.NumFmt != 0 {
		if got, err := m.f.NewStyle(st); err == nil {
			id = got
		}
	}
	m.ids[xf] = id
	return id
}
