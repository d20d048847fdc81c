package importer

import (
	"encoding/binary"
	"errors"
	"math"
)

// xlsMaxCells bounds the cells and merged ranges read from one sheet,
// blank cells left out:
// twenty times a decade of daily rows with a hundred columns, and few
// enough that the workbook made of them stays within a few hundred MB.
// BIFF8 itself has 65,536 rows of 256 columns.
const xlsMaxCells = 2_000_000

// errTooManyCells is a sheet with more than xlsMaxCells cells.
var errTooManyCells = errors.New("sheet has too many cells")

// xlsValue is what a cell holds.
type xlsValue int

// The values of cells.
const (
	xlsNumber xlsValue = iota
	xlsText
	xlsBool  // Number is 1 or 0
	xlsFault // Text is the error shown, #DIV/0!
	// xlsNoResult is a formula that saved an empty string as its result,
	// which xlwt saves for every formula, working none out.
	xlsNoResult
)

// xlsCell is a filled cell of a sheet, 0-based, with its cell format.
type xlsCell struct {
	row, col int
	value    xlsValue
	number   float64
	text     string
	xf       int
}

// xlsRange is a merged range of cells, 0-based and inclusive.
type xlsRange struct{ r1, r2, c1, c2 int }

// xlsSheet is the content of a worksheet.
type xlsSheet struct {
	cells  []xlsCell
	merges []xlsRange
	// hidden are the rows, 0-based, the sheet hides (readRow).
	hidden map[int]bool
	// hiddenCols are the ranges of columns, 0-based and inclusive, the
	// sheet hides (readColInfo).
	hiddenCols [][2]int
	// results is set when a formula of the sheet saved a result other than
	// an empty string: the sheet was worked out.
	results bool
}

// readXLSSheet reads the worksheet substream at offset of the book's
// stream.
func readXLSSheet(b *xlsBook, offset int) (*xlsSheet, error) {
	s := &xlsSheet{}
	first := true
	err := biffRecords(b.stream, offset, func(rec biffRecord) error {
		if first {
			first = false
			return checkBOF(rec, biffWorksheet)
		}
		if err := s.read(b, rec); err != nil {
			return err
		}
		if len(s.cells)+len(s.merges) > xlsMaxCells {
			return errTooManyCells
		}
		return nil
	})
	if err == nil && first {
		err = errBIFF
	}
	return s, err
}

// read takes in one record of a worksheet. A record too short for its
// cell is malformed; one naming a shared string that is not there too.
func (s *xlsSheet) read(b *xlsBook, rec biffRecord) error {
	d := rec.data()
	switch rec.id {
	case biffNumber:
		if len(d) < 14 {
			return errBIFF
		}
		s.add(d, xlsNumber, math.Float64frombits(binary.LittleEndian.Uint64(d[6:])), "")
	case biffRK:
		if len(d) < 10 {
			return errBIFF
		}
		s.add(d, xlsNumber, rkNumber(binary.LittleEndian.Uint32(d[6:])), "")
	case biffMulRK:
		return s.readMulRK(d)
	case biffLabelSST:
		if len(d) < 10 {
			return errBIFF
		}
		i := int(binary.LittleEndian.Uint32(d[6:]))
		if i >= len(b.strings) {
			return errBIFF
		}
		s.add(d, xlsText, 0, b.strings[i])
	case biffLabel:
		return s.readLabel(rec)
	case biffBoolErr:
		return s.readBoolErr(d)
	case biffFormula:
		return s.readFormula(d)
	case biffString:
		return s.readString(rec)
	case biffMergedCells:
		return s.readMerges(d)
	case biffRow, biffColInfo:
		s.readHidden(rec.id, d)
	}
	return nil
}

// readHidden notes the rows (ROW) or columns (COLINFO) the sheet hides.
func (s *xlsSheet) readHidden(id uint16, d []byte) {
	if id == biffRow {
		s.readRow(d)
	} else {
		s.readColInfo(d)
	}
}

// xlsRowHidden is the flag of a ROW record's options (fDyZero) that Excel
// sets on a row hidden by hand or filtered out by an AutoFilter.
const xlsRowHidden = 0x0020

// readRow notes a row the sheet hides; a ROW record too short to say is
// read as a shown row, as its cells come in their own records.
func (s *xlsSheet) readRow(d []byte) {
	if len(d) < 14 || binary.LittleEndian.Uint16(d[12:])&xlsRowHidden == 0 {
		return
	}
	if s.hidden == nil {
		s.hidden = map[int]bool{}
	}
	s.hidden[int(binary.LittleEndian.Uint16(d))] = true
}

// xlsColHidden is the flag of a COLINFO record's options (fHidden) that
// Excel sets on columns hidden by hand; xlsMaxColumn is BIFF8's last
// column, 0-based, which writers may exceed by one.
const (
	xlsColHidden = 0x0001
	xlsMaxColumn = 255
)

// readColInfo notes the columns a COLINFO record hides; one too short to
// say, or whose range is reversed, hides none.
func (s *xlsSheet) readColInfo(d []byte) {
	if len(d) < 10 || binary.LittleEndian.Uint16(d[8:])&xlsColHidden == 0 {
		return
	}
	first, last := int(binary.LittleEndian.Uint16(d)), min(int(binary.LittleEndian.Uint16(d[2:])), xlsMaxColumn)
	if first <= last {
		s.hiddenCols = append(s.hiddenCols, [2]int{first, last})
	}
}

