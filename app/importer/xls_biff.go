package importer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf16"
)

// The BIFF8 records the .xls reader reads ([MS-XLS] 2.3). Every other
// record, charts, drawings and formulas' own tokens among them, is skipped.
const (
	biffFormula     = 0x0006
	biffEOF         = 0x000A
	biffDateMode    = 0x0022
	biffFilePass    = 0x002F
	biffContinue    = 0x003C
	biffWindow1     = 0x003D
	biffColInfo     = 0x007D
	biffBoundSheet  = 0x0085
	biffMulRK       = 0x00BD
	biffXF          = 0x00E0
	biffMergedCells = 0x00E5
	biffSST         = 0x00FC
	biffLabelSST    = 0x00FD
	biffNumber      = 0x0203
	biffLabel       = 0x0204
	biffBoolErr     = 0x0205
	biffString      = 0x0207
	biffRow         = 0x0208
	biffRK          = 0x027E
	biffRecalcID    = 0x01C1
	biffFormat      = 0x041E
	biffBOF         = 0x0809
)

// errBIFF is a malformed record: one shorter than its fields, or a string
// running past its records.
var errBIFF = errors.New("malformed BIFF record")

// biffRecord is one record of a workbook stream with the CONTINUE records
// that follow it, which carry the rest of a record longer than 8224 bytes:
// the shared strings, a long string formula result.
type biffRecord struct {
	id    uint16
	parts [][]byte
}

// data is the record's own part, without its continuations.
func (r biffRecord) data() []byte { return r.parts[0] }

// biffMaxParts bounds the CONTINUE records of one record: 65,536 parts of
// 8,224 bytes hold more than MaxImportBytes, so only a malformed stream
// of empty ones reaches it.
const biffMaxParts = 1 << 16

// biffRecords calls fn with each record of a workbook stream from offset
// on, up to the EOF record that ends a substream (or the stream's end).
// The records are slices of the stream, and only one is held at a time,
// so that a stream of millions of tiny records takes no memory of its own.
func biffRecords(stream []byte, offset int, fn func(biffRecord) error) error {
	if offset < 0 || offset > len(stream) {
		return fmt.Errorf("substream at %d: %w", offset, errBIFF)
	}
	for p := offset; p+4 <= len(stream); {
		rec, next, err := biffRecordAt(stream, p)
		if err != nil {
			return err
		}
		if err := fn(rec); err != nil {
			return err
		}
		if rec.id == biffEOF {
			return nil
		}
		p = next
	}
	return nil
}

// biffRecordAt is the record at p with its CONTINUE records, and the
// offset of the record after them.
func biffRecordAt(stream []byte, p int) (biffRecord, int, error) {
	rec := biffRecord{id: binary.LittleEndian.Uint16(stream[p:])}
	for {
		n := int(binary.LittleEndian.Uint16(stream[p+2:]))
		if p+4+n > len(stream) {
			return rec, 0, fmt.Errorf("record %#04x at %d: %w", rec.id, p, errBIFF)
		}
		if len(rec.parts) >= biffMaxParts {
			return rec, 0, fmt.Errorf("record %#04x continued too often: %w", rec.id, errBIFF)
		}
		rec.parts = append(rec.parts, stream[p+4:p+4+n])
		p += 4 + n
		if p+4 > len(stream) || binary.LittleEndian.Uint16(stream[p:]) != biffContinue {
			return rec, p, nil
		}
	}
}

// biffReader reads the fields of a record and of its continuations in
// order, as one run of bytes, except for a string's characters: those
// that go on in a CONTINUE record are preceded there by a new flags byte
// saying whether they are compressed ([MS-XLS] 2.5.293).
type biffReader struct {
	parts [][]byte
	part  int // the part being read
	at    int // the offset in it
}

// bytes reads the next n bytes, across continuations.
func (r *biffReader) bytes(n int) ([]byte, error) {
	out := make([]byte, 0, min(n, 64))
	for n > 0 {
		if !r.advance() {
			return nil, errBIFF
		}
		k := min(n, len(r.parts[r.part])-r.at)
		out = append(out, r.parts[r.part][r.at:r.at+k]...)
		r.at += k
		n -= k
	}
	return out, nil
}

