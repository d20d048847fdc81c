package app

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The dashboard's and the review's compute at 2,000 goals (issue 17) took
// shortcuts: At by bisection, ReviewPeriods once per span, SortByWorstGap
// on positions, remainingAfter without Periods, keys cut from one string,
// digits by hand. Each test here runs the code before the shortcut, kept
// below as the oracle, and the code after on random inputs, and wants
// every figure to the bit.

// randomOracleGoal is a goal of any kind, aggregation, cadence and span,
// with a plan that is missing, even, by month, quarter or week, with gaps,
// or out of order with keys that do not parse.
func randomOracleGoal(r *rand.Rand, cal Calendar) (Goal, []PeriodTarget) {
	kinds := []Kind{KindIncrease, KindDecrease, KindStayAbove, KindStayBelow, KindMilestone}
	cads := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear}
	g := Goal{Kind: kinds[r.IntN(len(kinds))], Aggregation: AggFlow, Cadence: cads[r.IntN(len(cads))],
		PlanBy: []Cadence{CadenceMonth, CadenceQuarter, "", CadenceWeek}[r.IntN(4)], Decimals: r.IntN(3),
		Target: math.Round(r.NormFloat64()*10000) / []float64{1, 10, 7}[r.IntN(3)]}
	if r.IntN(3) == 0 {
		g.Aggregation = AggLevel
	}
	if r.IntN(2) == 0 {
		b := float64(r.IntN(1000)) / 3
		g.Baseline = &b
	}
	g.Start = NewDate(2015+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(28))
	g.End = Date{Time: g.Start.AddDate(r.IntN(5), r.IntN(12), r.IntN(40))}
	if r.IntN(15) == 0 {
		g.End = Date{}
	}
	var plan []PeriodTarget
	switch r.IntN(5) {
	case 0:
	case 1:
		plan = SplitEven(cal, g, []Cadence{CadenceMonth, CadenceQuarter}[r.IntN(2)])
	case 2: // out of order, mixed cadences, keys that do not parse
		for _, p := range cal.Periods(CadenceMonth, g.Start, g.End) {
			plan = append(plan, PeriodTarget{PeriodKey: p.Key(), Target: float64(r.IntN(400)) / 3})
		}
		r.Shuffle(len(plan), func(i, j int) { plan[i], plan[j] = plan[j], plan[i] })
		plan = append(plan, PeriodTarget{PeriodKey: "2020-Q2", Target: 9}, PeriodTarget{PeriodKey: "x", Target: 1})
	default: // in order, with gaps
		by := []Cadence{CadenceMonth, CadenceQuarter, CadenceWeek}[r.IntN(3)]
		for _, p := range cal.Periods(by, g.Start, g.End) {
			if r.IntN(5) > 0 {
				plan = append(plan, PeriodTarget{PeriodKey: p.Key(), Target: math.Round(r.NormFloat64()*500) / 4})
			}
		}
	}
	return g, plan
}

func randomCalendar(r *rand.Rand) Calendar {
	return Calendar{FiscalStart: time.Month(r.IntN(13))}
}

// TestAtByBisectionIsTheLoop compares At of ordered entries with the loop
// over every entry that At still runs for entries that overlap.
func TestAtByBisectionIsTheLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 1))
	ordered := 0
	for range 3000 {
		cal := randomCalendar(r)
		g, plan := randomOracleGoal(r, cal)
		x := cal.Expectation(g, plan)
		loop := x
		loop.ordered = false
		if x.ordered {
			ordered++
		}
		from, to := g.Start.DayNumber()-40, g.Start.DayNumber()+6*366
		for day := from; day < to; day += 1 + r.IntN(9) {
			if a, b := x.At(day), loop.At(day); math.Float64bits(a) != math.Float64bits(b) {
				t.Fatalf("%+v plan %v: At(%d) = %v by bisection, %v by the loop", g, plan, day, a, b)
			}
		}
	}
	if ordered < 1500 {
		t.Errorf("only %d of 3000 expectations ordered: the bisection is hardly tested", ordered)
	}
}

// reviewPeriodsBefore is ReviewPeriods as it was.
func reviewPeriodsBefore(cal Calendar, goals []Goal, c Cadence, asOf Date) []Period {
	seen := map[Period]bool{}
	var out []Period
	for _, g := range goals {
		for _, p := range cal.Periods(c, g.Start, g.End) {
			if !seen[p] && cal.FirstDay(p) <= asOf.DayNumber() {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return PeriodLess(out[j], out[i]) })
	return out
}

func TestReviewPeriodsAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 2))
	for range 500 {
		cal := randomCalendar(r)
		var goals []Goal
		for range r.IntN(12) {
			g, _ := randomOracleGoal(r, cal)
			if r.IntN(10) == 0 {
				g.Start = Date{}
			}
			goals = append(goals, g)
			if r.IntN(3) == 0 { // a goal of the same span
				goals = append(goals, g)
			}
		}
		asOf := NewDate(2014+r.IntN(14), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		for _, c := range []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear, "fortnight"} {
			got, want := ReviewPeriods(cal, goals, c, asOf), reviewPeriodsBefore(cal, goals, c, asOf)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s as of %s: %v, want %v", c, asOf, got, want)
			}
		}
	}
}

