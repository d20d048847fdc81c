package importer

import (
	"math"
	"strings"
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
	if s.Places == 0 && !ownUnit(name) && h.groups != nil {
		if group := groupOver(h.groups, h.names, c); group != "" {
			s.Header, s.Places = group+groupSeparator+name, headerScale(group)
			if ownUnit(group) {
				return s.withFactor()
			}
		}
	}
	if s.Places == 0 && !ownUnit(name) {
		s.Places, s.Stated = h.statedPlaces, h.stated
	}
	return s.withFactor()
}

// withFactor is s with Factor set from Places.
func (s ColumnScale) withFactor() ColumnScale {
	s.Factor = int64(math.Pow10(s.Places))
	if s.Places == 0 {
		s.Stated = ""
	}
	return s
}

// unitWords are what a header's brackets hold when it states a unit of
// its own beside a scale stated for the whole table: a currency, a
// measure word, a percent.
var unitWords = []string{"%", "％", "元", "件", "个", "個", "人", "次", "台", "套", "箱", "吨", "噸", "克", "米",
	"$", "€", "£", "¥", "￥", "kg", "pcs", "units", "unit", "usd", "eur", "rmb", "cny"}

// ownUnit reports whether header h states a unit of its own: a scale, or
// a unit word in its brackets (数量(件), "Margin (%)"), not a remark such
// as 销售额(含税).
func ownUnit(h string) bool {
	if headerScale(h) > 0 {
		return true
	}
	for _, p := range headerUnitParts(h) {
		if !p.bracket {
			continue
		}
		lower := strings.ToLower(p.text)
		for _, w := range unitWords {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	return false
}

// tableScale is the scale a line above the table states for all its
// columns, with that cell's text: a report's "单位：万元" under its title,
// "金额单位：人民币万元", "Unit: USD thousands", "(in thousands)". Only
// the rows above header row r count, not its row of groups (grouped);
// a title that holds a scale word without a label (2023年万元户统计)
// states none.
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

// statedScale is the power of ten a unit statement states: a unit label
// and a colon before the unit, or a whole cell in brackets; 0 for any
// other text.
func statedScale(text string) int {
	inner, bracket := text, false
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if s, ok := strings.CutPrefix(text, br[0]); ok && strings.HasSuffix(s, br[1]) {
			inner, bracket = strings.TrimSuffix(s, br[1]), true
		}
	}
	lower := strings.ToLower(inner)
	for _, label := range []string{"单位", "單位", "units", "unit", "currency"} {
		_, rest, ok := strings.Cut(lower, label)
		rest = strings.TrimSpace(rest)
		if !ok || !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "：") {
			continue
		}
		rest = strings.TrimSpace(strings.TrimLeft(rest, ":："))
		for _, currency := range []string{"人民币", "人民幣", "rmb", "cny"} {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, currency))
		}
		return unitPartScale(rest, true)
	}
	if bracket {
		return unitPartScale(inner, true)
	}
	return 0
}
