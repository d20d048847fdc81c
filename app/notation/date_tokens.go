package notation

import (
	"strconv"
	"strings"
)

// tokenKind is what a piece of a date is.
type tokenKind int

// The kinds of date tokens. The tokenizer makes every number a tokNumber;
// a date's shape tells them apart by their digits.
const (
	tokNumber  tokenKind = iota + 1 // a number; in a shape, of one or two digits
	tokYear                         // in a shape: a four-digit number
	tokCompact                      // in a shape: an eight-digit number, 20230131
	tokWord                         // Latin letters; in a shape, a month name
	tokQ                            // the Q of "Q1"
	tokNian                         // 年, year
	tokYue                          // 月, month
	tokRi                           // 日 or 号, day
	tokJi                           // 季, quarter
	tokDi                           // 第, the ordinal of 第一季度
	tokQi                           // 期, an accounting period: 2023年第1期
	tokH                            // the H of "H1", a half-year
	tokCai                          // 财 of 财年, a fiscal year: 2023财年
)

// dateToken is a piece of a date: a number, a word, or a marker.
type dateToken struct {
	kind   tokenKind
	num    int
	digits int // digits in a number
	word   string
}

// importAtoi reads ASCII digits that have been checked.
func importAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dateMarkers are the Chinese markers of a date's parts; 号 is a
// colloquial 日.
var dateMarkers = map[rune]tokenKind{'年': tokNian, '月': tokYue, '日': tokRi, '号': tokRi, '季': tokJi, '第': tokDi, '期': tokQi,
	'财': tokCai}

// importTokenize splits a date into numbers, words and markers. Separators (-
// / . , space) are dropped; dots reports whether a dot separated numbers.
// 度 and 季度's 度 are dropped too.
func importTokenize(s string) (toks []dateToken, dots bool, ok bool) {
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		n, tok := readDateToken(rs, i)
		switch {
		case n == 0:
			return nil, false, false
		case tok.kind != 0:
			toks = append(toks, tok)
		case rs[i] == '.':
			dots = true
		}
		i += n
	}
	return toks, dots, true
}

// readDateToken reads the token that starts at rs[i]: n runes long, 0 for
// a rune no date has; a separator is a token of kind 0.
func readDateToken(rs []rune, i int) (n int, tok dateToken) {
	r := rs[i]
	if k, ok := dateMarkers[r]; ok {
		return 1, dateToken{kind: k}
	}
	if k := periodLetter(rs, i); k != 0 {
		return 1, dateToken{kind: k}
	}
	if isChineseNumeral(r) {
		j := runEnd(rs, i, isChineseNumeral)
		if tok, ok := readChineseNumber(rs[i:j]); ok {
			return j - i, tok
		}
		return 0, dateToken{}
	}
	switch {
	case isDigit(r):
		j := runEnd(rs, i, isDigit)
		if j-i > 8 {
			return 0, dateToken{}
		}
		v, _ := strconv.Atoi(string(rs[i:j]))
		return j - i, dateToken{kind: tokNumber, num: v, digits: j - i}
	case isWordLetter(r):
		j := runEnd(rs, i, isWordLetter)
		return j - i, dateToken{kind: tokWord, word: string(rs[i:j])}
	case strings.ContainsRune("度-/,. ", r):
		return 1, dateToken{}
	}
	return 0, dateToken{}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// runEnd is the index after the run of runes from rs[i] that are all is.
func runEnd(rs []rune, i int, is func(rune) bool) int {
	for i < len(rs) && is(rs[i]) {
		i++
	}
	return i
}
