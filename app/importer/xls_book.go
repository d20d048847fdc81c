package importer

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The BIFF versions and substream types of a BOF record.
const (
	biff8Version  = 0x0600
	biffGlobals   = 0x0005
	biffWorksheet = 0x0010
)

// errOldBIFF is a workbook older than BIFF8: Excel 95 or before.
var errOldBIFF = errors.New("workbook older than Excel 97")

// errEncrypted is a workbook protected by a password.
var errEncrypted = errors.New("workbook is encrypted")

// errTooManyStrings is a workbook with more than xlsMaxStrings texts.
var errTooManyStrings = errors.New("workbook has too many texts")

// xlsMaxStrings bounds the shared strings kept, twice the cells a sheet
// may have (xlsMaxCells): a stream of empty strings would otherwise keep
// a string header for each three bytes. xlsMaxXFs bounds the cell formats
// and sheets; Excel allows 4,000 formats and 255 sheets.
const (
	xlsMaxStrings = 2 * xlsMaxCells
	xlsMaxXFs     = 1 << 16
)

// xlsBook is what the globals substream of a BIFF8 workbook says that
// reading a sheet needs.
type xlsBook struct {
	stream []byte
	sheets []xlsSheetEntry
	// tabs counts the sheets of every type, and activeTab is the one
	// Excel opens on, as WINDOW1 numbers it.
	tabs, activeTab int
	date1904        bool
	strings         []string
	// formats are the number format codes the workbook defines by ID, and
	// xfFormats the number format ID of each cell format (XF), in order.
	formats   map[int]string
	xfFormats []int
	// calculated is set by a RECALCID record: an engine worked the
	// workbook's formulas out.
	calculated bool
}

// xlsSheetEntry is a worksheet of the workbook.
type xlsSheetEntry struct {
	name   string
	offset int
	hidden bool
	tab    int
}

// readXLSBook reads the globals substream at the start of a BIFF8 stream.
func readXLSBook(stream []byte) (*xlsBook, error) {
	b := &xlsBook{stream: stream, formats: map[int]string{}}
	first := true
	err := biffRecords(stream, 0, func(rec biffRecord) error {
		if first {
			first = false
			return checkBOF(rec, biffGlobals)
		}
		if err := b.read(rec); err != nil {
			return fmt.Errorf("record %#04x: %w", rec.id, err)
		}
		return nil
	})
	if err == nil && first {
		err = errBIFF
	}
	return b, err
}

// checkBOF checks that rec is the BOF of a BIFF8 substream of type dt; a
// BIFF5 or older one is errOldBIFF.
func checkBOF(rec biffRecord, dt int) error {
	switch rec.id {
	case 0x0009, 0x0209, 0x0409: // the BOF of BIFF2, 3 and 4
		return errOldBIFF
	case biffBOF:
	default:
		return errBIFF
	}
	d := rec.data()
	if len(d) < 4 {
		return errBIFF
	}
	if binary.LittleEndian.Uint16(d) < biff8Version {
		return errOldBIFF
	}
	if int(binary.LittleEndian.Uint16(d[2:])) != dt {
		return fmt.Errorf("substream type %#04x: %w", binary.LittleEndian.Uint16(d[2:]), errBIFF)
	}
	return nil
}

// read takes in one record of the globals.
func (b *xlsBook) read(rec biffRecord) error {
	d := rec.data()
	switch rec.id {
	case biffFilePass:
		return errEncrypted
	case biffDateMode:
		b.date1904 = len(d) >= 2 && binary.LittleEndian.Uint16(d) == 1
	case biffWindow1:
		if len(d) >= 12 {
			b.activeTab = int(binary.LittleEndian.Uint16(d[10:]))
		}
	case biffBoundSheet:
		return b.readSheet(rec)
	case biffFormat:
		return b.readFormat(rec)
	case biffXF:
		if len(d) < 4 {
			return errBIFF
		}
		if len(b.xfFormats) < xlsMaxXFs {
			b.xfFormats = append(b.xfFormats, int(binary.LittleEndian.Uint16(d[2:])))
		}
	case biffSST:
		return b.readSST(rec)
	case biffRecalcID:
		b.calculated = true
	}
	return nil
}

// readSheet reads a BOUNDSHEET record. Only worksheets are kept: chart
// and macro sheets hold no table.
func (b *xlsBook) readSheet(rec biffRecord) error {
	d := rec.data()
	if len(d) < 8 {
		return errBIFF
	}
	r := &biffReader{parts: [][]byte{d[6:]}}
	name, err := r.str(1)
	if err != nil {
		return err
	}
	b.tabs++
	if b.tabs > xlsMaxXFs {
		return fmt.Errorf("%d sheets: %w", b.tabs, errBIFF)
	}
	if d[5] != 0 {
		return nil
	}
	b.sheets = append(b.sheets, xlsSheetEntry{
		name:   name,
		offset: int(binary.LittleEndian.Uint32(d)),
		hidden: d[4]&0x03 != 0,
		tab:    b.tabs - 1,
	})
	return nil
}

// readFormat reads a FORMAT record: a number format code and its ID.
func (b *xlsBook) readFormat(rec biffRecord) error {
	r := &biffReader{parts: rec.parts}
	id, err := r.uint16()
	if err != nil {
		return err
	}
	code, err := r.str(2)
	if err != nil {
		return err
	}
	b.formats[id] = code
	return nil
}

// readSST reads the shared strings, which LABELSST cells point to. The
// count the record claims is not trusted to size anything: each string
// takes at least three bytes of the record, so the strings read are
// bounded by the stream's size.
func (b *xlsBook) readSST(rec biffRecord) error {
	r := &biffReader{parts: rec.parts}
	if _, err := r.uint32(); err != nil {
		return err
	}
	n, err := r.uint32()
	if err != nil {
		return err
	}
	for range n {
		if !r.advance() {
			break // fewer strings than counted: the cells will tell
		}
		if len(b.strings) >= xlsMaxStrings {
			return errTooManyStrings
		}
		s, err := r.str(2)
		if err != nil {
			return fmt.Errorf("shared string %d: %w", len(b.strings), err)
		}
		b.strings = append(b.strings, s)
	}
	return nil
}

// active is the index in sheets of the sheet Excel opens on, or -1 when
// that is no worksheet.
func (b *xlsBook) active() int {
	for i, s := range b.sheets {
		if s.tab == b.activeTab {
			return i
		}
	}
	return -1
}
