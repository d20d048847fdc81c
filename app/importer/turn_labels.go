package importer

// The columns left of a report's months that name its rows.

// nameColumns are the columns left of the months (the first labels of
// t, whose months are in row r) that name the rows below them: those the
// workbook shows, all of them when it hides every one, as the rows need
// a name. Of several, a column of numbers alone (年度目标, 上年合计, a
// store's code beside its name) is a figure or a code, not part of a
// row's name, and is left out while another column names the rows in
// words: "北京店", not "北京店 · 1200", matches the goal of that title.
func nameColumns(t Table, r, labels int) []int {
	shown := shownLabels(t, labels)
	var words []int
	for _, c := range shown {
		if !numbersOnly(t, r, c) {
			words = append(words, c)
		}
	}
	if len(words) == 0 || len(words) == len(shown) {
		return shown
	}
	return words
}

// shownLabels are the first labels columns of t that the workbook shows;
// all of them when it hides every one.
func shownLabels(t Table, labels int) []int {
	var all, shown []int
	for c := range labels {
		all = append(all, c)
		if !t.HiddenColumn(c) {
			shown = append(shown, c)
		}
	}
	if len(shown) == 0 {
		return all
	}
	return shown
}

// numbersOnly reports whether every filled cell of column c below row r
// is a number.
func numbersOnly(t Table, r, c int) bool {
	for i := r + 1; i < len(t.Rows); i++ {
		if cell := rowCell(t.Rows[i], c); importCellText(cell) != "" && !isNumberCell(cell) {
			return false
		}
	}
	return true
}
