package importer

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"pacer/app"
	"pacer/app/notation"
)

// ColumnScale is a value column whose header states the scale its values
// are written in (销售额(万元), "Revenue (in thousands)", "Sales ($000)"):
// each value is multiplied by Factor, 10 to the power Places, and the
// check says so before anything is written.
type ColumnScale struct {
	Column int    // 0-based
	Header string // the header's text
	Places int    // the power of ten: 4 for 万, 3 for thousands
	Factor int64  // 10,000 for 万, 1,000 for thousands
	// Stated is the text above the table that states the scale
	// ("单位：万元"), when the header states none.
	Stated string
	// Inherited is set when the column's own header does not state the
	// scale (its group's or the table's does), and Currency when the
	// unit that states it names a currency (万元, "USD thousands"): such
	// a scale is not a percent goal's, nor a money scale a count's.
	Inherited, Currency bool
}

// scaleWords are the words that state a scale in a unit part of a header
// (headerUnitParts), by power of ten. "k" alone counts only in brackets
// ("Sales (k)"), where a unit is written; "m" and "mm" only with a
// currency ("$m", "USD mm"), as they are metres and millimetres on their
// own ("Fabric sold (m)").
var scaleWords = map[string]int{
	"000": 3, "'000": 3, "000s": 3, "'000s": 3, "thousand": 3, "thousands": 3,
	"tsd": 3, "tausend": 3,
	"mn": 6, "mio": 6, "million": 6, "millions": 6,
	"bn": 9, "mrd": 9, "billion": 9, "billions": 9,
}

// scaleLetters are the scale words that count only in brackets or with a
// currency; scaleCurrencyOnly those that count only with a currency.
// German's T for Tausend counts only with a euro or a franc (T€, TEUR,
// TCHF): alone it is tonnes, and "$T" could be trillions.
var (
	scaleLetters      = map[string]int{"k": 3}
	scaleCurrencyOnly = map[string]int{"m": 6, "mm": 6}
	tausendCurrencies = []string{"€", "eur", "chf"}
)

// scaleCurrencies are the currency signs, names and codes written beside
// an English scale word ("$000", "€m", "dollars in thousands", "USD m"),
// a name before any shorter one it ends or starts with.
var scaleCurrencies = []string{"us$", "hk$", "nt$", "a$", "c$", "s$", "$", "€", "£", "¥", "￥",
	"u.s. dollars", "us dollars", "dollars", "dollar", "euros", "euro",
	"usd", "eur", "gbp", "rmb", "cny", "hkd", "twd", "jpy", "chf"}

// chineseScales are the Chinese scale words, longest first so that 百万
// is not read as 万, with their powers of ten.
var chineseScales = []struct {
	word   string
	places int
}{
	{"百万", 6}, {"百萬", 6}, {"千万", 7}, {"千萬", 7}, {"十万", 5}, {"十萬", 5},
	{"万", 4}, {"萬", 4}, {"亿", 8}, {"億", 8}, {"千", 3},
}

// chineseCurrencies are the currencies written after a Chinese scale word
// (万元, 千美元).
var chineseCurrencies = []string{"元", "美元", "港元", "港币", "港幣", "欧元", "歐元", "日元", "人民币", "人民幣",
	"台币", "台幣", "新台币", "新台幣", "块"}

// headerScale is the power of ten a value column's header states its
// values are written in, 0 when it states none. A scale counts only where
// a unit is written: in brackets ("销售额(万元)", "Sales ($000)", "(k)"),
// after a comma, slash or colon ("金额/千元", "Revenue, $m", "单位：万元"),
// after " in " ("Sales in thousands"), or, in Chinese, as the header's
// end with a currency ("销售额万元"). Words that only look like one are
// not read: "Sales m2", "Items (m²)", "Monthly", "重量(千克)", "(万分比)".
func headerScale(header string) int {
	h := strings.TrimSpace(header)
	if h == "" {
		return 0
	}
	for _, p := range headerUnitParts(h) {
		if places := unitPartScale(p.text, p.bracket); places > 0 {
			return places
		}
	}
	for _, s := range chineseScales {
		for _, c := range chineseCurrencies {
			if strings.HasSuffix(h, s.word+c) {
				return s.places
			}
		}
	}
	return 0
}

// unitPart is a part of a header where a unit may be written.
type unitPart struct {
	text    string
	bracket bool
}

