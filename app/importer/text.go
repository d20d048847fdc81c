package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// importReadText decodes and splits a text file.
func importReadText(b []byte) (Table, error) {
	s, enc := decodeText(b)
	s = crLineEnds(dosEnd(s))
	sep := sniffSeparator(s)
	rows, err := importSplitText(s, sep)
	if err != nil {
		return Table{}, err
	}
	return Table{Rows: rows, Encoding: enc, Separator: sep}, nil
}

// dosEnd is s without the Ctrl-Z (U+001A) that ends it, DOS's
// end-of-file mark, which old POS and accounting programs still append:
// read as text it made a row of its own, refused as "" not a date, or
// stuck to the last value. Only Ctrl-Zs and spaces may follow the first.
func dosEnd(s string) string {
	i := strings.IndexByte(s, 0x1A)
	if i < 0 || strings.Trim(s[i:], "\x1a \t\r\n") != "" {
		return s
	}
	return s[:i]
}

// decodeText turns a text file into a string, finding its encoding:
//   - a byte-order mark decides: UTF-8, or UTF-16 little- or big-endian
//     (Excel's "Unicode text");
//   - without one, UTF-16 is recognised by its zero bytes: every other
//     byte of ASCII text is zero;
//   - valid UTF-8 is UTF-8;
//   - otherwise GBK, what Excel and WPS write on Simplified Chinese
//     Windows, when the whole file decodes as GBK, or GB18030 when it also
//     holds GB18030's four-byte sequences; or Big5, what they write on
//     Traditional Chinese Windows, when the file decodes as Big5 and its
//     characters are Big5's frequent ones more than GBK's (decodeChinese);
//     failing that Windows-1252, what they write on Western Windows (it
//     decodes any byte), or Mac Roman, what Excel for Mac writes, or DOS's
//     code page 858, what "CSV (MS-DOS)" writes, when the file's accented
//     letters read as letters in it (westernEncoding).
func decodeText(b []byte) (string, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(b[3:]), "utf-8-bom"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b), "utf-16le"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b), "utf-16be"
	}
	if le, ok := utf16Zeros(b); ok {
		if le {
			return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b), "utf-16le"
		}
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b), "utf-16be"
	}
	if utf8.Valid(b) {
		return string(b), "utf-8"
	}
	if s, ok := mostlyUTF8(b); ok {
		return s, "utf-8"
	}
	if s, enc, ok := decodeChinese(b); ok {
		return s, enc
	}
	cm, enc := westernEncoding(b)
	return decodeWith(cm, b), enc
}

// mostlyUTF8 decodes b as UTF-8 when it is UTF-8 text with a few stray
// bytes of another encoding, as a Windows-1252 "Caf\xe9" pasted into a
// file of Chinese names: at least 8 well-formed multi-byte characters and
// at most one stray byte for four of them. Each stray byte is read as
// Windows-1252, so that one foreign word does not turn every Chinese name
// of the file into mojibake. GBK text makes far more stray bytes than
// well-formed characters, and Windows-1252 text none of the latter.
func mostlyUTF8(b []byte) (string, bool) {
	multi, stray := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			stray++
		case n > 1:
			multi++
		}
		i += n
	}
	if multi < 8 || stray*4 > multi {
		return "", false
	}
	var out strings.Builder
	out.Grow(len(b) + stray)
	dec := charmap.Windows1252.NewDecoder()
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			ch, _ := dec.Bytes(b[i : i+1])
			out.Write(ch)
		} else {
			out.Write(b[i : i+n])
		}
		i += n
	}
	return out.String(), true
}

