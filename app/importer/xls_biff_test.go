package importer

import (
	"errors"
	"slices"
	"testing"
)

// TestBIFFStringAcrossContinue reads a shared string whose characters go
// on in a CONTINUE record, switching from compressed to UTF-16 there, as
// Excel writes a Latin prefix followed by Chinese text.
func TestBIFFStringAcrossContinue(t *testing.T) {
	r := &biffReader{parts: [][]byte{
		{4, 0, 0x08, 1, 0, 'a', 'b'},            // 4 characters, rich with 1 run, compressed
		{1, 0x2D, 0x4E, 0x87, 0x65, 0, 0, 1, 0}, // UTF-16: 中文, then the run
	}}
	s, err := r.str(2)
	if err != nil || s != "ab中文" {
		t.Fatalf("str = %q, %v; want ab中文", s, err)
	}
	if _, err := r.str(2); !errors.Is(err, errBIFF) {
		t.Errorf("reading past the records: %v, want errBIFF", err)
	}
}

// TestBIFFRK checks the four kinds of RK numbers.
func TestBIFFRK(t *testing.T) {
	for rk, want := range map[uint32]float64{
		0x3FF00000: 1,      // float 1.0
		0x3FF00001: 0.01,   // float 1.0 / 100
		123<<2 | 2: 123,    // integer
		0xFFFFECBB: -12.34, // integer -1234 / 100
	} {
		if got := rkNumber(rk); got != want {
			t.Errorf("rkNumber(%#x) = %v, want %v", rk, got, want)
		}
	}
}

// TestXLSRefused checks the messages of a workbook Pacer cannot read.
func TestXLSRefused(t *testing.T) {
	bof := func(version uint16) []byte { return biffRec(biffBOF, byte(version), byte(version>>8), 0x05, 0x00) }
	for _, tc := range []struct {
		name   string
		stream []byte
		want   error
	}{
		{"Encrypted", biffStream(bof(0x0600), biffRec(biffFilePass, 1, 0), biffRec(biffEOF)), errEncrypted},
		{"BIFF5", biffStream(bof(0x0500), biffRec(biffEOF)), errOldBIFF},
		{"BIFF4", biffStream(biffRec(0x0409, 0, 0, 0x10, 0), biffRec(biffEOF)), errOldBIFF},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := readXLSBook(tc.stream); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// TestXLSFixtureCovers checks that libreoffice_many_zh.xls holds what
// TestXLSReadsAsXLSX is meant to cover: shared strings over CONTINUE
// records, a string formula's STRING record, a hidden sheet.
func TestXLSFixtureCovers(t *testing.T) {
	stream, err := xlsStream(readReal(t, "libreoffice_many_zh.xls"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range biffAll(t, stream, 0) {
		if r.id == biffSST && len(r.parts) < 2 {
			t.Errorf("shared strings in %d record(s), want CONTINUE records", len(r.parts))
		}
	}
	b, err := readXLSBook(stream)
	if err != nil || len(b.strings) < 4000 || len(b.sheets) != 3 || !b.sheets[2].hidden {
		t.Fatalf("book: %v, %d strings, sheets %v", err, len(b.strings), b.sheets)
	}
	if !slices.ContainsFunc(biffAll(t, stream, b.sheets[1].offset), func(r biffRecord) bool { return r.id == biffString }) {
		t.Errorf("sheet %s: no STRING record", b.sheets[1].name)
	}
}

// biffAll is the records of the substream at offset.
func biffAll(t *testing.T, stream []byte, offset int) []biffRecord {
	t.Helper()
	var recs []biffRecord
	if err := biffRecords(stream, offset, func(r biffRecord) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestXLSBounds checks that a malformed stream cannot make the reader
// hold a part for each of millions of empty records, nor a sheet more
// than xlsMaxCells cells.
func TestXLSBounds(t *testing.T) {
	recs := [][]byte{biffRec(biffBOF, 0, 6, 5, 0), biffRec(biffSST, 0, 0, 0, 0, 0, 0, 0, 0)}
	for range biffMaxParts {
		recs = append(recs, biffRec(biffContinue))
	}
	if _, err := readXLSBook(biffStream(recs...)); !errors.Is(err, errBIFF) {
		t.Errorf("%d empty CONTINUE records: %v, want errBIFF", biffMaxParts, err)
	}
	row := []byte{0, 0, 0, 0}
	for range 255 {
		row = append(row, 0, 0, 2, 0, 0, 0)
	}
	row = append(row, 254, 0)
	sheet := [][]byte{biffRec(biffBOF, 0, 6, 0x10, 0)}
	for range xlsMaxCells/255 + 1 {
		sheet = append(sheet, biffRec(biffMulRK, row...))
	}
	b := &xlsBook{stream: biffStream(sheet...)}
	if _, err := readXLSSheet(b, 0); !errors.Is(err, errTooManyCells) {
		t.Errorf("more than %d cells: %v, want errTooManyCells", xlsMaxCells, err)
	}
}