// headerUnitParts are the parts of header h where a unit is written: what
// its brackets hold, what follows its last comma, slash or colon, what
// follows its last " in ", and its last word.
func headerUnitParts(h string) []unitPart {
	var parts []unitPart
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		rest := h
		for {
			_, after, ok := strings.Cut(rest, br[0])
			if !ok {
				break
			}
			inside, tail, ok := strings.Cut(after, br[1])
			if !ok {
				break
			}
			parts = append(parts, unitPart{inside, true})
			rest = tail
		}
	}
	if i := strings.LastIndexAny(h, ",，/／:："); i >= 0 {
		_, size := utf8.DecodeRuneInString(h[i:])
		parts = append(parts, unitPart{text: h[i+size:]})
	}
	lower := strings.ToLower(h)
	if i := strings.LastIndex(lower, " in "); i >= 0 {
		parts = append(parts, unitPart{text: h[i+len(" in "):]})
	}
	if f := strings.Fields(h); len(f) > 1 {
		parts = append(parts, unitPart{text: f[len(f)-1]})
	}
	return parts
}

// unitPartScale is the power of ten unit part p states, 0 for none;
// bracket is true when p was in brackets.
func unitPartScale(p string, bracket bool) int {
	p = strings.TrimSpace(p)
	for _, label := range []string{"单位", "單位"} {
		if rest, ok := strings.CutPrefix(p, label); ok {
			p = strings.TrimSpace(strings.TrimLeft(rest, ":："))
		}
	}
	if places := chineseUnitScale(p); places > 0 {
		return places
	}
	return wordScale(strings.ToLower(p), bracket)
}

// wordScale is the power of ten lower-case unit part w states in
// English or German: a scale word, with a currency before or after it or
// not ("000s", "$000", "usd m", "tsd. €", "teur"), as a phrase too ("$ in
// thousands", "dollars in thousands", "in millions of u.s. dollars"); 0
// for none.
func wordScale(w string, bracket bool) int {
	word, currency := trimCurrency(trimScalePhrase(w))
	word = trimScalePhrase(word)
	if places, ok := scaleWords[word]; ok {
		return places
	}
	if places, ok := scaleLetters[word]; ok && (bracket || currency != "") {
		return places
	}
	if places, ok := scaleCurrencyOnly[word]; ok && currency != "" {
		return places
	}
	if word == "t" && slices.Contains(tausendCurrencies, currency) {
		return 3
	}
	return 0
}

// trimScalePhrase takes off w the words a scale is phrased with, an "in"
// before it and an "of" after it ("in thousands of"), and a full stop.
func trimScalePhrase(w string) string {
	w = strings.TrimSuffix(strings.TrimSpace(w), ".")
	w = strings.TrimSpace(strings.TrimPrefix(w, "in "))
	return strings.TrimSpace(strings.TrimSuffix(w, " of"))
}

// trimCurrency takes a currency sign or code off the start or end of w
// ("$000", "m€", "usd m"); currency is the one it took, "" for none.
func trimCurrency(w string) (rest, currency string) {
	for _, c := range scaleCurrencies {
		if r, ok := strings.CutPrefix(w, c); ok && r != "" {
			return strings.TrimSpace(r), c
		}
		if r, ok := strings.CutSuffix(w, c); ok && r != "" {
			return strings.TrimSpace(r), c
		}
	}
	return w, ""
}

// chineseUnitScale is the power of ten of a Chinese unit part: a money
// unit (chineseMoneyScale), or for the scales of 10,000 up a scale word
// with a measure word (万人, 万件, 亿吨); 千克 and 千米 are units, not
// thousands, and 万分比 a ratio.
func chineseUnitScale(p string) int {
	if places := chineseMoneyScale(p); places > 0 {
		return places
	}
	for _, s := range chineseScales {
		rest, ok := strings.CutPrefix(p, s.word)
		if !ok {
			continue
		}
		if s.places >= 4 && !strings.HasPrefix(rest, "分") && allHan(rest) && utf8.RuneCountInString(rest) <= 3 {
			return s.places
		}
		return 0
	}
	return 0
}

// chineseCurrencyNames are the names of a currency written before or
// after a Chinese money unit (人民币万元, 万元人民币, 万元RMB), lower case.
var chineseCurrencyNames = []string{"人民币", "人民幣", "rmb", "cny"}

