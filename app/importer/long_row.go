package importer

import (
	"slices"
	"strconv"
	"strings"

	"pacer/app/notation"
)

// Two goals may share a title (Revenue for 2026 and for 2027, 销售额 for
// two shops). A row naming that title could be for either: Pacer's own
// exports say which by the goal's ID beside its title, and without one
// the row is refused rather than given to one of them, since either
// guess writes one goal's values into the other.

// longRow reads row i (numbered n) of the long layout: the goal first, so
// that a row for no chosen goal is skipped whatever its date and value.
func (pl *importPlanner) longRow(t Table, i, n int) {
	goalCell := pl.shiftedCell(t, i, pl.m.GoalColumn)
	goal := importCellText(goalCell)
	id, chosen := pl.names[foldName(goal)]
	shared, isShared := pl.shared[foldName(goal)]
	if isShared {
		id, chosen = pl.sharedGoal(t, i, shared), true
	}
	if goal != "" && !chosen {
		pl.skip(goal)
		return
	}
	valued := importFilled(valueCell(t, i, pl.m.ValueColumn))
	if goal == "" && !valued && pl.note(t, i) {
		pl.plan.Notes++
		return
	}
	dateCell := t.Cell(i, pl.m.DateColumn)
	d, ok := pl.date(dateCell, n)
	switch {
	case goal == "":
		pl.goalless(goalCell, dateCell, n, d, ok, valued)
	case isShared && id == 0:
		pl.rejectShared(t, i, n, goal, shared, d, ok)
	case !ok:
		pl.taintUndated(id, dateCell, n, true)
	default:
		pl.value(n, pl.m.ValueColumn, id, valueCell(t, i, pl.m.ValueColumn), d, true)
	}
}

// goalless reads row n of the long layout, whose goal cell goalCell is
// empty and date cell dateCell dated d when ok: rejected when dated, and
// when valued its value may be any chosen goal's.
func (pl *importPlanner) goalless(goalCell, dateCell Cell, n int, d rowDate, ok, valued bool) {
	if ok {
		pl.reject(n, pl.m.GoalColumn, 0, importMissing(goalCell, msgImportNoGoal))
	}
	if valued {
		pl.taintAny(pl.chosen, dateCell, n, d, ok)
	}
}

// taintAny records that rejected row n, with date cell dateCell dated d
// when ok, may be a row of any of the goals ids.
func (pl *importPlanner) taintAny(ids []int64, dateCell Cell, n int, d rowDate, ok bool) {
	for _, id := range ids {
		if ok {
			pl.taintRow(pl.goals[id], d, n, false)
		} else {
			pl.taintUndated(id, dateCell, n, false)
		}
	}
}

// note reports whether row i of the long layout, which has neither goal
// nor value, has no date either: a note below the table ("Note: excl.
// VAT"), which holds nothing to import. A dated row without goal or
// value is refused: it may be a row whose cells went missing.
func (pl *importPlanner) note(t Table, i int) bool {
	_, e := pl.readDate(t.Cell(i, pl.m.DateColumn))
	return e != nil
}

// skip counts a row whose goal column names no chosen goal.
func (pl *importPlanner) skip(name string) {
	pl.plan.Skipped++
	if f := foldName(name); !pl.skipped[f] && len(pl.plan.SkippedNames) < MaxSkippedNames {
		pl.skipped[f] = true
		pl.plan.SkippedNames = append(pl.plan.SkippedNames, name)
	}
}

// idHeaders are the headers, folded (foldName), of the column of goal IDs
// Pacer's exports write, in English and Chinese.
var idHeaders = []string{"goal id", "目标编号"}

// GuessIDColumn is the column of t, other than goal, headed as Pacer's
// exports head the goal ID column and holding whole numbers, plus one as
// Mapping.IDColumn takes it; 0 when there is none.
func GuessIDColumn(t Table, goal int) int {
	col := namedColumn(t, shownColumns(t), idHeaders)
	if col < 0 || col == goal || share(t, col, func(c Cell) bool { _, ok := goalIDText(importCellText(c)); return ok }) < 1 {
		return 0
	}
	return col + 1
}

