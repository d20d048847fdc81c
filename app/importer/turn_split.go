package importer

// findSplits notes in the turned table's Split each row of a text file
// with filled cells beyond its row of months and a split number at or
// before its last month, first being the turned column of its first row:
// an unquoted 1,200 split into 1 | 200 moves every month after it one
// column on, so that January read 1, February 200, and the last month
// fell into the total's column. A row wider for a note after its total
// ("estimated"), with no split number among its months, keeps its months.
func (tu *turner) findSplits(first int) {
	t := tu.t
	if t.Separator == 0 {
		return
	}
	head := t.Rows[tu.r]
	lastMonth := tu.months[len(tu.months)-1]
	for j, i := range tu.rows {
		row := t.Rows[i]
		if filledWidth(row) <= len(head) {
			continue
		}
		at := -1
		for k := 1; k < len(row) && k-1 <= lastMonth; k++ {
			if splitAt(row, k) {
				at = k - 1
				break
			}
		}
		if at < 0 {
			continue
		}
		if tu.info.Split == nil {
			tu.info.Split, tu.info.SplitWidth = map[int]int{}, filledWidth(head)
		}
		tu.info.Split[first+j] = at
	}
}

// turnedSplit reports whether the value in column col of the current row
// of a turned table may have moved from its month's column: its original
// row is split (Turned.Split) at or before that month.
func (pl *importPlanner) turnedSplit(col int) bool {
	tu := pl.t.Turned
	if tu == nil || tu.Split == nil {
		return false
	}
	at, ok := tu.Split[col]
	return ok && tu.MonthColumns[pl.cur] >= at
}
