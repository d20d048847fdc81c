package importer

import (
	"bytes"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// westernEncoding is the one-byte encoding of a Western text file that is
// neither UTF-8 nor Chinese: Mac Roman, what Excel for Mac writes as "CSV"
// and "CSV (Macintosh)", when more of the file's bytes from 0x80 up read
// as a letter within a word in it than in Windows-1252, or as many and
// the lines end in a CR alone, as that Excel ends them; else
// Windows-1252. Each puts the other's accented letters on symbols: Mac
// Roman's Café (é is 0x8E) reads CafŽ in Windows-1252, whose Müller
// (ü is 0xFC) reads M¸ller in Mac Roman.
func westernEncoding(b []byte) (*charmap.Charmap, string) {
	win, mac := 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		var prev, next byte
		if i > 0 {
			prev = b[i-1]
		}
		if i+1 < len(b) {
			next = b[i+1]
		}
		if letterInWord(charmap.Windows1252.DecodeByte(c), prev, next) {
			win++
		}
		if letterInWord(charmap.Macintosh.DecodeByte(c), prev, next) {
			mac++
		}
	}
	if mac > win || mac > 0 && mac == win && loneCRs(b) {
		return charmap.Macintosh, "macintosh"
	}
	return charmap.Windows1252, "windows-1252"
}

// letterInWord reports whether r, between the bytes prev and next, reads
// as part of a word: a cased letter beside an ASCII letter, not a capital
// straight after a small letter (the Ž of CafŽ), or an apostrophe ’
// between two letters (don’t), which is Windows-1252's 0x92 and Mac
// Roman's í.
func letterInWord(r rune, prev, next byte) bool {
	if r == '’' {
		return asciiLetter(prev) && asciiLetter(next)
	}
	if !unicode.IsLower(r) && !unicode.IsUpper(r) {
		return false
	}
	if unicode.IsUpper(r) && prev >= 'a' && prev <= 'z' {
		return false
	}
	return asciiLetter(prev) || asciiLetter(next)
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// loneCRs reports whether b ends its lines in a CR alone: it has a CR and
// no LF.
func loneCRs(b []byte) bool {
	return bytes.IndexByte(b, '\r') >= 0 && bytes.IndexByte(b, '\n') < 0
}