// chineseMoneyScale is the power of ten of a Chinese money unit: a scale
// word alone or with a currency (万, 万元, 千美元), the currency's name
// before or after it or not (人民币万元, 万元人民币, RMB万元), never a scale
// word and a name (万达集团) nor the name alone; 0 for any other text.
func chineseMoneyScale(u string) int {
	u = strings.ToLower(strings.TrimSpace(u))
	for _, c := range chineseCurrencyNames {
		if rest, ok := strings.CutPrefix(u, c); ok {
			u = strings.TrimSpace(rest)
		} else if rest, ok := strings.CutSuffix(u, c); ok {
			u = strings.TrimSpace(rest)
		}
	}
	for _, s := range chineseScales {
		if rest, ok := strings.CutPrefix(u, s.word); ok {
			if rest == "" || slices.Contains(chineseCurrencies, rest) {
				return s.places
			}
			return 0
		}
	}
	return 0
}

// allHan reports whether s is Chinese characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// columnScales are the scales the headers of the value columns of mapping
// m state, in column order (columnScale); none without a header.
func columnScales(t Table, m Mapping) []ColumnScale {
	if !m.SkipHeader || m.HeaderRow < 0 || m.HeaderRow >= len(t.Rows) {
		return nil
	}
	cols := []int{m.ValueColumn}
	if m.GoalColumn < 0 {
		cols = cols[:0]
		for _, s := range m.sources() {
			cols = append(cols, s.ValueColumn)
		}
	}
	slices.Sort(cols)
	h := headerScales{names: t.Rows[m.HeaderRow]}
	if m.HeaderRow > 0 && isGroupRow(t.Rows, m.HeaderRow-1) {
		h.groups = t.Rows[m.HeaderRow-1]
	}
	h.stated, h.statedPlaces = tableScale(t.Rows, m.HeaderRow, h.groups != nil)
	if unitRow(t, m) {
		var stated string
		if h.names, stated = withUnits(h.names, t.Rows[m.HeaderRow+1], m.DateColumn); stated != "" {
			h.stated, h.statedPlaces = stated, unitScale(stated)
		}
	}
	var out []ColumnScale
	for _, c := range slices.Compact(cols) {
		if s := h.columnScale(c); s.Places > 0 {
			out = append(out, s)
		}
	}
	return out
}

// dropUnusedScales keeps in the plan the scales that multiplied a value:
// the check says nothing of a table's 万元 over a column whose goals are
// all percent goals, which it spares.
func (pl *importPlanner) dropUnusedScales() {
	kept := pl.plan.Scales[:0]
	for i, s := range pl.plan.Scales {
		if pl.scaleUsed[i] {
			kept = append(kept, s)
		}
	}
	pl.plan.Scales = kept
}

// scaleValue is v times 10 to the power places, exactly as decimals
// multiply: the digits of v's shortest decimal form with the point moved,
// so that 12.345 × 10,000 is 123450, not 123449.99999999999.
func scaleValue(v float64, places int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	s := strconv.FormatFloat(v, 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	r, _ := strconv.ParseFloat(mant+"e"+strconv.Itoa(e+places), 64)
	return r
}

// scaled multiplies value v of goal g, read from text in column col, by
// its column's scale, but not by one its header does not state itself
// for a percent goal, nor by such a money scale for a count; a value the scale takes beyond what the goal can
// hold at its decimals is refused. A workbook cell whose format shows it
// divided, in thousands or in 万 (Cell.Scaled), holds the whole amount:
// the header's scale is what it shows, not what it holds, and multiplies
// nothing.
func (pl *importPlanner) scaled(g *app.Goal, col int, c Cell, v float64, text string) (float64, *app.Error) {
	i := slices.IndexFunc(pl.plan.Scales, func(s ColumnScale) bool { return s.Column == col })
	if i < 0 || c.Scaled {
		return v, nil
	}
	s := pl.plan.Scales[i]
	if s.Inherited && (g.Unit == app.UnitPercent || g.Unit == app.UnitCount && s.Currency) {
		return v, nil // a group's or a table's 万元 is not its shares' or its counts'
	}
	if (c.Kind == CellText || notation.Magnitude(text) > 0) && notation.StatesItsUnit(text) {
		// "1.2万", "¥12,000" or "12000元" under 销售额(万元): in full, or in
		// the header's unit? Refused rather than guessed: scaled, each read
		// 120,000,000.
		return 0, notation.ImportError(msgImportOwnUnit, nil, "Text", text, "Header", s.Header)
	}
	pl.scaleUsed[i] = true
	r := scaleValue(v, s.Places)
	if math.IsInf(r, 0) || math.Abs(r)*math.Pow10(g.Decimals) >= 1<<53 {
		return 0, notation.ImportError(msgImportScaledTooLarge, nil, "Text", text,
			"Factor", app.FormatValue(float64(s.Factor), 0, app.UnitCount, ""), "Header", s.Header, "Goal", g.Title)
	}
	return r, nil
}
