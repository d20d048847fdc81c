package app

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Longest short names: in characters for Latin text, in characters for
// Chinese, which says as much in fewer.
const (
	shortNameLatin   = 40
	shortNameChinese = 16
)

// leadingYear matches a year phrase that opens a title: "In 2023, ",
// "For FY2024: ", "2023: ", "2023年", "2023年度，", "在2023年".
var leadingYear = regexp.MustCompile(`^(?i:(?:in|for|by|during)\s+)?(?:FY\s?)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?(?:\s*(?:年度|年))?[\s,:;，：；、]*|^在(?:19|20)\d\d年度?[\s，、]*`)

// ShortName is a goal's name for file names and tight places, taken from
// its title: without a leading year phrase ("In 2023," or "2023年"), up to
// the end of its first clause, and cut at a word (or, in Chinese, at a
// character) within about 40 Latin or 16 Chinese characters, never inside
// a word or a number. "In 2023, raise North-America sales by 20%, every
// quarter…" is "Raise North-America sales by 20%"; "2023年北美地区销售额
// 提升20%，每季度…" is "北美地区销售额提升20%". A title that is only a year
// keeps it.
func ShortName(title string) string {
	title = strings.Join(strings.Fields(title), " ")
	s := leadingYear.ReplaceAllString(title, "")
	if strings.TrimSpace(s) == "" {
		s = title
	}
	s = firstClause(s)
	s = CutAtBoundary(s, shortLimit(s))
	s = strings.TrimRight(s, " ,.;:-–—，。；：、（(")
	if r, n := utf8.DecodeRuneInString(s); r != utf8.RuneError && unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// firstClause is s up to its first comma, semicolon, colon or bracket
// (Latin or Chinese), if what comes before says something. A comma
// between digits groups them ("12,000,000"): the clause goes on.
func firstClause(s string) string {
	i := clauseEnd(s)
	if i < 0 {
		return s
	}
	if head := strings.TrimSpace(s[:i]); utf8.RuneCountInString(head) >= 6 {
		return head
	}
	return s
}

// clauseEnd is the index of s's first clause mark, or -1.
func clauseEnd(s string) int {
	for i, r := range s {
		if !strings.ContainsRune(",;:(，；：（", r) {
			continue
		}
		if r == ',' && i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) {
			continue
		}
		return i
	}
	return -1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// shortLimit is the length of a short name: fewer characters for text
// that is mostly Chinese.
func shortLimit(s string) int {
	han, all := 0, 0
	for _, r := range s {
		all++
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han*2 >= all {
		return shortNameChinese
	}
	return shortNameLatin
}

// CutAtBoundary shortens s to at most limit characters where a word ends
// (at a space, after a hyphen or a dash) or, in Chinese, between
// characters, never inside a Latin word or a number (with its Chinese
// magnitude: 1,200万); a first word longer
// than limit is kept whole. It adds no ellipsis.
func CutAtBoundary(s string, limit int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= limit {
		return string(r)
	}
	for i := limit; i > 0; i-- {
		if canCut(r, i) {
			return strings.TrimSpace(string(r[:i]))
		}
	}
	for i := limit + 1; i < len(r); i++ {
		if canCut(r, i) {
			return strings.TrimSpace(string(r[:i]))
		}
	}
	return string(r)
}

// canCut reports whether r may be cut before index i.
func canCut(r []rune, i int) bool {
	a, b := r[i-1], r[i]
	switch {
	case unicode.IsSpace(b), unicode.IsSpace(a):
		return true
	case strings.ContainsRune("-–—/", a):
		return true
	case wordRune(a) && wordRune(b):
		return false
	case unicode.IsDigit(a) && strings.ContainsRune("万亿千百", b):
		return false // "1,200万" is one number: "1,200" would be another
	}
	return unicode.Is(unicode.Han, a) || unicode.Is(unicode.Han, b)
}

// wordRune is a letter or digit of a Latin word or a number.
func wordRune(r rune) bool {
	return r < unicode.MaxLatin1 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".%+'", r))
}
