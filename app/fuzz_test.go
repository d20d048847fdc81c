package app

import (
	"bytes"
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pacer/data"
)

// The fuzz targets of the number and target parsers, the import planner
// and the SMART text rules. FuzzParseDate and FuzzReadTable are in
// import_fuzz_test.go. Seeds are in testdata/fuzz/<FuzzName>/; .ci/fuzz.sh
// runs each target in turn.

// FuzzParseNumber checks that ParseNumber never panics, refuses with its
// message, returns only finite numbers without a negative zero, and reads
// back what FormatValue and FormatWan write.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"1,234.5", "1 234,5", "1.234,5", "-12.5", "−12.5", "(1,200)", "１２３", "8%",
		"¥1,200", "$1,200.50", "1200 元", "RMB 1200", "800万", "1.2亿", "3千", "1万亿",
		"", "1.2.3", "12abc", "NaN", "Inf", "1e400", "9999999999999999999999999999万亿",
		"(", ")", "-", "+", "%", "¥", "SEK 1", "1 SEK", ".", "..", "(-)", "0.0000000000001",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, comma bool) {
		nf := NumberFormat{DecimalComma: comma}
		v, err := ParseNumber(s, nf)
		if err != nil {
			if !errors.Is(err, ErrNumber) || data.ErrorCode(err) != data.EInvalid || data.ErrorMessage(err) != msgNumber ||
				data.ErrorArgs(err)["Example"] != nf.Example() {
				t.Fatalf("ParseNumber(%q) error %v (message %q)", s, err, data.ErrorMessage(err))
			}
			return
		}
		if !isFinite(v) || math.Signbit(v) && v == 0 {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		checkNumberReadsBack(t, v)
	})
}

// checkNumberReadsBack checks that v written as Pacer writes numbers, and
// in either format, parses back: exactly, or as RoundValue at the
// decimals shown.
func checkNumberReadsBack(t *testing.T, v float64) {
	t.Helper()
	plain := strconv.FormatFloat(v, 'f', -1, 64)
	comma := strings.Replace(plain, ".", ",", 1)
	for s, nf := range map[string]NumberFormat{plain: {}, comma: {DecimalComma: true}} {
		if got, err := ParseNumber(s, nf); err != nil || got != v {
			t.Fatalf("%v written as %q parses as %v, %v", v, s, got, err)
		}
	}
	units := []struct {
		unit  data.Unit
		label string
	}{{data.UnitCount, ""}, {data.UnitPercent, ""}, {data.UnitCurrency, "CNY"}, {data.UnitCurrency, "CHF"}}
	for _, d := range []int{0, 2, MaxDecimals} {
		want := RoundValue(v, d)
		for _, u := range units {
			s := FormatValue(v, d, u.unit, u.label)
			if got, err := ParseNumber(s, NumberFormat{}); err != nil || got != want {
				t.Fatalf("FormatValue(%v, %d) = %q parses as %v, %v; want %v", v, d, s, got, err, want)
			}
		}
		// The same digits in the decimal-comma format: 1.234,5.
		s := strings.Map(func(r rune) rune {
			switch r {
			case '.':
				return ','
			case ',':
				return '.'
			}
			return r
		}, FormatValue(v, d, data.UnitCount, ""))
		if got, err := ParseNumber(s, NumberFormat{DecimalComma: true}); err != nil || got != want {
			t.Fatalf("%v at %d decimals written %q parses as %v, %v; want %v", v, d, s, got, err, want)
		}
	}
	// FormatWan loses no digit when the fraction has at most one, even
	// when it divides by 亿.
	if _, frac, _ := strings.Cut(plain, "."); len(frac)+8 <= MaxDecimals {
		s := FormatWan(v, MaxDecimals)
		if got, err := ParseNumber(s, NumberFormat{}); err != nil || got != v {
			t.Fatalf("FormatWan(%v) = %q parses as %v, %v", v, s, got, err)
		}
	}
}

