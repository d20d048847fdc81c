package importer

import (
	"strconv"

	"pacer/app/notation"
)

// checkGroupBlocks refuses a mapping of the wide layout that feeds one
// goal from the columns of the same name in two blocks under a header
// of two rows (实际 · 北京店 and 预算 · 北京店): the budget would add onto
// the actuals. Groups that name no scenario (线上 and 线下 over 销售额)
// are parts of a whole, which a goal may rightly add up.
func checkGroupBlocks(t Table, m Mapping) error {
	if m.GoalColumn >= 0 || m.HeaderRow <= 0 || m.HeaderRow >= len(t.Rows) || !isGroupRow(t.Rows, m.HeaderRow-1) {
		return nil
	}
	top, names := t.Rows[m.HeaderRow-1], t.Rows[m.HeaderRow]
	type fed struct {
		goal int64
		name string
	}
	first := map[fed]int{}
	for _, s := range m.sources() {
		c := s.ValueColumn
		group := groupOver(top, names, c)
		if blockLabel(group) == labelNone {
			continue
		}
		k := fed{s.GoalID, foldName(importCellText(rowCell(names, c)))}
		prev, ok := first[k]
		if !ok {
			first[k] = c
			continue
		}
		if other := groupOver(top, names, prev); other != group {
			return notation.ImportError(msgImportGroupBlocks, nil, "First", strconv.Itoa(prev+1), "Second", strconv.Itoa(c+1),
				"FirstBlock", other, "SecondBlock", group)
		}
	}
	return nil
}
