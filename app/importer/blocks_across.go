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

// ActualBlockNames are, for a header of two rows whose groups are all
// blocks of scenarios and one of them the actuals' (实际 | 预算 over
// 北京店 and 上海店), the own names of the actuals' columns by column
// (北京店), so that a goal of that title takes its actuals by default;
// nil for any other header.
func ActualBlockNames(t Table) map[int]string {
	h := t.HeaderRow
	if !t.HasHeader || h <= 0 || !isGroupRow(t.Rows, h-1) {
		return nil
	}
	top, names := t.Rows[h-1], t.Rows[h]
	spans, _ := groupSpans(top, names)
	labels := make([]string, len(spans))
	for i, s := range spans {
		if labels[i] = importCellText(top[s.first]); blockLabel(labels[i]) == labelNone {
			return nil
		}
	}
	a := actualBlock(labels)
	if len(spans) < 2 || a < 0 {
		return nil
	}
	own := map[int]string{}
	for c := spans[a].first; c <= spans[a].last; c++ {
		own[c] = importCellText(rowCell(names, c))
	}
	return own
}