// add appends a cell whose row, column and format are the first six
// bytes of d, as every cell record starts.
func (s *xlsSheet) add(d []byte, v xlsValue, n float64, text string) {
	s.cells = append(s.cells, xlsCell{
		row:   int(binary.LittleEndian.Uint16(d)),
		col:   int(binary.LittleEndian.Uint16(d[2:])),
		xf:    int(binary.LittleEndian.Uint16(d[4:])),
		value: v, number: n, text: text,
	})
}

// readMulRK reads the RK numbers of a row's adjacent cells.
func (s *xlsSheet) readMulRK(d []byte) error {
	if len(d) < 6 || (len(d)-6)%6 != 0 {
		return errBIFF
	}
	row, col := binary.LittleEndian.Uint16(d), int(binary.LittleEndian.Uint16(d[2:]))
	for p := 4; p+6 <= len(d)-2; p += 6 {
		var head [6]byte
		binary.LittleEndian.PutUint16(head[:], row)
		binary.LittleEndian.PutUint16(head[2:], uint16(col))
		copy(head[4:], d[p:p+2])
		s.add(head[:], xlsNumber, rkNumber(binary.LittleEndian.Uint32(d[p+2:])), "")
		col++
	}
	return nil
}

// readLabel reads a cell holding its own string, as BIFF8 writers other
// than Excel may.
func (s *xlsSheet) readLabel(rec biffRecord) error {
	d := rec.data()
	if len(d) < 6 {
		return errBIFF
	}
	r := &biffReader{parts: append([][]byte{d[6:]}, rec.parts[1:]...)}
	text, err := r.str(2)
	if err != nil {
		return err
	}
	s.add(d, xlsText, 0, text)
	return nil
}

// readBoolErr reads a TRUE or FALSE cell, or an error one.
func (s *xlsSheet) readBoolErr(d []byte) error {
	if len(d) < 8 {
		return errBIFF
	}
	if d[7] == 0 {
		s.add(d, xlsBool, float64(min(d[6], 1)), "")
		return nil
	}
	s.add(d, xlsFault, 0, xlsErrorText(d[6]))
	return nil
}

// xlsErrorText is the text Excel shows for an error code.
func xlsErrorText(code byte) string {
	switch code {
	case 0x00:
		return "#NULL!"
	case 0x07:
		return "#DIV/0!"
	case 0x0F:
		return "#VALUE!"
	case 0x17:
		return "#REF!"
	case 0x1D:
		return "#NAME?"
	case 0x24:
		return "#NUM!"
	}
	return "#N/A"
}

// readFormula reads a formula cell's saved result ([MS-XLS] 2.5.133): a
// number, or a tag saying that it is a string (in the STRING record that
// follows), a boolean, an error or an empty string.
func (s *xlsSheet) readFormula(d []byte) error {
	if len(d) < 14 {
		return errBIFF
	}
	res := d[6:14]
	s.results = s.results || res[6] != 0xFF || res[7] != 0xFF || res[0] != 0x03
	if res[6] != 0xFF || res[7] != 0xFF {
		s.add(d, xlsNumber, math.Float64frombits(binary.LittleEndian.Uint64(res)), "")
		return nil
	}
	switch res[0] {
	case 0x00:
		s.add(d, xlsText, 0, "") // the text is in the STRING record next
	case 0x01:
		s.add(d, xlsBool, float64(min(res[2], 1)), "")
	case 0x02:
		s.add(d, xlsFault, 0, xlsErrorText(res[2]))
	case 0x03:
		s.add(d, xlsNoResult, 0, "") // shown empty, unless no formula was worked out (unsaved)
	}
	return nil
}

// unsaved takes the formulas that saved an empty string out of the
// sheet's cells, which then show them empty, and returns where they are
// when their results were never worked out: the workbook names no engine
// that calculated it (RECALCID, which Excel and LibreOffice write) and no
// formula of the sheet saved another result, as xlwt saves a workbook.
// Excel works such formulas out on opening; read as empty cells, their
// values were left out without a word.
func (s *xlsSheet) unsaved(calculated bool) []cellAt {
	var at []cellAt
	kept := s.cells[:0]
	for _, c := range s.cells {
		if c.value != xlsNoResult {
			kept = append(kept, c)
		} else if !calculated && !s.results {
			at = append(at, cellAt{c.row, c.col})
		}
	}
	s.cells = kept
	return at
}

// readString reads the text a string formula returned into the formula's
// cell, the last one read.
func (s *xlsSheet) readString(rec biffRecord) error {
	r := &biffReader{parts: rec.parts}
	text, err := r.str(2)
	if err != nil {
		return err
	}
	if n := len(s.cells); n > 0 && s.cells[n-1].value == xlsText && s.cells[n-1].text == "" {
		s.cells[n-1].text = text
	}
	return nil
}

// readMerges reads a MERGEDCELLS record.
func (s *xlsSheet) readMerges(d []byte) error {
	if len(d) < 2 {
		return errBIFF
	}
	n := int(binary.LittleEndian.Uint16(d))
	if len(d) < 2+8*n {
		return errBIFF
	}
	for i := range n {
		p := d[2+8*i:]
		s.merges = append(s.merges, xlsRange{
			r1: int(binary.LittleEndian.Uint16(p)), r2: int(binary.LittleEndian.Uint16(p[2:])),
			c1: int(binary.LittleEndian.Uint16(p[4:])), c2: int(binary.LittleEndian.Uint16(p[6:])),
		})
	}
	return nil
}
