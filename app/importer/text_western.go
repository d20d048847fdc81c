package importer

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// westernCharsets are the one-byte encodings of Western text files, in
// the order that breaks ties: Windows-1252, what Excel and WPS write on
// Western Windows; Mac Roman, what Excel for Mac writes as "CSV" and "CSV
// (Macintosh)"; and DOS's code page 858 (850 with €), what Excel writes as
// "CSV (MS-DOS)".
var westernCharsets = []struct {
	charmap *charmap.Charmap
	name    string
}{
	{charmap.Windows1252, "windows-1252"},
	{charmap.Macintosh, "macintosh"},
	{charmap.CodePage858, "ibm858"},
}

// westernEncoding is the one-byte encoding of a Western text file that is
// neither UTF-8 nor Chinese: the one of westernCharsets in which most of
// the file's bytes from 0x80 up read as a letter within a word, the first
// of those that tie, except that Mac Roman wins a tie with Windows-1252
// when the lines end in a CR alone, as Excel for Mac ends them. Each puts
// the others' accented letters on symbols: Mac Roman's Café (é is 0x8E)
// reads CafŽ in Windows-1252, whose Müller (ü is 0xFC) reads M¸ller in Mac
// Roman and M³ller in DOS's, whose ü, 0x81, Windows-1252 leaves undefined.
func westernEncoding(b []byte) (*charmap.Charmap, string) {
	scores := make([]int, len(westernCharsets))
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
		for k, cs := range westernCharsets {
			if readsInWord(cs.charmap, c, prev, next) {
				scores[k]++
			}
		}
	}
	best := 0
	for k := 1; k < len(scores); k++ {
		if scores[k] > scores[best] || k == 1 && scores[k] > 0 && scores[k] == scores[0] && loneCRs(b) {
			best = k
		}
	}
	return westernCharsets[best].charmap, westernCharsets[best].name
}

// readsInWord reports whether byte c, between the bytes prev and next,
// reads in cm as part of a word: a letter in it (letterInWord), or a
// curly quote or a dash at a word's edge, as “Gold” is quoted. Each
// encoding reads the others' quotes as letters (Windows-1252's “ is Mac
// Roman's ì, Mac Roman's “ Windows-1252's Ò): typed in Word and pasted
// into Excel, quotes outnumbered a file's accented letters, and Café
// “Central” read as Mac Roman, CafÈ ìCentralî.
func readsInWord(cm *charmap.Charmap, c, prev, next byte) bool {
	r := cm.DecodeByte(c)
	if strings.ContainsRune("“”‘„‚–—", r) {
		return wordByte(prev) != wordByte(next)
	}
	return letterInWord(r, prev, next)
}

// wordByte reports whether c may be part of a word: an ASCII letter, or a
// byte from 0x80 up, a letter in some one-byte encoding.
func wordByte(c byte) bool {
	return asciiLetter(c) || c >= 0x80
}

// letterInWord reports whether r, between the bytes prev and next, reads
// as part of a word: a cased letter beside an ASCII letter, a capital only
// first in a word or among capitals (not the Ž of CafŽ, nor the Å of DOS's
// Müller read as Mac Roman, MÅller), or an apostrophe ’ between two
// letters (don’t), which is Windows-1252's 0x92 and Mac Roman's í.
func letterInWord(r rune, prev, next byte) bool {
	if r == '’' {
		return asciiLetter(prev) && asciiLetter(next)
	}
	if !unicode.IsLower(r) && !unicode.IsUpper(r) {
		return false
	}
	if unicode.IsUpper(r) && (asciiLower(prev) || asciiLetter(prev) && asciiLower(next)) {
		return false
	}
	return asciiLetter(prev) || asciiLetter(next)
}

// asciiLower reports whether c is a small ASCII letter.
func asciiLower(c byte) bool {
	return c >= 'a' && c <= 'z'
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