// crLineEnds turns the lone CR line ends of an old-Mac text file (Excel's
// "CSV (Macintosh)") into LF, which encoding/csv ends lines with; it would
// read the whole file as one row. A file is taken to end its lines with CR
// when it has a CR, no CRLF, and no LF outside quoted fields (a cell with a
// line break holds one). CRs inside quoted fields are kept. Any other file
// is returned as it is.
func crLineEnds(s string) string {
	if !strings.Contains(s, "\r") || strings.Contains(s, "\r\n") {
		return s
	}
	b := []byte(s)
	quoted := false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case quoted && c == '"' && i+1 < len(b) && b[i+1] == '"':
			i++ // a doubled quote stands for one
		case c == '"':
			quoted = !quoted && quoteOpens(b, i)
		case quoted:
		case c == '\n':
			return s
		case c == '\r':
			b[i] = '\n'
		}
	}
	return string(b)
}

// quoteOpens reports whether the quote at b[i] starts a quoted field, as it
// does first in a field; elsewhere, as the inch mark of 12" pipe, it is
// text. Any separator counts, as the separator is not known yet.
func quoteOpens(b []byte, i int) bool {
	return i == 0 || strings.IndexByte(",;\t\r\n", b[i-1]) >= 0
}

// gbkLikely reports whether b's non-ASCII bytes pair up as Chinese text
// does in GBK: a lead byte and a trail byte both from 0x81 up, at least
// four pairs in five; a GB18030 four-byte sequence (lead, digit, lead,
// digit) counts as a pair, and four reports whether there is one. Western
// text in Windows-1252 also decodes as GBK, but its accented letters are
// followed by ASCII ("Müller": ü, l).
func gbkLikely(b []byte) (likely, four bool) {
	high, low := 0, 0
	for i := 0; i < len(b); i++ {
		if b[i] < 0x81 || b[i] == 0xFF {
			continue
		}
		switch {
		case i+3 < len(b) && isDigit(b[i+1]) && b[i+2] >= 0x81 && b[i+2] != 0xFF && isDigit(b[i+3]):
			high++
			four = true
			i += 2
		case i+1 < len(b) && b[i+1] >= 0x81:
			high++
		default:
			low++
		}
		i++
	}
	return high > 0 && low*4 <= high, four
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool {
	return c >= '0' && c <= '9'
}

// decodeWith decodes b, replacing what does not decode.
func decodeWith(e encoding.Encoding, b []byte) string {
	s, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	}
	return string(s)
}

// utf16Zeros reports whether the first bytes of b look like UTF-16 without
// a byte-order mark: at least a third of the even (big-endian) or odd
// (little-endian) bytes are zero, and far fewer on the other side (where
// only characters such as U+9500 put one).
func utf16Zeros(b []byte) (littleEndian, ok bool) {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	switch half := n / 2; {
	case odd*3 >= half && even*4 < odd:
		return true, true
	case even*3 >= half && odd*4 < even:
		return false, true
	}
	return false, false
}

// importSeparators are the field separators sniffSeparator tries, in the
// order that breaks ties: a tab, semicolon or pipe that splits every line
// alike is meant, while commas also occur in numbers, as decimal commas or
// thousands (¥12,345.60 in a file of pipes, as accounting and till
// exports write them).
var importSeparators = []rune{'\t', ';', '|', ','}

// sniffSeparator finds the separator of a text table by looking at its
// first 50 records (split as importSplitText splits them, so importSeparators
// inside quoted fields do not count): the one that gives the most records with the same number of
// fields, at least two, wins; ties go by the order of importSeparators. A file of
// one column is read with commas.
func sniffSeparator(s string) rune {
	sample := s
	cut := len(s) > 64<<10
	if cut {
		sample = s[:64<<10]
	}
	best, bestScore := ',', 0
	for _, sep := range importSeparators {
		counts := map[int]int{}
		var last int
		for _, rec := range sniffRecords(sample, sep, 50) {
			last = len(rec)
			counts[len(rec)]++
		}
		if cut {
			counts[last]-- // the last record may be cut short
		}
		score := 0
		for fields, n := range counts {
			if fields >= 2 && n > score {
				score = n
			}
		}
		if score > bestScore {
			best, bestScore = sep, score
		}
	}
	return best
}