// skip passes over the next n bytes, across continuations, without
// copying them: a rich text run list or a phonetic block can claim more
// than the record holds.
func (r *biffReader) skip(n int) error {
	for n > 0 {
		if !r.advance() {
			return errBIFF
		}
		k := min(n, len(r.parts[r.part])-r.at)
		r.at += k
		n -= k
	}
	return nil
}

// advance moves to the next part when the current one is read through;
// it reports whether there is a byte left to read.
func (r *biffReader) advance() bool {
	for r.part < len(r.parts) && r.at >= len(r.parts[r.part]) {
		r.part, r.at = r.part+1, 0
	}
	return r.part < len(r.parts)
}

func (r *biffReader) uint8() (int, error) {
	b, err := r.bytes(1)
	if err != nil {
		return 0, err
	}
	return int(b[0]), nil
}

func (r *biffReader) uint16() (int, error) {
	b, err := r.bytes(2)
	if err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint16(b)), nil
}

func (r *biffReader) uint32() (int, error) {
	b, err := r.bytes(4)
	if err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint32(b)), nil
}

// The flags of a BIFF8 string.
const (
	biffHighByte = 0x01 // characters are UTF-16LE, not compressed
	biffExtSt    = 0x04 // a phonetic (East Asian) block follows the characters
	biffRichSt   = 0x08 // formatting runs follow the characters
)

// str reads a BIFF8 unicode string ([MS-XLS] 2.5.293 XLUnicodeRichExtendedString)
// whose character count is lenBytes (1 or 2) bytes long. Its rich text runs
// and phonetic block are skipped: the text is what Excel shows.
func (r *biffReader) str(lenBytes int) (string, error) {
	var n int
	var err error
	if lenBytes == 1 {
		n, err = r.uint8()
	} else {
		n, err = r.uint16()
	}
	if err != nil {
		return "", err
	}
	flags, err := r.uint8()
	if err != nil {
		return "", err
	}
	runs, ext, err := r.strExtras(flags)
	if err != nil {
		return "", err
	}
	s, err := r.chars(n, flags&biffHighByte != 0)
	if err != nil {
		return "", err
	}
	if err := r.skip(4 * runs); err != nil {
		return "", err
	}
	return s, r.skip(ext)
}

// strExtras reads the counts a string's flags announce: its formatting
// runs and the size of its phonetic block.
func (r *biffReader) strExtras(flags int) (runs, ext int, err error) {
	if flags&biffRichSt != 0 {
		if runs, err = r.uint16(); err != nil {
			return 0, 0, err
		}
	}
	if flags&biffExtSt != 0 {
		if ext, err = r.uint32(); err != nil {
			return 0, 0, err
		}
	}
	return runs, ext, nil
}

// chars reads n characters of a string. Compressed characters are the low
// bytes of UTF-16 code units whose high byte is 0, that is Latin-1,
// whatever the workbook's code page: Excel and WPS store Chinese text as
// UTF-16, never as GBK bytes. Characters that go on in the next record
// start there with a flags byte of their own, which may switch between
// compressed and UTF-16.
func (r *biffReader) chars(n int, high bool) (string, error) {
	units := make([]uint16, 0, min(n, 4096))
	for len(units) < n {
		if r.part >= len(r.parts) {
			return "", errBIFF
		}
		b := r.parts[r.part][r.at:]
		if len(b) == 0 {
			r.part, r.at = r.part+1, 1
			if r.part >= len(r.parts) || len(r.parts[r.part]) == 0 {
				return "", errBIFF
			}
			high = r.parts[r.part][0]&biffHighByte != 0
			continue
		}
		want := n - len(units)
		if !high {
			k := min(want, len(b))
			for _, c := range b[:k] {
				units = append(units, uint16(c))
			}
			r.at += k
			continue
		}
		k := min(want, len(b)/2)
		if k == 0 {
			return "", errBIFF // half a character before the next record
		}
		for i := range k {
			units = append(units, binary.LittleEndian.Uint16(b[2*i:]))
		}
		r.at += 2 * k
	}
	return string(utf16.Decode(units)), nil
}

// rkNumber decodes an RK value ([MS-XLS] 2.5.217): a 30-bit integer or the
// high 30 bits of a float64, possibly divided by 100.
func rkNumber(rk uint32) float64 {
	var v float64
	if rk&0x02 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&0xFFFFFFFC) << 32)
	}
	if rk&0x01 != 0 {
		v /= 100
	}
	return v
}
