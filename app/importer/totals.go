package importer

import (
	"strings"
	"unicode"
)

// Reports and exports often hold rows of totals among their rows: a 合计
// row a day below its stores' rows, Excel's subtotals (北京 汇总, Beijing
// Total, 总计, Grand Total), a footer's 合计.
// Read as data, such a row counts its rows twice (as a store named 合计)
// or, without a date, keeps its goal's periods from being written. The
// planner skips it on purpose and counts it (ImportPlan.Totals).

// totalLabels are the labels of a row of totals, as foldTotal folds them.
var totalLabels = map[string]bool{"total": true, "totals": true, "grandtotal": true, "subtotal": true,
	"sum": true, "grandsum": true, "summe": true, "gesamt": true, "gesamtsumme": true, "累计": true, "總計": true,
	// A ledger's page carried over (过次页) and brought forward (承前页).
	"过次页": true, "承前页": true, "過次頁": true, "承前頁": true,
	// Rows of averages under a table: Excel's table total row, 平均 in reports.
	"average": true, "avg": true, "mean": true, "平均": true, "平均值": true, "均值": true}

// totalSuffixes end the folded labels of totals, of the whole or of a part
// (本月合计, 北京店小计, 北京 汇总), the year to date of Kingdee's and
// Yonyou's ledgers (本年累计, 当前累计) among them, which read as a day's
// row added January to each month again. Sum ends labels of totals only
// alone or in Grand Sum: Dim Sum is a dish. An English label ending in
// Total is apart (totalLabel): it also names products (Colgate Total).
var totalSuffixes = []string{"合计", "总计", "小计", "汇总", "总和", "合計", "小計", "彙總", "累计", "累計"}

// totalPrefixes start the folded labels of totals that name what they
// add up, as accounting exports write them under each account's rows:
// QuickBooks's "Total for Sales", Xero's "Total Sales", DATEV's "Summe
// Erlöse". Such a label also names a shop (Total Wine), so it labels a
// row of totals only in a row without a date (undatedTotal).
var totalPrefixes = []string{"total ", "totals ", "subtotal ", "grand total ", "summe ", "gesamt "}

// maxTotalPrefixLabel bounds the labels that totalPrefixes start: they
// name an account, "Total for 4000 Sales of Product Income:Services".
const maxTotalPrefixLabel = 160

// maxTotalLabel bounds the labels of totals, in bytes: a longer cell is a
// note, whatever it ends with.
const maxTotalLabel = 40

// isTotalLabel reports whether text may label a row of totals: 合计, 小
// 计：, Total, Grand Total, 北京 汇总, Beijing Total and the like; not a
// cell that merely holds such a word (合计金额, Totally).
func isTotalLabel(text string) bool {
	sure, of := totalLabel(text)
	return sure || of != ""
}

// totalLabel reports whether text labels a row of totals for sure (合计,
// 小 计：, Total, Grand Total, 北京 汇总) or else, for a label "X Total"
// (Beijing Total), the X folded: such a label names the total of the
// rows of X as well as a product (Colgate Total), which the rows around
// it tell apart (evidentTotal).
func totalLabel(text string) (sure bool, of string) {
	s := strings.TrimSpace(text)
	if s == "" || len(s) > maxTotalLabel {
		return false, ""
	}
	if s[0] >= '0' && s[0] <= '9' || !mayBeTotal(s) {
		return false, "" // most cells: a date, a number, a name
	}
	s = foldTotal(s)
	if totalLabels[strings.ReplaceAll(s, " ", "")] {
		return true, ""
	}
	for _, suffix := range totalSuffixes {
		if strings.HasSuffix(s, suffix) {
			return true, ""
		}
	}
	if of, ok := strings.CutSuffix(s, " total"); ok {
		return false, of
	}
	return false, ""
}

// foldTotal is s in lower case, its runs of spaces one space, without
// hyphens and colons, and with no space between Chinese characters: "小
// 计：" is 小计, "Grand-Total:" grand total, "Sub-total" subtotal.
func foldTotal(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case strings.ContainsRune("-:：_", r):
			continue
		}
		if space && b.Len() > 0 && r < 0x80 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// totalRow reports whether row i of t is a row of totals, and counts it:
// a text cell of it outside the value columns labels a row of totals
// (totalCell), unless it is the goal column's name of a chosen goal (a
// goal named Total).
func (pl *importPlanner) totalRow(t Table, i int) bool {
	for col, c := range t.Rows[i] {
		if c.Kind != CellText || pl.valueColumn(col) || !pl.totalCell(t, i, col) {
			continue
		}
		if _, goal := pl.names[foldName(importCellText(c))]; goal && col == pl.m.GoalColumn {
			continue
		}
		if pl.plan.Totals == 0 {
			pl.plan.TotalLabel = importCellText(c)
		}
		pl.plan.Totals++
		return true
	}
	return false
}

// totalCell reports whether the cell at row i, column col labels a row of
// totals: a label of totals for sure, a label "X Total" the rows around
// it show a total (evidentTotal), or a totalPrefixes label in a row
// without a date (undatedTotal).
func (pl *importPlanner) totalCell(t Table, i, col int) bool {
	sure, of := totalLabel(t.Rows[i][col].Text)
	switch {
	case sure:
		return true
	case of != "":
		return pl.evidentTotal(t, i, col, of)
	}
	return pl.undatedTotal(t, i, col)
}

// undatedTotal reports whether the cell at row i, column col labels a
// row of totals by a totalPrefixes label ("Total for Sales") in a row
// without a date: the label is in the date column, or that column's
// cell is empty. Read as data, such a row was refused for its date, and
// its goal's every period with it.
func (pl *importPlanner) undatedTotal(t Table, i, col int) bool {
	if !pl.undated(t, i, col) {
		return false
	}
	s := strings.TrimSpace(t.Cell(i, col).Text)
	if len(s) > maxTotalPrefixLabel || !mayBeTotal(s) {
		return false
	}
	s = foldTotal(s)
	for _, prefix := range totalPrefixes {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// valueColumn reports whether column col holds values the plan reads.
func (pl *importPlanner) valueColumn(col int) bool {
	if pl.m.GoalColumn >= 0 {
		return col == pl.m.ValueColumn
	}
	for _, s := range pl.srcs {
		if s.ValueColumn == col {
			return true
		}
	}
	return false
}

// mayBeTotal reports whether s holds a character of the Chinese labels of
// totals or a word of the others, in one pass: it is asked of every text
// cell of a million-row file.
func mayBeTotal(s string) bool {
	for i, r := range s {
		switch r {
		case '计', '計', '总', '總', '汇', '彙', '页', '頁', '均':
			return true
		case 't', 'T':
			if hasPrefixFold(s[i:], "total") {
				return true
			}
		case 's', 'S':
			if hasPrefixFold(s[i:], "sum") {
				return true
			}
		case 'g', 'G':
			if hasPrefixFold(s[i:], "gesamt") {
				return true
			}
		case 'a', 'A':
			if hasPrefixFold(s[i:], "av") {
				return true // average, avg
			}
		case 'm', 'M':
			if hasPrefixFold(s[i:], "mean") {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII word w in any case.
func hasPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}
