package importer

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"pacer/app"
)

// dimSum adds up a dimension value's rows as bucket does: in units of the
// goal's last decimal while they fit, else as floats.
type dimSum struct {
	text  string // the first row's text
	units int64
	exact bool
	fsum  float64
	rows  int
}

// dimGroup numbers the current row's dimension values, folded, one after
// the other: 0 when the file has no dimension columns or the row leaves
// them blank. A number, not the text, is kept for each of a million rows.
func (pl *importPlanner) dimGroup() int32 {
	if len(pl.dimCols) == 0 {
		return 0
	}
	buf, blank := pl.groupBuf[:0], true
	for _, folded := range pl.dimTexts() {
		blank = blank && folded == ""
		buf = append(append(buf, folded...), 0)
	}
	pl.groupBuf = buf
	if blank {
		return 0
	}
	if id, ok := pl.groupIDs[string(buf)]; ok {
		return id
	}
	if pl.groupIDs == nil {
		pl.groupIDs = map[string]int32{}
	}
	id := int32(len(pl.groupIDs) + 1)
	pl.groupIDs[string(buf)] = id
	return id
}

// dimTexts are the current row's dimension values, folded (fold), read
// once a row for dimGroup and addDimensions.
func (pl *importPlanner) dimTexts() []string {
	if pl.dimRow != pl.cur+1 {
		pl.dimFolded = pl.dimFolded[:0]
		for _, col := range pl.dimCols {
			pl.dimFolded = append(pl.dimFolded, pl.fold(importCellText(pl.t.Cell(pl.cur, col))))
		}
		pl.dimRow = pl.cur + 1
	}
	return pl.dimFolded
}

// addDimensions adds value v of the current row, in period b of flow
// goal g, to the row's value in each dimension column. The sums live in
// the period's bucket, one map a column keyed by the folded value: a
// million rows look up their bucket once, not once a column.
func (pl *importPlanner) addDimensions(g *app.Goal, b *bucket, v float64) {
	if g.Aggregation != app.AggFlow || len(pl.dimCols) == 0 {
		return
	}
	if b.dims == nil {
		b.dims = make([]map[string]*dimSum, len(pl.dimCols))
		for i := range b.dims {
			b.dims[i] = map[string]*dimSum{}
		}
	}
	for i, folded := range pl.dimTexts() {
		s := b.dims[i][folded]
		if s == nil {
			s = &dimSum{text: importCellText(pl.t.Cell(pl.cur, pl.dimCols[i])), exact: true}
			b.dims[i][folded] = s
		}
		s.rows++
		s.fsum += v
		units := math.Round(v * math.Pow10(g.Decimals))
		if s.exact && math.Abs(units) < 1<<53 && math.Abs(float64(s.units)+units) < 1<<53 {
			s.units += int64(units)
		} else {
			s.exact = false
		}
	}
}

// dimensionName is a dimension column's name: its header, else "#N".
func (pl *importPlanner) dimensionName(col int) string {
	if pl.m.SkipHeader && pl.m.HeaderRow < len(pl.t.Rows) {
		if h := importCellText(pl.t.Cell(pl.m.HeaderRow, col)); h != "" {
			return h
		}
	}
	return "#" + strconv.Itoa(col+1)
}

// dimensionNames names each dimension column, in column order, by
// dimensionName, and a name met before with " (2)", " (3)" and so on: two
// columns headed Region are two dimensions, which one name would merge
// into the same stored values.
func (pl *importPlanner) dimensionNames() map[int]string {
	cols := slices.Clone(pl.m.Dimensions)
	slices.Sort(cols)
	names, taken := map[int]string{}, map[string]bool{}
	for _, col := range cols {
		if _, ok := names[col]; ok {
			continue
		}
		base := pl.dimensionName(col)
		name := base
		for n := 2; taken[name]; n++ {
			name = base + " (" + strconv.Itoa(n) + ")"
		}
		names[col], taken[name] = name, true
	}
	return names
}