// goalIDText reads text as a goal ID: a whole number above 0 ("12", as a
// workbook's number cell writes it).
func goalIDText(text string) (int64, bool) {
	id, err := strconv.ParseInt(strings.TrimSpace(text), 10, 64)
	return id, err == nil && id > 0
}

// sharedGoals lists, by folded name, the goals titled each of
// m.SharedTitles, and adds them to the chosen goals: a row without a goal
// may be for any of them.
func (pl *importPlanner) sharedGoals(titles []string) {
	pl.shared, pl.split = map[string][]int64{}, map[string]bool{}
	for _, title := range titles {
		f := foldName(title)
		pl.shared[f] = pl.titled(f)
		for _, id := range pl.shared[f] {
			if !slices.Contains(pl.chosen, id) {
				pl.chosen = append(pl.chosen, id)
			}
		}
	}
	slices.Sort(pl.chosen)
}

// titled lists the goals whose folded title is f, in ID order.
func (pl *importPlanner) titled(f string) []int64 {
	ids := []int64{}
	for id, g := range pl.goals {
		if foldName(g.Title) == f {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// splitNames makes the names of t's goal column that the file's goal IDs
// split, rows of one name with different IDs, go by ID as a title the
// goals here share does (pl.shared), when the name goes to a goal of
// that title: Pacer's export of two goals of one title, one of them
// renamed since, would else put the renamed one's rows into the other.
func (pl *importPlanner) splitNames(t Table) {
	if pl.m.IDColumn <= 0 || pl.m.GoalColumn < 0 {
		return
	}
	first := map[string]int64{}
	for r := pl.m.HeaderRow; r < len(t.Rows); r++ {
		f := foldName(importCellText(t.Cell(r, pl.m.GoalColumn)))
		id, ok := goalIDText(importCellText(t.Cell(r, pl.m.IDColumn-1)))
		if _, shared := pl.shared[f]; !ok || shared {
			continue
		}
		if seen, met := first[f]; !met {
			first[f] = id
		} else if seen != id {
			pl.splitName(f)
		}
	}
}

// splitName makes the rows of folded name f go by ID, unless f goes to
// no goal or to a goal of another title, which the user chose for it.
func (pl *importPlanner) splitName(f string) {
	if g := pl.goals[pl.names[f]]; g != nil && foldName(g.Title) == f {
		pl.shared[f], pl.split[f] = pl.titled(f), true
	}
}

// sharedGoal is the goal of row i, whose goal column names a title the
// goals ids share: the one its goal ID names, 0 when it names none of
// them (no ID column, or a file from another computer, whose IDs name
// other goals or none).
func (pl *importPlanner) sharedGoal(t Table, i int, ids []int64) int64 {
	if pl.m.IDColumn <= 0 {
		return 0
	}
	id, ok := goalIDText(importCellText(t.Cell(i, pl.m.IDColumn-1)))
	if !ok || !slices.Contains(ids, id) {
		return 0
	}
	return id
}

// rejectShared rejects row i (numbered n), which names goal, a title the
// goals ids share, without a goal ID telling which: its value, dated d
// when ok, may be in a period of any of them.
func (pl *importPlanner) rejectShared(t Table, i, n int, goal string, ids []int64, d rowDate, ok bool) {
	msg := msgImportSharedTitle
	switch {
	case pl.split[foldName(goal)]:
		msg = msgImportSplitName
	case pl.m.IDColumn > 0:
		msg = msgImportSharedTitleID
	}
	id := ""
	if pl.m.IDColumn > 0 {
		id = importCellText(t.Cell(i, pl.m.IDColumn-1))
	}
	pl.reject(n, pl.m.GoalColumn, 0, notation.ImportError(msg, nil, "Name", goal, "Count", strconv.Itoa(len(ids)), "ID", id))
	pl.taintAny(ids, t.Cell(i, pl.m.DateColumn), n, d, ok)
}
