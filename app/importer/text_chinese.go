package importer

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// big5MinScore is the least chineseScore a file must have to be read as
// Big5: Big5 text is mostly the standard's frequent characters and
// punctuation, while Western text that happens to decode as Big5 ("Äpfel")
// falls on its rarer ones.
const big5MinScore = 0.6

// decodeChinese decodes b as GBK or GB18030, what Excel and WPS write on
// Simplified Chinese Windows, or as Big5 (code page 950), what they write
// on Traditional Chinese Windows (Taiwan, Hong Kong); ok is false when b
// reads as neither. Big5 bytes mostly decode as GBK too, into rare
// characters, kana and Cyrillic, and GBK bytes as Big5 into rare ones:
// each standard ranks its characters in a frequent level and a rarer one,
// so the encoding in whose frequent characters more of b falls is taken
// (chineseScore), GBK on a tie. A GB18030 four-byte sequence, which Big5
// has not, decides for GB18030.
func decodeChinese(b []byte) (s, enc string, ok bool) {
	gbkText, gbkOK := "", false
	likely, four := gbkLikely(b)
	if likely {
		// GB18030 decodes GBK's bytes alike and adds four-byte sequences
		// for the rest of Unicode: LibreOffice writes ¥ as 81 30 84 36.
		gbkText, gbkOK = decodeStrict(simplifiedchinese.GB18030.NewDecoder().String, b)
		if gbkOK && four {
			return gbkText, "gb18030", true
		}
	}
	// Scored before decoding: a GBK file is not decoded twice.
	if score := chineseScore(b, big5Tier); score >= big5MinScore && big5Runs(b) &&
		(!gbkOK || score > chineseScore(b, gbkTier)) {
		if text, ok := decodeStrict(traditionalchinese.Big5.NewDecoder().String, b); ok {
			return text, "big5", true
		}
	}
	return gbkText, "gbk", gbkOK
}

// decodeStrict decodes b with decode, ok false when any byte does not
// decode.
func decodeStrict(decode func(string) (string, error), b []byte) (string, bool) {
	s, err := decode(string(b))
	if err != nil || strings.ContainsRune(s, utf8.RuneError) {
		return "", false
	}
	return s, true
}

// big5Runs reports whether b's non-ASCII bytes pair up as Chinese text
// does in Big5: a lead byte from 0x81 up and a trail byte (0x40–0x7E or
// 0xA1–0xFE), the pairs mostly side by side in words, at least three in
// four next to another. Windows-1252 text also pairs up when an accented
// capital meets a letter ("Äp"), but one such pair stands alone.
func big5Runs(b []byte) bool {
	pairs, joined, run := 0, 0, 0
	for i := 0; i <= len(b); i++ {
		if i == len(b) || b[i] < 0x80 {
			if run > 1 {
				joined += run
			}
			run = 0
			continue
		}
		if b[i] == 0x80 || b[i] == 0xFF || i+1 >= len(b) || !big5Trail(b[i+1]) {
			return false
		}
		pairs++
		run++
		i++
	}
	return pairs > 0 && joined*4 >= pairs*3
}

// big5Trail reports whether c can follow a Big5 lead byte.
func big5Trail(c byte) bool {
	return c >= 0x40 && c <= 0x7E || c >= 0xA1 && c <= 0xFE
}

// chineseScore is how much of b's double-byte characters falls in the
// frequent part of an encoding, between 0 and 1, each weighed by tier; a
// byte of 0x80 and up starts a character of two bytes, or of four in
// GB18030 (a digit second), which weighs 0.
func chineseScore(b []byte, tier func(lead, trail byte) float64) float64 {
	n, sum := 0, 0.0
	for i := 0; i < len(b); i++ {
		if b[i] < 0x80 {
			continue
		}
		n++
		switch {
		case i+1 >= len(b):
		case isDigit(b[i+1]):
			i += 3
		default:
			sum += tier(b[i], b[i+1])
			i++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// gbkTier weighs a GBK character: 1 for GB2312's punctuation, full-width
// forms and 3,755 frequent characters (level 1), 0.5 for its 3,008 rarer
// ones (level 2), 0 for the rest: kana, Greek, Cyrillic, box drawing,
// user-defined areas and GBK's extensions, where Big5 text falls.
func gbkTier(lead, trail byte) float64 {
	switch {
	case trail < 0xA1 || trail == 0xFF:
		return 0
	case lead >= 0xA1 && lead <= 0xA3, lead >= 0xB0 && lead <= 0xD7:
		return 1
	case lead >= 0xD8 && lead <= 0xF7:
		return 0.5
	}
	return 0
}

// big5Tier weighs a Big5 character: 1 for its punctuation and symbols
// (0xA140–0xA3BF) and 5,401 frequent characters (0xA440–0xC67E), 0.5 for
// its 7,652 rarer ones (0xC940–0xF9D5), 0 for the rest: Hong Kong's and
// the ETEN extensions, where GBK text falls.
func big5Tier(lead, trail byte) float64 {
	code := int(lead)<<8 | int(trail)
	switch {
	case !big5Trail(trail):
		return 0
	case code >= 0xA140 && code <= 0xA3BF, code >= 0xA440 && code <= 0xC67E:
		return 1
	case code >= 0xC940 && code <= 0xF9D5:
		return 0.5
	}
	return 0
}
