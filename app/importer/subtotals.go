package importer

import (
	"math"

	"pacer/app"
	"pacer/app/notation"
)

// spanRow is a row dated by a span of days: its number, date and value
// in units of the goal's last decimal.
type spanRow struct {
	n     int
	d     rowDate
	units int64
}

// dayUnits is the value of a row dated by a day, in units of the goal's
// last decimal.
type dayUnits struct {
	day   int
	units int64
}

// noteSpan counts value v of row n, dated d, among the bucket's rows dated
// by a day or by a span of days.
func (b *bucket) noteSpan(n int, v float64, d rowDate) {
	units := math.Round(v * math.Pow10(b.g.Decimals))
	if b.g.Aggregation != app.AggFlow || b.g.Kind == app.KindMilestone || !(math.Abs(units) < 1<<53) {
		return // a level's or a milestone's rows are states, which no row adds up
	}
	if d.first == d.last {
		b.days = append(b.days, dayUnits{d.first, int64(units)})
		return
	}
	b.spans = append(b.spans, spanRow{n, d, int64(units)})
}

// rejectSubtotals refuses each row of a sum (flow) goal dated by a span of
// days (a month, 2023年1月, or a week) whose value is the sum of the rows
// dated by single days inside that span: their subtotal with no 合计 beside
// it, which counted too doubled those days. Its period is left out.
func (pl *importPlanner) rejectSubtotals(keys []bucketKey) {
	for _, k := range keys {
		b := pl.buckets[k]
		for _, s := range b.spans {
			if sum, n := b.daysIn(s.d); n > 0 && sum == s.units {
				pl.reject(s.n, pl.m.DateColumn, b.g.ID,
					notation.ImportError(msgImportSubtotal, nil, "Text", s.d.text, "Goal", b.g.Title))
				pl.taintRow(b.g, s.d, s.n, true)
			}
		}
	}
}

// daysIn is the sum and the count of the bucket's rows dated by a day
// within d's days.
func (b *bucket) daysIn(d rowDate) (sum int64, n int) {
	for _, x := range b.days {
		if x.day >= d.first && x.day <= d.last {
			sum += x.units
			n++
		}
	}
	return sum, n
}
