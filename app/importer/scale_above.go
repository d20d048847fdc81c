package importer

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headerScales is what states the scales of a table's value columns: its
// header row, the row of groups over it (nil when the header is one row)
// and a unit stated above the table for all its columns (tableScale).
type headerScales struct {
	names, groups []Cell
	stated        string
	statedPlaces  int
}

// columnScale is the scale of value column c: its own header's, or when
// that states no unit, the group's over it, as a ledger writes 收入(万元)
// once over 数量 and 金额, or else the one stated above the table
// ("单位：万元"). Read as yuan, those amounts were 10,000 times too small.
// A header that states a unit of its own (数量(件)) keeps it. Under a
// group the header names its group ("收入(万元) · 金额"), as the column
// list does.
func (h headerScales) columnScale(c int) ColumnScale {
	name := strings.TrimSpace(importCellText(rowCell(h.names, c)))
	s := ColumnScale{Column: c, Header: name, Places: headerScale(name)}
	if s.Places > 0 || ownUnit(name) {
		return s.withFactor()
	}
	if h.groups != nil {
		if group := groupOver(h.groups, h.names, c); group != "" {
			s.Header, s.Places = group+groupSeparator+name, headerScale(group)
			s.Inherited, s.Currency = true, namesCurrency(group)
			if s.Places > 0 || ownUnit(group) {
				return s.withFactor()
			}
		}
	}
	s.Places, s.Stated, s.Inherited, s.Currency = h.statedPlaces, h.stated, true, namesCurrency(h.stated)
	return s.withFactor()
}

// withFactor is s with Factor set from Places, and nothing else said of
// a scale of 1.
func (s ColumnScale) withFactor() ColumnScale {
	s.Factor = int64(math.Pow10(s.Places))
	if s.Places == 0 {
		s.Stated, s.Inherited, s.Currency = "", false, false
	}
	return s
}

// namesCurrency reports whether unit text t names a currency (万元,
// "$000", "USD thousands").
func namesCurrency(t string) bool {
	lower := strings.ToLower(t)
	for _, c := range append(slices.Clone(chineseCurrencies), scaleCurrencies...) {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// ownUnitWords are what a header's brackets hold, whole, when it states a
// unit of its own beside a scale stated over it: a measure, a currency
// in Chinese, a percent. A remark such as 销售额(含税) or 收入(软件) is none.
var ownUnitWords = []string{"元", "件", "个", "個", "人", "人次", "次", "台", "套", "箱", "吨", "噸", "千克", "公斤", "克",
	"米", "公里", "平方米", "笔", "筆", "户", "戶", "家", "天", "小时", "kg", "pcs", "units", "unit", "items"}

// ownUnit reports whether header h states a unit of its own: a scale, a
// percent in its brackets, or a unit word as all its brackets hold
// (数量(件), "Margin (%)", "Weight (kg)", 单价(单位：元)).
func ownUnit(h string) bool {
	if headerScale(h) > 0 {
		return true
	}
	for _, p := range headerUnitParts(h) {
		if !p.bracket {
			continue
		}
		t := strings.ToLower(strings.TrimSpace(p.text))
		for _, label := range []string{"单位", "單位"} {
			if rest, ok := strings.CutPrefix(t, label); ok {
				t = strings.TrimSpace(strings.TrimLeft(rest, ":："))
			}
		}
		if strings.ContainsAny(t, "%％") || slices.Contains(ownUnitWords, t) {
			return true
		}
	}
	return false
}

// tableScale is the scale a line above the table states for all its
// columns, with that cell's text: a report's "单位：万元" under its title,
// "金额单位：人民币万元", "Unit: USD thousands", "(in thousands)". Only
// the rows above header row r count, not its row of groups (grouped).
func tableScale(rows [][]Cell, r int, grouped bool) (string, int) {
	if grouped {
		r--
	}
	for _, row := range rows[:max(0, min(r, len(rows)))] {
		for _, c := range row {
			text := strings.TrimSpace(importCellText(c))
			if places := statedScale(text); places > 0 {
				return text, places
			}
		}
	}
	return "", 0
}

// unitLabels are the labels a unit is stated after, longest first.
var unitLabels = []string{"金额单位", "金額單位", "单位", "單位", "currency", "units", "unit"}

// statedScale is the power of ten a unit statement states: a unit label
// that starts a word (单位, not 填报单位 or 编制单位, whose company
// 万达集团 is no scale) and a colon before the unit ("单位：万元 币种：人民币",
// "2023年销售报表（单位：万元）"), or a whole cell in brackets ("(in
// thousands)"); 0 for any other text.
func statedScale(text string) int {
	inner, bracket := text, false
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if s, ok := strings.CutPrefix(text, br[0]); ok && strings.HasSuffix(s, br[1]) {
			inner, bracket = strings.TrimSuffix(s, br[1]), true
		}
	}
	lower := strings.ToLower(inner)
	for _, label := range unitLabels {
		for from := 0; ; {
			i := strings.Index(lower[from:], label)
			if i < 0 {
				break
			}
			i, from = from+i, from+i+len(label)
			rest := strings.TrimSpace(lower[from:])
			if !labelStarts(lower, i) || !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "：") {
				continue
			}
			if places := statedUnitScale(strings.TrimLeft(rest, ":： ")); places > 0 {
				return places
			}
		}
	}
	if bracket {
		return unitPartScale(inner, true)
	}
	return 0
}

// labelStarts reports whether the label at byte i of s starts a word:
// the text's start, or after a space or a mark.
func labelStarts(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// statedUnitScale is the power of ten of the unit after a label: up to
// the first mark or, in Chinese, space; a Chinese one only as a money
// unit (chineseMoneyScale: 万元, 人民币万元, 千美元), never 万 and a name.
func statedUnitScale(unit string) int {
	if i := strings.IndexAny(unit, "，,；;。()（）[]【】、"); i >= 0 {
		unit = unit[:i]
	}
	unit = strings.TrimSpace(unit)
	if !strings.ContainsFunc(unit, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return unitPartScale(unit, true)
	}
	words := strings.Fields(unit)
	if len(words) == 0 {
		return 0
	}
	return chineseMoneyScale(words[0])
}
