package importer

import (
	"math"
	"sort"

	"pacer/app"
	"pacer/app/notation"
)

// spanRow is a row dated by a span of days: its number, date and value
// in units of the goal's last decimal, and its dimension values' group
// (dimGroup), set by resolveGroups.
type spanRow struct {
	n     int
	d     rowDate
	units int64
	group int32
}

// dayUnits is the value of a row dated by a day, in units of the goal's
// last decimal, and the row's number, whose group resolveGroups looks up
// only for a bucket with span rows: most files have none, and numbering
// each of a million rows' dimension values had been an eighth of their
// import.
type dayUnits struct {
	day   int32 // a day number: 16 bytes a row
	row   int32
	units int64
}

// noteSpan counts value v of row n, dated d, among the bucket's rows
// dated by a day or by a span of days.
func (b *bucket) noteSpan(n int, v float64, d rowDate) {
	units := math.Round(v * math.Pow10(b.g.Decimals))
	if b.g.Aggregation != app.AggFlow || b.g.Kind == app.KindMilestone || !(math.Abs(units) < 1<<53) {
		return // a level's or a milestone's rows are states, which no row adds up
	}
	if d.first == d.last {
		b.days = append(b.days, dayUnits{int32(d.first), int32(n), int64(units)})
		return
	}
	b.spans = append(b.spans, spanRow{n, d, int64(units), 0})
}

// rejectSubtotals refuses each row of a sum (flow) goal dated by a span of
// days (a week, a month, 2023年1月, a quarter, 2023年第一季度, a year) whose
// value is the sum of the goal's rows dated inside that span by shorter
// ones, days, weeks, months or quarters: their subtotal with no 合计 beside
// it, which counted too doubled those rows. Its period is left out.
func (pl *importPlanner) rejectSubtotals(keys []bucketKey) {
	for _, k := range keys {
		b := pl.buckets[k]
		if len(b.spans) == 0 {
			continue // no row that could be a subtotal
		}
		for _, s := range b.subtotals(pl.resolveGroups(b)) {
			msg := msgImportSubtotal
			if s.ofSpans {
				msg = msgImportSpanSubtotal
			}
			pl.reject(s.n, pl.m.DateColumn, b.g.ID, notation.ImportError(msg, nil, "Text", s.d.text, "Goal", b.g.Title))
			pl.taintRow(b.g, s.d, s.n, true)
		}
	}
}

// resolveGroups sets the group of b's span rows and returns those of
// its day rows, in the order of b.days.
func (pl *importPlanner) resolveGroups(b *bucket) []int32 {
	cur := pl.cur
	defer func() { pl.cur = cur }()
	groupOf := func(n int) int32 {
		pl.cur = n - 1 // n counts rows from 1 (importPlanner.row)
		return pl.dimGroup()
	}
	for i := range b.spans {
		b.spans[i].group = groupOf(b.spans[i].n)
	}
	days := make([]int32, len(b.days))
	for i, d := range b.days {
		days[i] = groupOf(int(d.row))
	}
	return days
}

// subtotal is a span row found to be a subtotal; ofSpans says that rows
// dated by shorter spans, not only by days, are among its parts.
type subtotal struct {
	spanRow
	ofSpans bool
}

// spanGroup is the rows of a bucket dated by one span of days, and the sum
// and count of those of them that are no subtotal.
type spanGroup struct {
	first, last int
	rows        []spanRow
	kept        int64
	nKept       int
}

// subtotals is the bucket's span rows whose value is the sum of at least
// one row dated inside their span by a day or a shorter span, of the same
// dimension values (a store's quarter is no subtotal of another store's
// months); a row with none is compared with every row, as a total of all
// stores. Spans are judged shortest first, and a row found a subtotal is
// no part of a longer span: a year row equal to its quarters, which equal
// their months, is a subtotal of those months, as the quarters are.
// dayGroups are the groups of b.days (resolveGroups).
func (b *bucket) subtotals(dayGroups []int32) []subtotal {
	var out []subtotal
	found := map[int]bool{}
	for _, group := range spanGroupNames(b.spans) {
		if group == 0 {
			continue
		}
		same := func(g int32) bool { return g == group }
		for _, s := range subtotalsOf(filterSpans(b.spans, same, nil), filterDays(b.days, dayGroups, same), same) {
			out, found[s.n] = append(out, s), true
		}
	}
	all := func(int32) bool { return true }
	return append(out, subtotalsOf(filterSpans(b.spans, all, found), b.days, func(g int32) bool { return g == 0 })...)
}

// subtotalsOf is subtotals of span rows spans and day rows days, judging
// only the span rows of a group candidate says; the others count as parts.
func subtotalsOf(spans []spanRow, days []dayUnits, candidate func(int32) bool) []subtotal {
	var out []subtotal
	groups := spanGroups(spans)
	for i := range groups {
		g := &groups[i]
		sum, n := daysIn(days, g.first, g.last)
		shorter := 0
		for _, h := range groups[:i] {
			if h.last-h.first < g.last-g.first && h.first >= g.first && h.last <= g.last {
				sum, n, shorter = sum+h.kept, n+h.nKept, shorter+h.nKept
			}
		}
		for _, s := range g.rows {
			if candidate(s.group) && n > 0 && s.units == sum {
				out = append(out, subtotal{s, shorter > 0})
				continue
			}
			g.kept += s.units
			g.nKept++
		}
	}
	return out
}

// spanGroupNames are the dimension groups of rows (dimGroup), each once.
func spanGroupNames(rows []spanRow) []int32 {
	var out []int32
	seen := map[int32]bool{}
	for _, s := range rows {
		if !seen[s.group] {
			seen[s.group] = true
			out = append(out, s.group)
		}
	}
	return out
}

// filterSpans is the rows of a group keep says, less those in drop.
func filterSpans(rows []spanRow, keep func(int32) bool, drop map[int]bool) []spanRow {
	var out []spanRow
	for _, s := range rows {
		if keep(s.group) && !drop[s.n] {
			out = append(out, s)
		}
	}
	return out
}

// filterDays is the day rows, of groups groups, of a group keep says.
func filterDays(rows []dayUnits, groups []int32, keep func(int32) bool) []dayUnits {
	var out []dayUnits
	for i, d := range rows {
		if keep(groups[i]) {
			out = append(out, d)
		}
	}
	return out
}

// spanGroups groups rows by their span of days, shortest spans first.
func spanGroups(rows []spanRow) []spanGroup {
	if len(rows) == 0 {
		return nil
	}
	var groups []spanGroup
	at := map[[2]int]int{}
	for _, s := range rows {
		k := [2]int{s.d.first, s.d.last}
		i, ok := at[k]
		if !ok {
			i = len(groups)
			at[k] = i
			groups = append(groups, spanGroup{first: s.d.first, last: s.d.last})
		}
		groups[i].rows = append(groups[i].rows, s)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		return groups[i].last-groups[i].first < groups[j].last-groups[j].first
	})
	return groups
}

// daysIn is the sum and the count of the rows of days dated from day
// first through day last.
func daysIn(days []dayUnits, first, last int) (sum int64, n int) {
	for _, x := range days {
		if d := int(x.day); d >= first && d <= last {
			sum += x.units
			n++
		}
	}
	return sum, n
}
