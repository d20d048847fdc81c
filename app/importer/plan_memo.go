package importer

import "pacer/app"

// A file of a million rows holds a few hundred dates, its rows come date
// by date, and each row feeds the same few goals: reading each row's date
// and finding each goal's period afresh was a fifth of planning such an
// import. rowMemo keeps the latest of each, which a row mostly repeats.

// rowMemo is what importPlanner kept of the rows before.
type rowMemo struct {
	// dateText and date are the latest text date cell read and its date.
	dateText string
	date     rowDate
	hasDate  bool
	// placed is the period place found for each goal's latest row.
	placed map[int64]placedRow
}

// placedRow is the period a row dated first through last went to.
type placedRow struct {
	first, last int
	key         bucketKey
}

// readDateKept is readDate, the same date for a text cell of the same
// text as the one before: a text date is read from its text alone (the
// order of day and month is set before the rows are read, shortYears).
func (pl *importPlanner) readDateKept(c Cell) (rowDate, *app.Error) {
	if c.Kind == CellText && pl.memo.hasDate && c.Text == pl.memo.dateText {
		return pl.memo.date, nil
	}
	rd, e := pl.readDate(c)
	if e == nil && c.Kind == CellText {
		pl.memo.dateText, pl.memo.date, pl.memo.hasDate = c.Text, rd, true
	}
	return rd, e
}

// placeKept is place, the same period for a row of goal g dated as the
// goal's row before: where a row goes depends on the goal and its days
// alone. A refusal, which names the row's text, is not kept.
func (pl *importPlanner) placeKept(g *app.Goal, d rowDate) (bucketKey, *app.Error) {
	if p, ok := pl.memo.placed[g.ID]; ok && p.first == d.first && p.last == d.last {
		return p.key, nil
	}
	key, e := pl.place(g, d)
	if e == nil {
		if pl.memo.placed == nil {
			pl.memo.placed = map[int64]placedRow{}
		}
		pl.memo.placed[g.ID] = placedRow{d.first, d.last, key}
	}
	return key, e
}
