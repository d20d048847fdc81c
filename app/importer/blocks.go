package importer

import (
	"strconv"
	"strings"
	"unicode"

	"pacer/app/notation"
)

// Blocks is a column of a table whose labels split its rows into blocks
// of the same periods, one a scenario: 实际 over the months of the
// actuals, 预算 over the same months of the budget, as a report laid out
// across and turned (Paste Special, Transpose), or a table with a 版本 or
// Scenario column, holds them. Their values must never add up into one
// period: an import reads the rows of one block.
type Blocks struct {
	// Column is the column of labels, -1 when the table has no blocks.
	Column int
	// Labels are the blocks' labels, each once, in file order.
	Labels []string
	// Actual is the index in Labels of the one block that reads as the
	// actuals (实际, Actual, AC, 本年), -1 when none or more than one
	// does: the user is asked.
	Actual int
}

// BlockChoice is the block an import reads (Mapping.Block): the rows
// whose label in Column, or the nearest one above it when the cell is
// blank, is Label. An empty Label reads every row.
type BlockChoice struct {
	Column int
	Label  string
}

// FindBlocks is the column of t, other than dateCol, whose cells below
// the header are all labels of scenarios (blockLabel), two of them at
// least, blank cells continuing the label above, as a CSV file writes a
// label merged down its block; Column is -1 when no column is.
func FindBlocks(t Table, dateCol int) Blocks {
	return findBlocks(t, headerRows(t), dateCol)
}

// findBlocks is FindBlocks for the data rows from row first.
func findBlocks(t Table, first, dateCol int) Blocks {
	for col := 0; col < t.Columns; col++ {
		if col == dateCol {
			continue
		}
		if labels, ok := blockLabels(t, first, col); ok && len(labels) >= 2 {
			return Blocks{Column: col, Labels: labels, Actual: actualBlock(labels)}
		}
	}
	return Blocks{Column: -1, Actual: -1}
}

// blockLabels are the labels of column col from row first down, each
// once, in order; false when a filled cell is no scenario's label, or
// the first filled cell comes after a row of data.
func blockLabels(t Table, first, col int) ([]string, bool) {
	var labels []string
	seen := map[string]bool{}
	for r := first; r < len(t.Rows); r++ {
		text := importCellText(t.Cell(r, col))
		if text == "" {
			if labels == nil && !importBlankRow(t.Rows[r]) {
				return nil, false
			}
			continue
		}
		if seen[text] || isTotalLabel(text) {
			continue
		}
		if blockLabel(text) == labelNone {
			return nil, false
		}
		seen[text] = true
		labels = append(labels, text)
	}
	return labels, true
}

// actualBlock is the index of the one label that reads as the actuals,
// -1 when none or several do.
func actualBlock(labels []string) int {
	found := -1
	for i, l := range labels {
		if blockLabel(l) != labelActual {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// labelKind says what a block's label names.
type labelKind uint8

const (
	labelNone   labelKind = iota // no scenario
	labelActual                  // the actuals of the year
	labelOther                   // a budget, plan, target, forecast or another year
)

// Words of scenario labels. A label of the actuals of another year
// (上年实际, Prior year actual) is no actuals of this one: other words
// win over actual ones.
var (
	actualWordsZH = []string{"实际", "实绩", "本年", "今年", "本期"}
	otherWordsZH  = []string{"预算", "计划", "目标", "预测", "上年", "去年", "同期", "上期"}
	actualWordsEN = map[string]bool{"actual": true, "actuals": true, "act": true, "ac": true, "cy": true}
	otherWordsEN  = map[string]bool{"budget": true, "budgets": true, "bud": true, "bu": true, "plan": true, "target": true,
		"targets": true, "forecast": true, "fcst": true, "fc": true, "py": true, "ly": true}
	// yearWordsEN read with "year" after them: this year, prior year.
	yearWordsEN = map[string]labelKind{"this": labelActual, "current": labelActual, "last": labelOther,
		"prior": labelOther, "previous": labelOther}
	// fillerWordsZH may stand beside a label's words: 2024年实际数, 预算额.
	fillerWordsZH = "年度数值额版"
)

// blockLabel says what text names: a scenario's label is made of the
// words above alone, with digits, spaces, punctuation and a few fillers
// (a year: 2024年实际, FY2024 Budget).
func blockLabel(text string) labelKind {
	text = strings.ToLower(text)
	actual, other := false, false
	for _, w := range otherWordsZH {
		other = other || strings.Contains(text, w)
		text = strings.ReplaceAll(text, w, " ")
	}
	for _, w := range actualWordsZH {
		actual = actual || strings.Contains(text, w)
		text = strings.ReplaceAll(text, w, " ")
	}
	a, o, ok := englishLabel(text)
	if !ok {
		return labelNone
	}
	actual, other = actual || a, other || o
	switch {
	case other:
		return labelOther
	case actual:
		return labelActual
	}
	return labelNone
}

// englishLabel reads the words of text left once the Chinese ones are
// out: whether one names the actuals, one another scenario, and false
// when a word is neither, nor a filler (a year, FY, 年).
func englishLabel(text string) (actual, other, ok bool) {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) || strings.ContainsRune(fillerWordsZH, r) })
	for i := 0; i < len(words); i++ {
		w := words[i]
		kind, year := yearWordsEN[w]
		switch {
		case year && i+1 < len(words) && words[i+1] == "year":
			actual, other = actual || kind == labelActual, other || kind == labelOther
			i++
		case actualWordsEN[w]:
			actual = true
		case otherWordsEN[w]:
			other = true
		case w != "fy":
			return false, false, false
		}
	}
	return actual, other, true
}

// otherBlock reports whether row i of t falls in a block other than the
// one chosen (Mapping.Block), counting it: the block of a row is its
// label, or the label of the nearest row above it that has one, as a CSV
// file writes a label merged down its rows.
func (pl *importPlanner) otherBlock(t Table, i int) bool {
	if pl.m.Block.Label == "" {
		return false
	}
	if text := importCellText(t.Cell(i, pl.m.Block.Column)); text != "" && !isTotalLabel(text) {
		pl.block = text
	}
	if pl.block == pl.m.Block.Label {
		return false
	}
	pl.plan.OtherBlocks++
	return true
}

// checkBlock refuses a mapping that reads no one block of a table whose
// rows fall in blocks of the same periods (FindBlocks), or that feeds a
// goal from two blocks of columns (checkGroupBlocks): their values would
// add up, the budget's onto the actuals.
func checkBlock(t Table, m Mapping) error {
	if err := checkGroupBlocks(t, m); err != nil {
		return err
	}
	if c := m.Block.Column; m.Block.Label != "" && (c < 0 || c >= t.Columns) {
		return notation.ImportError(msgImportBadColumns, nil, "Column", strconv.Itoa(c+1))
	}
	if m.Block.Label != "" {
		return nil
	}
	first := m.HeaderRow
	if m.SkipHeader {
		first++
	}
	b := findBlocks(t, first, m.DateColumn)
	if b.Column < 0 {
		return nil
	}
	return notation.ImportError(msgImportChooseBlock, nil, "Column", strconv.Itoa(b.Column+1), "Blocks", quotedList(b.Labels))
}

// quotedList is texts in quotes, joined by commas.
func quotedList(texts []string) string {
	quoted := make([]string, len(texts))
	for i, t := range texts {
		quoted[i] = "\"" + t + "\""
	}
	return strings.Join(quoted, ", ")
}