// FuzzParseTargetChange checks the target field: ParseTargetChange never
// panics and refuses with its message; what it reads is the number
// ParseNumber reads, and Resolve and DescribeTarget give finite values or
// a message for any baseline.
func FuzzParseTargetChange(f *testing.F) {
	for _, s := range []string{"+20%", "-10 %", "+2 pp", "2个百分点", "¥+1,000", "+800万", "15%", "(1,200)", "+1e309", "+NaN"} {
		f.Add(s, false, 5e7, true, uint8(0))
		f.Add(s, true, 0.0, true, uint8(1))
		f.Add(s, false, math.NaN(), false, uint8(2))
	}
	f.Fuzz(func(t *testing.T, s string, comma bool, baseline float64, hasBase bool, unit uint8) {
		nf := NumberFormat{DecimalComma: comma}
		in, err := ParseTargetChange(s, nf)
		if err != nil {
			if !errors.Is(err, ErrNumber) || data.ErrorCode(err) != data.EInvalid || data.ErrorMessage(err) != msgTarget {
				t.Fatalf("ParseTargetChange(%q) error %v", s, err)
			}
			return
		}
		if in.Mode < TargetAbsolute || in.Mode > TargetChangeAbs || !isFinite(in.Number) || (in.Percent && in.Mode != TargetAbsolute) {
			t.Fatalf("ParseTargetChange(%q) = %+v", s, in)
		}
		if in.Mode != TargetChangePP {
			if v, err := ParseNumber(s, nf); err != nil || v != in.Number {
				t.Fatalf("ParseTargetChange(%q) = %+v, but ParseNumber reads %v, %v", s, in, v, err)
			}
		}
		u := []data.Unit{data.UnitCount, data.UnitPercent, data.UnitCurrency, data.UnitCustom}[unit%4]
		var base *float64
		if hasBase {
			base = &baseline
		}
		target, err := in.Resolve(base, u)
		if err != nil {
			if !errors.Is(err, ErrTarget) || data.ErrorCode(err) != data.EInvalid || !slices.Contains(Messages, data.ErrorMessage(err)) {
				t.Fatalf("%+v.Resolve(%v) error %v", in, baseline, err)
			}
			return
		}
		if !isFinite(target) || (in.Mode == TargetAbsolute && target != in.Number) {
			t.Fatalf("%+v.Resolve(%v, %s) = %v", in, baseline, u, target)
		}
		if c := DescribeTarget(base, target, u); !isFinite(c.Abs) || !isFinite(c.Pct) || !isFinite(c.PP) {
			t.Fatalf("DescribeTarget(%v, %v) = %+v", baseline, target, c)
		}
	})
}

