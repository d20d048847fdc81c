package importer

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// xlsFuzzSeeds are the .xls files of testdata/real whose workbook streams
// seed FuzzReadXLS: small ones, with dates, merges and the 1904 system.
var xlsFuzzSeeds = []string{"libreoffice_zh.xls", "libreoffice_merged_zh.xls", "libreoffice_formats_1904.xls"}

// FuzzReadXLS checks that the BIFF8 reader never panics on a workbook
// stream, and that what it reads is bounded by the stream: every cell
// and string it keeps comes from bytes of its own. Writing the .xlsx is
// left to FuzzReadTable's .xls seed: a zip a run makes fuzzing too slow.
func FuzzReadXLS(f *testing.F) {
	for _, file := range xlsFuzzSeeds {
		b, err := os.ReadFile(filepath.Join("testdata", "real", file))
		if err != nil {
			f.Fatal(err)
		}
		stream, err := xlsStream(b)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(stream)
	}
	f.Add(biffStream(biffRec(biffBOF, 0x00, 0x06, 0x05, 0x00), biffRec(biffSST, 1, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 'a'),
		biffRec(biffContinue, 1, 'b', 0, 'c', 0)))
	f.Fuzz(func(t *testing.T, stream []byte) {
		b, err := readXLSBook(stream)
		if err != nil {
			return
		}
		chars := 0
		for _, s := range b.strings {
			chars += len([]rune(s))
		}
		if chars > len(stream) || len(b.sheets) > len(stream)/8 {
			t.Fatalf("%d characters and %d sheets from %d bytes", chars, len(b.sheets), len(stream))
		}
		for _, sh := range b.sheets {
			s, err := readXLSSheet(b, sh.offset)
			if err == nil && len(s.cells) > len(stream)/2 {
				t.Fatalf("%d cells from %d bytes", len(s.cells), len(stream))
			}
		}
	})
}

// biffStream joins records into a workbook stream.
func biffStream(recs ...[]byte) []byte {
	var out []byte
	for _, r := range recs {
		out = append(out, r...)
	}
	return out
}

// biffRec is a record with its header.
func biffRec(id uint16, data ...byte) []byte {
	out := binary.LittleEndian.AppendUint16(nil, id)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(data)))
	return append(out, data...)
}