// breakdown lists the dimension values of the periods written (written
// says which), by goal, check-ins before history, period, dimension
// column and value; a sum that cannot be held leaves its value out.
func (pl *importPlanner) breakdown(written func(bucketKey) bool) []app.DimensionValue {
	keys := pl.dimensionKeys(written)
	names := pl.dimensionNames()
	out := make([]app.DimensionValue, 0, len(keys))
	for _, k := range keys {
		s, g := pl.buckets[k.bucket].dims[k.dim][k.value], pl.goals[k.bucket.goalID]
		amount := float64(s.units) / math.Pow10(g.Decimals)
		if !s.exact {
			var err error
			if amount, err = app.RoundTo(s.fsum, g.Decimals); err != nil {
				continue
			}
		}
		out = append(out, app.DimensionValue{GoalID: k.bucket.goalID, PeriodKey: k.bucket.p.Key(), History: k.bucket.history,
			Dimension: names[pl.dimCols[k.dim]], Value: s.text, Amount: amount, Rows: s.rows})
	}
	return out
}

// dimKey names one dimension value's share of a period: the bucket's
// key, the index of its column in dimCols, and the folded value.
type dimKey struct {
	bucket bucketKey
	dim    int
	value  string
}

// dimensionKeys lists the dimension values of the periods written,
// sorted by period, column and value.
func (pl *importPlanner) dimensionKeys(written func(bucketKey) bool) []dimKey {
	var keys []dimKey
	for bk, b := range pl.buckets {
		if b.dims == nil || !written(bk) {
			continue
		}
		for i, m := range b.dims {
			for v := range m {
				keys = append(keys, dimKey{bk, i, v})
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.bucket != b.bucket {
			return bucketLess(a.bucket, b.bucket)
		}
		if ca, cb := pl.dimCols[a.dim], pl.dimCols[b.dim]; ca != cb {
			return ca < cb
		}
		return a.value < b.value
	})
	return keys
}

// GuessDimensionColumns are the columns of t, other than skip (the date,
// goal and value columns), that read as categories to break goals down by:
// mostly text that is neither a number nor a date, filled on at least half
// of the rows that hold anything, with few distinct values among the first
// rows (at most 20, or a tenth of those rows, or each value repeated three
// times on average, as 50 stores a day are), and not named as remarks
// (noteColumn), so that a column of invoice numbers or notes is not one;
// nor is a column the workbook hides, which the user does not see.
func GuessDimensionColumns(t Table, skip ...int) []int {
	var out []int
	first, last := headerRows(t), min(len(t.Rows), guessRows)
	rows := filledRows(t, first, last)
	for col := 0; col < t.Columns; col++ {
		if slices.Contains(skip, col) || t.HiddenColumn(col) || noteColumn(t, col) || share(t, col, isNumberCell) >= 0.5 || share(t, col, isDateCell) >= 0.5 {
			continue
		}
		distinct, filled := map[string]bool{}, 0
		for r := first; r < last; r++ {
			if text := foldName(t.Cell(r, col).Text); text != "" {
				distinct[text] = true
				filled++
			}
		}
		// A category applies to every sale, where a remark is written on
		// a few rows: "首单" on one, "补货" on another.
		if 2*filled < rows {
			continue
		}
		// A column of 50 stores shows all 50 in the first few days' rows:
		// values that repeat, each at least three times on average, are
		// categories too, where invoice numbers and notes do not repeat.
		if n := len(distinct); n > 0 && (n <= max(20, rows/10) || 3*n <= rows) {
			out = append(out, col)
		}
	}
	return out
}

// filledRows counts the rows from first up to last that hold anything:
// blank lines kept for their row numbers are no rows of the table.
func filledRows(t Table, first, last int) int {
	n := 0
	for r := first; r < last; r++ {
		if slices.ContainsFunc(t.Rows[r], func(c Cell) bool { return strings.TrimSpace(c.Text) != "" }) {
			n++
		}
	}
	return n
}

// noteWords name a column of remarks, whatever its first rows hold: a
// 备注 of "正常" on every row is still free text, no category.
var noteWords = []string{"备注", "附注", "说明", "摘要", "note", "notes", "remark", "remarks", "comment", "comments", "memo", "description"}

// noteColumn reports whether column col of t is named as remarks, on its
// own or as the name under a group ("收入 · 备注").
func noteColumn(t Table, col int) bool {
	if !t.HasHeader || col >= len(t.Header) {
		return false
	}
	name := foldName(t.Header[col])
	if i := strings.LastIndex(name, "·"); i >= 0 {
		name = strings.TrimSpace(name[i+len("·"):])
	}
	return slices.Contains(noteWords, name)
}