// FuzzPlanImport feeds a small file through ReadTable and PlanImport
// against fixed goals: planning never fails for a valid mapping, is
// deterministic, and accounts for every data row, which is either planned
// or rejected with its row number and a message; what it plans is what
// the store accepts.
func FuzzPlanImport(f *testing.F) {
	f.Add([]byte("date,goal,value\n2023-01-31,sales,\"1,234.5\"\n2023-02,销售额,¥800万\n2022-Q4,share,8%\nbad,ghost,NaN\n"), false, false, true)
	f.Add([]byte("Datum;Umsatz;Anteil\n31.01.2023;1.234,50;8,5\n\n02/03/2023;(1.234);\n"), true, true, false)
	f.Fuzz(func(t *testing.T, b []byte, monthFirst, comma, long bool) {
		tab, err := ReadTable(bytes.NewReader(b), "fuzz.csv")
		if err != nil {
			return // FuzzReadTable checks its errors
		}
		m := Mapping{DateColumn: 0, GoalColumn: -1, NumberFormat: NumberFormat{DecimalComma: comma}, SkipHeader: tab.HasHeader,
			GoalByName: map[string]int64{"sales": 1, "销售额": 1, "share": 2, "visits": 3, "undated": 4, "ghost": 99}}
		if monthFirst {
			m.DayMonth = MonthFirst
		}
		if long && tab.Columns >= 3 {
			m.GoalColumn, m.ValueColumn = 1, 2
		} else {
			m.ValueColumns = map[int]int64{}
			for c, id := range []int64{1, 2, 3, 4, 99} {
				if c+1 < tab.Columns {
					m.ValueColumns[c+1] = id
				}
			}
		}
		existing := data.Snapshot{CheckIns: map[int64][]data.CheckIn{1: {{GoalID: 1, PeriodKey: "2023-01", Value: 5}}}}
		plan, err := PlanImport(context.Background(), april, tab, m, importGoals(), existing, nil)
		if len(m.ValueColumns) == 0 && m.GoalColumn < 0 {
			if data.ErrorMessage(err) != msgImportNoMapping {
				t.Fatalf("a mapping without value columns gives %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("PlanImport: %v", err)
		}
		if again, _ := PlanImport(context.Background(), april, tab, m, importGoals(), existing, nil); !reflect.DeepEqual(again, plan) {
			t.Fatal("PlanImport is not deterministic")
		}
		checkImportRejected(t, plan)
		checkImportAccounts(t, tab, m, plan)
		checkImportPeriods(t, plan)
	})
}

// checkImportAccounts checks that every data row of tab is planned, left
// out with a rejected row, rejected or skipped on purpose: a long row gives
// one value, one rejection or one skip, a wide row one
// per filled value cell (or column of a missing goal), and a row whose
// date is refused one rejection alone.
func checkImportAccounts(t *testing.T, tab Table, m Mapping, plan ImportPlan) {
	t.Helper()
	byRow := map[int][]RejectedRow{}
	overflow := false
	for _, r := range plan.Rejected {
		if r.Row < 1 || r.Row > len(tab.Rows) || (m.SkipHeader && r.Row == 1) || importBlankRow(tab.Rows[r.Row-1]) {
			t.Fatalf("rejection of row %d (of %d): %+v", r.Row, len(tab.Rows), r)
		}
		if r.Message == msgImportOverflow {
			overflow = true
			continue
		}
		byRow[r.Row] = append(byRow[r.Row], r)
	}
	skipped := 0
	if m.SkipHeader {
		skipped = 1
	}
	if plan.Rows+plan.Blank+skipped != len(tab.Rows) {
		t.Fatalf("%d rows, %d blank, %d skipped of %d", plan.Rows, plan.Blank, skipped, len(tab.Rows))
	}
	want, rejected := 0, 0
	for i := skipped; i < len(tab.Rows); i++ {
		rs := byRow[i+1]
		rejected += len(rs)
		switch {
		case importBlankRow(tab.Rows[i]):
		case len(rs) > 0 && rs[0].Column == m.DateColumn:
			if len(rs) != 1 {
				t.Fatalf("row %d: rejected for its date and more: %+v", i+1, rs)
			}
			want++
		case m.GoalColumn >= 0:
			want++
		default:
			for c, id := range m.ValueColumns {
				if cell := tab.Cell(i, c); id == 99 || strings.TrimSpace(cell.Text) != "" || cell.Kind != CellText {
					want++
				}
			}
		}
	}
	leftOut := 0
	for _, lo := range plan.LeftOut {
		leftOut += lo.Values
	}
	if got := plan.Values + leftOut + rejected + plan.Skipped; got != want && !(overflow && got < want) {
		t.Fatalf("%d values, %d left out, %d rejections and %d skipped; want %d outcomes",
			plan.Values, leftOut, rejected, plan.Skipped, want)
	}
}

// checkImportPeriods checks that the planned values are finite, kept to
// their goal's decimals, one per goal and period, in the goal's check-in
// periods or in history before it starts, and that they add up to the
// values accepted.
func checkImportPeriods(t *testing.T, plan ImportPlan) {
	t.Helper()
	goals := map[int64]data.Goal{}
	for _, g := range importGoals() {
		goals[g.ID] = g
	}
	seen, rows := map[storedKey]bool{}, 0
	for _, ip := range plan.Periods {
		g := goals[ip.GoalID]
		k := storedKey{ip.GoalID, ip.History, ip.PeriodKey}
		p, err := ParsePeriodKey(ip.PeriodKey)
		if r, rerr := data.RoundTo(ip.Value, g.Decimals); rerr != nil || r != ip.Value || seen[k] || err != nil || ip.From.After(ip.Through.Time) {
			t.Fatalf("planned %+v", ip)
		}
		seen[k] = true
		rows += ip.Rows
		inSpan := slices.Contains(CheckInPeriods(april, g), p)
		if ip.History == inSpan || (ip.History && !april.End(p).Before(g.Start.Time)) {
			t.Fatalf("planned %+v for a goal from %s to %s", ip, g.Start, g.End)
		}
	}
	if rows != plan.Values || len(plan.CheckIns)+len(plan.History) != len(plan.Periods) {
		t.Fatalf("%d rows in periods, %d values; %d check-ins and %d history for %d periods",
			rows, plan.Values, len(plan.CheckIns), len(plan.History), len(plan.Periods))
	}
}

// FuzzCheckSMART checks the SMART rules on any title, description, owner
// and rationale, in English, Chinese or anything else, and any target and
// baseline: CheckSMART never panics, is deterministic, gives S, M, A, R and
// T in order, each the worst of its findings, whose messages render with
// preformatted args that never show NaN or an infinity.
func FuzzCheckSMART(f *testing.F) {
	base := SMARTInput{Goal: wizardGoal(f), History: salesHistory(), Today: data.NewDate(2023, 1, 5)}
	base.Plan, _ = SplitSeasonal(Calendar{}, base.Goal, data.CadenceQuarter, salesHistory())
	for _, title := range []string{"In 2023 raise North-America sales by 20%", "2023年华东区销售额提升20%", "提升业绩", "", "🚀"} {
		f.Add(title, "描述 description", "Li Wei", "why", uint8(0), 6e7, 5e7, true)
	}
	f.Fuzz(func(t *testing.T, title, desc, owner, reason string, kind uint8, target, baseline float64, hasBase bool) {
		in := base
		g := &in.Goal
		g.Title, g.Description, g.Owner, g.Rationale, g.Target = title, desc, owner, reason, target
		g.Kind = []data.Kind{data.KindIncrease, data.KindDecrease, data.KindStayAbove, data.KindStayBelow, data.KindMilestone, ""}[kind%6]
		g.Baseline = nil
		if hasBase {
			g.Baseline = &baseline
		}
		r := CheckSMART(in)
		if again := CheckSMART(in); !reflect.DeepEqual(again, r) {
			t.Fatal("CheckSMART is not deterministic")
		}
		if len(r.Letters) != 5 {
			t.Fatalf("%d letters", len(r.Letters))
		}
		for i, l := range r.Letters {
			if l.Letter != "SMART"[i:i+1] || l.Verdict < VerdictPass || l.Verdict > VerdictFail {
				t.Fatalf("letter %d is %s %v", i, l.Letter, l.Verdict)
			}
			messages(t, l)
			for _, fd := range l.Findings {
				checkFindingArgs(t, fd)
			}
		}
		if s := r.Letter("S"); strings.TrimSpace(title) == "" && (s.Verdict != VerdictFail || s.Findings[0].Message != msgSTitleMissing) {
			t.Fatalf("blank title %q: S is %+v", title, s)
		}
	})
}

// checkFindingArgs checks that a finding has a fix unless it passes, and
// that no figure in its args is NaN or infinite; only the title and the
// years found in it are the user's own text.
func checkFindingArgs(t *testing.T, fd Finding) {
	t.Helper()
	if (fd.Verdict == VerdictPass) != (fd.Fix == "") {
		t.Fatalf("finding %q with verdict %v has fix %q", fd.Message, fd.Verdict, fd.Fix)
	}
	for k, v := range fd.Args {
		s, _ := v.(string)
		if k != "Title" && k != "Years" && (strings.Contains(s, "NaN") || strings.Contains(s, "Inf")) {
			t.Fatalf("finding %q: %s is %q", fd.Message, k, s)
		}
	}
}