// sortByWorstGapBefore is SortByWorstGap as it was.
func sortByWorstGapBefore(rows []ReviewRow) {
	sort.SliceStable(rows, func(i, j int) bool {
		gi, oki := rows[i].Gap()
		gj, okj := rows[j].Gap()
		if oki != okj {
			return oki
		}
		return oki && gi < gj
	})
}

func TestSortByWorstGapAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 3))
	kinds := []Kind{KindIncrease, KindDecrease, KindStayBelow}
	for range 300 {
		rows := make([]ReviewRow, r.IntN(200))
		for i := range rows {
			rows[i].Goal.ID = int64(i)
			rows[i].Goal.Kind = kinds[r.IntN(len(kinds))]
			rows[i].HasActual, rows[i].HasExpected = r.IntN(8) > 0, r.IntN(8) > 0
			rows[i].VsPlan = VarianceResult{Abs: float64(r.IntN(5) - 2), Rel: float64(r.IntN(7)-3) / 4, RelOK: r.IntN(5) > 0}
			if r.IntN(30) == 0 { // a NaN gap, which orders with nothing
				rows[i].VsPlan.Rel = math.NaN()
			}
		}
		want := append([]ReviewRow(nil), rows...)
		sortByWorstGapBefore(want)
		SortByWorstGap(rows)
		for i := range rows {
			if rows[i].Goal.ID != want[i].Goal.ID {
				t.Fatalf("row %d is goal %d, want %d", i, rows[i].Goal.ID, want[i].Goal.ID)
			}
		}
	}
}

// remainingAfterBefore is remainingAfter as it was.
func remainingAfterBefore(cal Calendar, g Goal, latest Period) []Period {
	from := g.Start
	if day := cal.LastDay(latest) + 1; day > from.DayNumber() {
		from = DateOfDayNumber(day)
	}
	if g.End.IsZero() || from.DayNumber() > g.End.DayNumber() {
		return nil
	}
	var out []Period
	for _, p := range cal.Periods(g.Cadence, from, g.End) {
		if PeriodLess(latest, p) {
			out = append(out, p)
		}
	}
	return out
}

func TestRemainingAfterAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 4))
	buf := []Period{{CadenceYear, 1999, 1}} // storage lent from goal to goal, as PacesFrom lends it
	ends := []int{7}
	for range 3000 {
		cal := randomCalendar(r)
		g, _ := randomOracleGoal(r, cal)
		day := NewDate(2013+r.IntN(16), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		latest := cal.PeriodOf(g.Cadence, day)
		if r.IntN(10) == 0 {
			latest = Period{} // a latest key that did not parse
		}
		got, gotEnds := remainingAfter(cal, g, latest, buf, ends)
		want := remainingAfterBefore(cal, g, latest)
		buf, ends = keep(buf, got), keep(ends, gotEnds)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%+v after %v: %v, want %v", g, latest, got, want)
		}
		if len(gotEnds) != len(got) {
			t.Fatalf("%+v after %v: %d last days for %d periods", g, latest, len(gotEnds), len(got))
		}
		for i, p := range got {
			if gotEnds[i] != cal.LastDay(p) {
				t.Fatalf("%+v after %v: %v ends on day %d, want %d", g, latest, p, gotEnds[i], cal.LastDay(p))
			}
		}
	}
}

// TestPlanAheadIsPlanOf wants the plan of the remaining periods worked out
// in turn (planAhead) to be planOf of each, to the bit, with and without
// a plan and with a plan that is not in order.
func TestPlanAheadIsPlanOf(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 6))
	for range 3000 {
		cal := randomCalendar(r)
		g, plan := randomOracleGoal(r, cal)
		latest := cal.PeriodOf(g.Cadence, NewDate(2013+r.IntN(16), time.Month(1+r.IntN(12)), 1+r.IntN(28)))
		pj := projector{cal: cal, g: g}
		if r.IntN(4) > 0 {
			x := cal.expectationIn(g, plan, nil)
			pj.plan = &x
		}
		var ends []int
		pj.remaining, ends = remainingAfter(cal, g, latest, nil, nil)
		got := pj.planAhead(ends, nil)
		if len(got) != len(pj.remaining) {
			t.Fatalf("%d figures for %d periods", len(got), len(pj.remaining))
		}
		for i, p := range pj.remaining {
			if want := pj.planOf(p); math.Float64bits(got[i]) != math.Float64bits(want) {
				t.Fatalf("%+v, plan %v: %v plans %v, want %v", g, plan, p, got[i], want)
			}
		}
	}
}

func TestPeriodKeysAreKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 5))
	cads := []Cadence{CadenceWeek, CadenceMonth, CadenceQuarter, CadenceHalf, CadenceYear, ""}
	for _, n := range []int{0, 1, 5, 63, 64, 65, 100, 300} {
		ps := make([]Period, n)
		for i := range ps {
			ps[i] = Period{cads[r.IntN(len(cads))], r.IntN(10010), r.IntN(55)}
		}
		got := make([]string, n)
		periodKeys(ps, func(i int, key string) { got[i] = key })
		for i, p := range ps {
			if got[i] != p.Key() {
				t.Fatalf("key %d of %d: %q, want %q", i, n, got[i], p.Key())
			}
		}
	}
}

// digitsBefore and splitPeriodKeyBefore are digits and splitPeriodKey as
// they were.
func digitsBefore(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func splitPeriodKeyBefore(key string) (c Cadence, year, index int, ok bool) {
	if len(key) < 4 {
		return "", 0, 0, false
	}
	year, ok = digitsBefore(key[:4])
	rest, dash := strings.CutPrefix(key[4:], "-")
	switch {
	case !ok:
		return "", 0, 0, false
	case key[4:] == "":
		return CadenceYear, year, 1, true
	case !dash:
		return "", 0, 0, false
	}
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		c, rest = CadenceQuarter, rest[1:]
	case len(rest) == 2 && rest[0] == 'H':
		c, rest = CadenceHalf, rest[1:]
	case len(rest) == 3 && rest[0] == 'W':
		c, rest = CadenceWeek, rest[1:]
	case len(rest) == 2:
		c = CadenceMonth
	default:
		return "", 0, 0, false
	}
	index, ok = digitsBefore(rest)
	return c, year, index, ok
}

func TestParseKeyAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 6))
	alphabet := "0123456789-WQH+ x"
	keys := []string{"", "2023", "2023-", "2023-Q", "2023-W", "-023-Q1", "+023", "2023-+1", "2023-W+1", "2023-Q0"}
	for range 200000 {
		var b []byte
		if r.IntN(2) == 0 { // near a real key
			b = fmt.Appendf(nil, "%04d-%s%02d", r.IntN(10000), []string{"W", "Q", "H", ""}[r.IntN(4)], r.IntN(60))
			b = b[:r.IntN(len(b)+1)]
			if len(b) > 0 && r.IntN(3) == 0 {
				b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
			}
		} else {
			for range r.IntN(9) {
				b = append(b, alphabet[r.IntN(len(alphabet))])
			}
		}
		keys = append(keys, string(b))
	}
	for _, k := range keys {
		c, y, i, ok := splitPeriodKey(k)
		wc, wy, wi, wok := splitPeriodKeyBefore(k)
		if c != wc || y != wy || i != wi || ok != wok {
			t.Fatalf("%q: %v %v %v %v, want %v %v %v %v", k, c, y, i, ok, wc, wy, wi, wok)
		}
	}
}

// dropFloatNoiseBefore is DropFloatNoise as it was: through strings.
func dropFloatNoiseBefore(v float64) float64 {
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return c
}

func TestDropFloatNoiseAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 7))
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1 * 3, 1e11, 1e12, 1e12 - 1, 1e12 + 0.5, 999999999999.5,
		99999999999.95, 0.3, 1e-10, 9.999999999995e-11, 123456.7890125, 2.5e-5, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 1304.5 * 7 / 91, 5e-324}
	for range 2_000_000 {
		var v float64
		switch r.IntN(5) {
		case 0: // any float
			v = math.Float64frombits(r.Uint64())
		case 1: // a sum of cents, a prorated plan
			v = float64(r.IntN(1e9)) / 100 * float64(r.IntN(90)+1) / 91
		case 2: // at a half of the 12th digit
			v = (float64(r.Int64N(9e11)+1e11) + 0.5) * math.Pow10(r.IntN(30)-20)
		case 3: // a whole number
			v = float64(r.Int64N(1 << 53))
		default: // any size, any digits
			v = r.NormFloat64() * math.Pow10(r.IntN(40)-20)
		}
		values = append(values, v, -v)
	}
	fast := 0
	for _, v := range values {
		got, want := DropFloatNoise(v), dropFloatNoiseBefore(v)
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("DropFloatNoise(%v) = %v, want %v", v, got, want)
		}
		if _, ok := dropFloatNoiseFast(v); ok {
			fast++
		}
	}
	if fast < len(values)/4 {
		t.Errorf("only %d of %d values took the fast way", fast, len(values))
	}
}
