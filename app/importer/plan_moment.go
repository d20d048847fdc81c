package importer

import (
	"math"

	"pacer/app/notation"
)

// A level goal's period takes the value of its latest row, as a month's
// balance is the one at its end. A bank statement lists a day's rows
// with their times, newest first: read by their days alone, the last row
// of the month's last day in the file, its first of the day, won.

// moment is when a row dated d stands at, for telling the latest of a
// period's rows: its last day and its time of day, in milliseconds.
func (d rowDate) moment() int64 {
	return int64(d.last)*msPerDay + int64(d.clock)
}

// dayClock is the time of day of date cell c, shown as text, in
// milliseconds after midnight: a workbook date's fraction, or the time
// written after a text date (notation.TimeOfDay); 0 when it has none.
func dayClock(c Cell, text string) int {
	if c.Kind == CellDate {
		return int(math.Mod(math.Round(c.Number*msPerDay), msPerDay))
	}
	ms, _ := notation.TimeOfDay(text)
	return ms
}

// fileOrder counts the steps from each dated row of a file to the next:
// to a later moment and to an earlier one.
type fileOrder struct {
	prev           int64
	seen           bool
	later, earlier int
}

// note counts the step to a row dated d from the dated row before it.
func (o *fileOrder) note(d rowDate) {
	at := d.moment()
	switch {
	case !o.seen:
	case at > o.prev:
		o.later++
	case at < o.prev:
		o.earlier++
	}
	o.prev, o.seen = at, true
}

// newestFirst reports whether the file's dates run newest first, as a
// bank statement's do: more of its steps go back than forward. Of a
// level goal's rows of one moment, the first in such a file is the
// latest (bucket.value).
func (o fileOrder) newestFirst() bool {
	return o.earlier > o.later
}

// noteLatest keeps value v of a level goal's row dated d when d is the
// latest moment of the bucket so far: as the last row of that moment in
// the file, and as the first when it is the first.
func (b *bucket) noteLatest(v float64, d rowDate) {
	switch at := d.moment(); {
	case at > b.latestAt:
		b.latest, b.latestFirst, b.latestAt = v, v, at
	case at == b.latestAt:
		b.latest = v
	}
}
