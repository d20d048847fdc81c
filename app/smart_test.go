package app

import (
	"math"
	"reflect"
	"testing"
)

// acceptance is the seed's sales goal, ready to save: baseline 50M, target
// 60M, quarterly plan by last years' seasons with floors at +5 % year on
// year, and three years of history whose best year grew 25 %.
func Acceptance(t *testing.T, title string) SMARTInput {
	t.Helper()
	g := wizardGoal(t)
	g.Title = title
	plan, ok := SplitSeasonal(Calendar{}, g, CadenceQuarter, salesHistory())
	if !ok {
		t.Fatal("no seasonal plan")
	}
	plan, missing := FloorsFromGrowth(Calendar{}, g, plan, salesHistory(), 5)
	if missing != nil {
		t.Fatalf("floors missing for %v", missing)
	}
	return SMARTInput{Goal: g, Plan: plan, History: salesHistory(), Today: Day(t, "2023-01-05")}
}

// messages lists the message keys of a letter's findings, checking that
// each renders with its args and that the verdict is the worst finding.
func FindingMessages(t *testing.T, l LetterResult) []string {
	t.Helper()
	var ms []string
	worst := VerdictPass
	for _, f := range l.Findings {
		render(t, f.Message, f.Args)
		if f.Verdict != VerdictPass {
			render(t, f.Fix, f.Args)
		}
		worst = max(worst, f.Verdict)
		ms = append(ms, f.Message)
	}
	if worst != l.Verdict {
		t.Errorf("letter %s verdict %v, worst finding %v", l.Letter, l.Verdict, worst)
	}
	return ms
}

func TestSMARTAcceptance(t *testing.T) {
	for _, title := range []string{
		"In 2023 raise North-America sales by 20%, every quarter at least +5%",
		"2023年北美地区销售额提升20%，每季度同比增长不低于5%",
	} {
		r := CheckSMART(Acceptance(t, title))
		for i, want := range []string{"S", "M", "A", "R", "T"} {
			l := r.Letters[i]
			ms := FindingMessages(t, l)
			if l.Letter != want || l.Verdict != VerdictPass {
				t.Errorf("%q: letter %d = %s %v %v; want %s pass", title, i, l.Letter, l.Verdict, ms, want)
			}
		}
		if !r.CanSave() || r.Verdict() != VerdictPass {
			t.Errorf("%q: CanSave %v, Verdict %v", title, r.CanSave(), r.Verdict())
		}
		a := r.Letter("A").Findings
		want := map[string]any{"Needed": "+20.0%", "Reference": "¥50,000,000", "Best": "+25.0%"}
		if len(a) != 1 || a[0].Message != msgAWithin || !reflect.DeepEqual(a[0].Args, want) {
			t.Errorf("%q: A findings %+v; want within history with %v", title, a, want)
		}
	}
}

func TestSMARTVagueGoals(t *testing.T) {
	for _, title := range []string{"提高销售额", "Raise sales", "增加客户", "提升业绩", "improve sales", "do better",
		// "Raise operating revenue", "Raise sales a lot": a bare measure and an adverb.
		"提升营业收入", "大幅提升销售", "显著提高经营利润", "significantly grow revenue"} {
		// What the wizard holds before anything but a title is entered.
		r := CheckSMART(SMARTInput{Goal: Goal{Title: title, Kind: KindIncrease}})
		for _, l := range []string{"S", "M", "T"} {
			if got := r.Letter(l); got.Verdict != VerdictFail {
				t.Errorf("%q: %s = %v %v; want fail", title, l, got.Verdict, FindingMessages(t, got))
			}
		}
		s := r.Letter("S").Findings[0]
		if s.Message != MsgSVague || render(t, s.Message, s.Args) != "\""+title+"\" is too vague: it does not say how much, where or by when." {
			t.Errorf("%q: S finding %+v", title, s)
		}
		if r.CanSave() {
			t.Errorf("%q: CanSave", title)
		}
	}
}

// history2 is two years of annual history growing by growth percent to
// 1,000,000: the baseline of the FAQ example.
func history2(growth float64) []PeriodValue {
	return Vals("2021", 1e6/(1+growth/100), "2022", 1e6)
}

func TestSMARTAchievable(t *testing.T) {
	sales := func(baseline, target float64) Goal {
		g := wizardGoal(t)
		g.Baseline, g.Target = Ptr(baseline), target
		return g
	}
	costs := func(target float64) Goal {
		g := wizardGoal(t)
		g.Kind, g.Baseline, g.Target = KindDecrease, Ptr(1000), target
		return g
	}
	share := func(target float64) Goal {
		g := wizardGoal(t)
		g.Unit, g.UnitLabel, g.Aggregation, g.Decimals = UnitPercent, "", AggLevel, 1
		g.Baseline, g.Target = Ptr(8), target
		return g
	}
	costHistory := Vals("2020", 1000, "2021", 940, "2022", 1000)                         // best cut -6 %
	shareHistory := Vals("2020-Q4", 5, "2021-Q4", 6, "2022-Q4", 8, "2021", 6, "2022", 8) // full years 2021 and 2022: +2 pp
	tests := []struct {
		name    string
		g       Goal
		history []PeriodValue
		verdict Verdict
		msg     string
		args    map[string]any
	}{
		{"FAQ 1M to 5M is unrealistic", sales(1e6, 5e6), history2(10), VerdictWarn, MsgAUnrealistic,
			map[string]any{"Needed": "+400.0%", "Reference": "¥1,000,000", "Best": "+10.0%", "Suggested": "¥1,250,000"}},
		{"FAQ 1M to 5M without history", sales(1e6, 5e6), nil, VerdictWarn, MsgAUnrealisticNoHist,
			map[string]any{"Needed": "+400.0%", "Reference": "¥1,000,000"}},
		{"FAQ 1M to 5M after a year of +150%", sales(1e6, 5e6), history2(150), VerdictWarn, MsgAUnrealistic,
			map[string]any{"Needed": "+400.0%", "Reference": "¥1,000,000", "Best": "+150.0%", "Suggested": "¥4,000,000"}},
		{"FAQ 1M to 5M after a year of +200% is ambitious", sales(1e6, 5e6), history2(200), VerdictWarn, msgAAmbitious,
			map[string]any{"Needed": "+400.0%", "Reference": "¥1,000,000", "Best": "+200.0%"}},
		{"+40% over a best of +25% is ambitious", sales(5e7, 7e7), salesHistory(), VerdictWarn, msgAAmbitious,
			map[string]any{"Needed": "+40.0%", "Reference": "¥50,000,000", "Best": "+25.0%"}},
		{"+50% over a best of +25% is still ambitious", sales(5e7, 7.5e7), salesHistory(), VerdictWarn, msgAAmbitious,
			map[string]any{"Needed": "+50.0%", "Reference": "¥50,000,000", "Best": "+25.0%"}},
		{"+52% over a best of +25% is unrealistic", sales(5e7, 7.6e7), salesHistory(), VerdictWarn, MsgAUnrealistic,
			map[string]any{"Needed": "+52.0%", "Reference": "¥50,000,000", "Best": "+25.0%", "Suggested": "¥75,000,000"}},
		{"+10% after a shrinking year is ambitious (slack)", sales(1e6, 1.1e6), history2(-5), VerdictWarn, msgAAmbitiousAgainst,
			map[string]any{"Needed": "+10.0%", "Reference": "¥1,000,000", "Best": "-5.0%"}},
		{"+50% without history is only unknown", sales(1e6, 1.5e6), nil, VerdictWarn, MsgANoHistory, nil},
		{"one year of history shows no growth", sales(1e6, 1.5e6), Vals("2022", 1e6), VerdictWarn, msgANoGrowth, nil},
		{"a cut within the best cut", costs(950), costHistory, VerdictPass, msgAWithin,
			map[string]any{"Needed": "-5.0%", "Reference": "¥1,000", "Best": "-6.0%"}},
		{"a deeper cut is ambitious", costs(800), costHistory, VerdictWarn, msgAAmbitious,
			map[string]any{"Needed": "-20.0%", "Reference": "¥1,000", "Best": "-6.0%"}},
		{"a cut far beyond is unrealistic", costs(700), costHistory, VerdictWarn, MsgAUnrealistic,
			map[string]any{"Needed": "-30.0%", "Reference": "¥1,000", "Best": "-6.0%", "Suggested": "¥790"}},
		{"market share in points, within", share(10), shareHistory, VerdictPass, msgAWithin,
			map[string]any{"Needed": "+2.0 pp", "Reference": "8.0%", "Best": "+2.0 pp"}},
		{"market share in points, unrealistic", share(15), shareHistory, VerdictWarn, MsgAUnrealistic,
			map[string]any{"Needed": "+7.0 pp", "Reference": "8.0%", "Best": "+2.0 pp", "Suggested": "13.0%"}},
		{"no baseline and a target below last year", withBaseline(sales(0, 45e6), nil), salesHistory(), VerdictWarn, msgANoImprovement,
			map[string]any{"Needed": "-10.0%", "Reference": "¥50,000,000"}},
		{"no baseline: compared with the latest year", withBaseline(sales(0, 6e7), nil), salesHistory(), VerdictPass, msgAWithin,
			map[string]any{"Needed": "+20.0%", "Reference": "¥50,000,000", "Best": "+25.0%"}},
		{"no baseline, no history", withBaseline(sales(0, 6e7), nil), nil, VerdictWarn, MsgANoHistory, nil},
		{"no baseline, history without a full year", withBaseline(sales(0, 6e7), nil), Vals("2022-Q1", 1), VerdictWarn, msgANoReference, nil},
		// A year of zero or a loss is no base for growth in percent: from
		// -1M to 50M was "+5,100%", and any target was within reach.
		{"growth from a loss is unknown", sales(5e7, 6e7), Vals("2021", -1e6, "2022", 5e7), VerdictWarn, msgANoGrowthFromZero,
			map[string]any{"Year": "2021"}},
		{"growth from a year of zero is unknown", sales(5e7, 6e7), Vals("2021", 0, "2022", 5e7), VerdictWarn, msgANoGrowthFromZero,
			map[string]any{"Year": "2021"}},
		{"no baseline and a latest year of zero", withBaseline(sales(0, 6e7), nil), Vals("2021", 0, "2022", 0), VerdictWarn,
			MsgAGrowthUndefined, map[string]any{"Reference": "¥0"}},
	}
	for _, tt := range tests {
		in := SMARTInput{Goal: tt.g, History: tt.history}
		l := CheckSMART(in).Letter("A")
		ms := FindingMessages(t, l)
		if l.Verdict != tt.verdict || len(ms) != 1 || ms[0] != tt.msg || !reflect.DeepEqual(l.Findings[0].Args, tt.args) {
			t.Errorf("%s: A = %v %+v; want %v %q %v", tt.name, l.Verdict, l.Findings, tt.verdict, tt.msg, tt.args)
		}
	}
}

func TestSMARTFloors(t *testing.T) {
	g := wizardGoal(t)
	plan := pt("2023-Q1", 14e6, "2023-Q2", 15e6, "2023-Q3", 15e6, "2023-Q4", 16e6)
	tests := []struct {
		name    string
		plan    []PeriodTarget
		verdict Verdict
		msgs    []string
	}{
		{"floors met", FloorsAtLeast(plan, 14e6), VerdictPass, []string{msgAWithin}},
		{"a floor above its quarter", FloorsAtLeast(plan, 14.5e6), VerdictWarn, []string{msgAWithin, msgAFloorAbove}},
		{"floors add up to more than the target", FloorsAtLeast(plan, 15.5e6), VerdictFail,
			[]string{msgAWithin, msgAFloorsExceed, msgAFloorAbove}},
	}
	for _, tt := range tests {
		r := CheckSMART(SMARTInput{Goal: g, Plan: tt.plan, History: salesHistory()})
		l := r.Letter("A")
		if ms := FindingMessages(t, l); l.Verdict != tt.verdict || !reflect.DeepEqual(ms, tt.msgs) {
			t.Errorf("%s: A = %v %v; want %v %v", tt.name, l.Verdict, ms, tt.verdict, tt.msgs)
		}
	}
	l := CheckSMART(SMARTInput{Goal: g, Plan: FloorsAtLeast(plan, 15.5e6), History: salesHistory()}).Letter("A")
	if got := l.Findings[1].Args; !reflect.DeepEqual(got, map[string]any{"Floors": "¥62,000,000", "Target": "¥60,000,000"}) {
		t.Errorf("floor args = %v", got)
	}
	if got := l.Findings[2].Args["Periods"]; got != "2023-Q1, 2023-Q2, 2023-Q3" {
		t.Errorf("periods = %v", got)
	}
}

// TestSMARTCeilings: a decrease goal's bounds are ceilings, past when a
// period's target is above them; ceilings that add up to more than the
// target ask nothing more of it.
func TestSMARTCeilings(t *testing.T) {
	g := wizardGoal(t)
	base := 50e6
	g.Kind, g.Baseline, g.Target = KindDecrease, &base, 40e6
	plan := pt("2023-Q1", 9e6, "2023-Q2", 10e6, "2023-Q3", 10e6, "2023-Q4", 11e6)
	tests := []struct {
		name string
		plan []PeriodTarget
		want []string
	}{
		{"ceilings above every quarter", FloorsAtLeast(plan, 12e6), nil},
		{"a ceiling below a quarter's target", FloorsAtLeast(plan, 10.5e6), []string{msgACeilingBelow}},
	}
	for _, tt := range tests {
		l := CheckSMART(SMARTInput{Goal: g, Plan: tt.plan, History: salesHistory()}).Letter("A")
		var got []string
		for _, m := range FindingMessages(t, l) {
			if m == msgACeilingBelow || m == msgAFloorAbove || m == msgAFloorsExceed {
				got = append(got, m)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: bound findings %v, want %v", tt.name, got, tt.want)
		}
	}
	l := CheckSMART(SMARTInput{Goal: g, Plan: FloorsAtLeast(plan, 10.5e6), History: salesHistory()}).Letter("A")
	for _, f := range l.Findings {
		if f.Message == msgACeilingBelow && f.Args["Periods"] != "2023-Q4" {
			t.Errorf("periods past their ceiling = %v, want 2023-Q4", f.Args["Periods"])
		}
	}
}

// check runs CheckSMART on the acceptance input changed by edit and
// returns the findings of one letter.
func check(t *testing.T, letter string, edit func(in *SMARTInput)) (Verdict, []string, []Finding) {
	t.Helper()
	in := Acceptance(t, "In 2023 raise North-America sales by 20%, every quarter at least +5%")
	edit(&in)
	l := CheckSMART(in).Letter(letter)
	return l.Verdict, FindingMessages(t, l), l.Findings
}

func TestSMARTRules(t *testing.T) {
	tests := []struct {
		name    string
		letter  string
		edit    func(in *SMARTInput)
		verdict Verdict
		msgs    []string
	}{
		{"S: no title", "S", func(in *SMARTInput) { in.Goal.Title = "  " }, VerdictFail, []string{MsgSTitleMissing}},
		{"S: nothing specific", "S", func(in *SMARTInput) { in.Goal.Title = "Make customers happier" }, VerdictWarn, []string{msgSUnspecific}},
		{"S: 让客户更满意 names a measure but nothing specific", "S", func(in *SMARTInput) { in.Goal.Title = "让客户更满意一些" }, VerdictWarn, []string{msgSUnspecific}},
		{"S: no measure", "S", func(in *SMARTInput) { in.Goal.Title = "North America +20% in 2023" }, VerdictWarn, []string{msgSNoMeasure}},
		{"S: a milestone needs no measure", "S", func(in *SMARTInput) {
			in.Goal.Title, in.Goal.Kind = "Open the Shanghai store by June 2023", KindMilestone
		}, VerdictPass, nil},
		{"S: short", "S", func(in *SMARTInput) { in.Goal.Title = "销量+5%" }, VerdictWarn, []string{msgSShort}},
		{"S: long", "S", func(in *SMARTInput) {
			in.Goal.Title += " across every channel, every product line and every region we serve"
		}, VerdictWarn, []string{MsgSLong}},
		{"S: no owner", "S", func(in *SMARTInput) { in.Goal.Owner = "" }, VerdictWarn, []string{msgSNoOwner}},
		{"M: no unit", "M", func(in *SMARTInput) { in.Goal.Unit = "" }, VerdictFail, []string{msgMUnitMissing}},
		{"M: custom unit without a name", "M", func(in *SMARTInput) { in.Goal.Unit, in.Goal.UnitLabel = UnitCustom, " " },
			VerdictFail, []string{msgMCustomLabel}},
		{"M: no kind", "M", func(in *SMARTInput) { in.Goal.Kind = "" }, VerdictFail, []string{msgMKindMissing}},
		{"M: no aggregation", "M", func(in *SMARTInput) { in.Goal.Aggregation = "" }, VerdictFail, []string{msgMAggMissing}},
		{"M: target NaN", "M", func(in *SMARTInput) { in.Goal.Target = math.NaN() }, VerdictFail, []string{MsgMTargetNotFinite}},
		{"M: no target", "M", func(in *SMARTInput) { in.Goal.Target, in.Goal.Baseline = 0, nil }, VerdictFail, []string{MsgMTargetMissing}},
		{"M: no baseline", "M", func(in *SMARTInput) { in.Goal.Baseline = nil }, VerdictWarn, []string{MsgMNoBaseline}},
		{"M: increase not above", "M", func(in *SMARTInput) { in.Goal.Target = 5e7 }, VerdictFail, []string{MsgMNotAbove}},
		{"M: decrease not below", "M", func(in *SMARTInput) { in.Goal.Kind = KindDecrease }, VerdictFail, []string{MsgMNotBelow}},
		{"M: decrease to zero without baseline", "M", func(in *SMARTInput) {
			in.Goal.Kind, in.Goal.Target, in.Goal.Baseline = KindDecrease, 0, nil
		}, VerdictWarn, []string{MsgMNoBaseline}},
		{"M: percent beyond 100", "M", func(in *SMARTInput) {
			in.Goal.Unit, in.Goal.Aggregation, in.Goal.Baseline, in.Goal.Target = UnitPercent, AggLevel, Ptr(90), 120
		}, VerdictWarn, []string{MsgMPercentRange}},
		{"M: milestone target 2", "M", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Target = KindMilestone, 2 },
			VerdictFail, []string{MsgMMilestoneTarget}},
		{"M: milestone target 1", "M", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Target = KindMilestone, 1 }, VerdictPass, nil},
		{"M: stay above without baseline", "M", func(in *SMARTInput) { in.Goal.Kind, in.Goal.Baseline = KindStayAbove, nil }, VerdictPass, nil},
		{"R: no perspective", "R", func(in *SMARTInput) { in.Goal.Perspective = "" }, VerdictFail, []string{MsgRNoPerspective}},
		{"R: no reason", "R", func(in *SMARTInput) { in.Goal.Rationale = "" }, VerdictWarn, []string{msgRNoReason}},
		{"R: a parent is reason enough", "R", func(in *SMARTInput) { in.Goal.Rationale, in.HasParent = "", true }, VerdictPass, nil},
		{"R: a saved parent too", "R", func(in *SMARTInput) { in.Goal.Rationale, in.Goal.ParentID = "", new(int64) }, VerdictPass, nil},
		{"T: no dates", "T", func(in *SMARTInput) { in.Goal.End = Date{} }, VerdictFail, []string{msgTNoDates}},
		{"T: end before start", "T", func(in *SMARTInput) { in.Goal.End = Day(t, "2022-12-31") }, VerdictFail, []string{msgTEndBeforeStart}},
		{"T: three months", "T", func(in *SMARTInput) {
			in.Goal.End, in.Goal.Cadence, in.Goal.PlanBy = Day(t, "2023-03-31"), CadenceMonth, CadenceMonth
			in.Plan = pt("2023-01", 2e7, "2023-02", 2e7, "2023-03", 2e7)
		}, VerdictWarn, []string{msgTShort}},
		{"T: three months and a day", "T", func(in *SMARTInput) {
			in.Goal.End, in.Goal.Cadence, in.Goal.PlanBy = Day(t, "2023-04-01"), CadenceMonth, CadenceMonth
			in.Plan = pt("2023-01", 2e7, "2023-02", 2e7, "2023-03", 2e7, "2023-04", 0)
		}, VerdictPass, nil},
		{"T: exactly three years", "T", func(in *SMARTInput) {
			in.Goal.End = Day(t, "2025-12-31")
			in.Plan = SplitEven(Calendar{}, in.Goal, "")
		}, VerdictPass, nil},
		{"T: more than three years", "T", func(in *SMARTInput) {
			in.Goal.End = Day(t, "2026-01-01")
			in.Plan = SplitEven(Calendar{}, in.Goal, "")
		}, VerdictWarn, []string{msgTLong}},
		{"T: already ended", "T", func(in *SMARTInput) { in.Today = Day(t, "2024-01-01") }, VerdictWarn, []string{msgTEnded}},
		{"T: no cadence", "T", func(in *SMARTInput) { in.Goal.Cadence = "" }, VerdictFail, []string{msgTNoCadence}},
		{"T: a yearly cadence for a year", "T", func(in *SMARTInput) { in.Goal.Cadence = CadenceYear }, VerdictFail, []string{msgTCadenceTooLong}},
		{"T: no plan", "T", func(in *SMARTInput) { in.Plan = nil }, VerdictFail, []string{msgTNoPlan}},
		{"T: a stay goal needs no plan", "T", func(in *SMARTInput) { in.Goal.Kind, in.Plan = KindStayAbove, nil }, VerdictPass, nil},
		{"T: plan does not add up", "T", func(in *SMARTInput) { in.Plan[3].Target-- }, VerdictFail, []string{msgTNotAddingUp}},
		{"T: level plan not ending at target", "T", func(in *SMARTInput) {
			in.Goal.Aggregation, in.Plan = AggLevel, pt("2023-Q1", 5e7, "2023-Q2", 5.5e7, "2023-Q3", 5.5e7, "2023-Q4", 5.9e7)
		}, VerdictFail, []string{msgTNotEnding}},
		{"T: a missing quarter", "T", func(in *SMARTInput) {
			in.Plan = pt("2023-Q1", 3e7, "2023-Q2", 3e7, "2023-Q3", 0)
		}, VerdictFail, []string{msgTMissing}},
		{"T: an extra quarter", "T", func(in *SMARTInput) { in.Plan = append(in.Plan, pt("2024-Q1", 0)...) }, VerdictWarn, []string{msgTExtra}},
	}
	for _, tt := range tests {
		v, ms, _ := check(t, tt.letter, tt.edit)
		if v != tt.verdict || !reflect.DeepEqual(ms, tt.msgs) {
			t.Errorf("%s: %s = %v %q; want %v %q", tt.name, tt.letter, v, ms, tt.verdict, tt.msgs)
		}
	}
}

func TestSMARTArgs(t *testing.T) {
	_, _, fs := check(t, "T", func(in *SMARTInput) { in.Plan[3].Target-- })
	if got := render(t, fs[0].Message, fs[0].Args); got != "The period targets add up to ¥59,999,999, not the target ¥60,000,000 (-¥1)." {
		t.Errorf("not adding up: %q", got)
	}
	_, _, fs = check(t, "M", func(in *SMARTInput) { in.Goal.Target = 4e7 })
	if got := render(t, fs[0].Message, fs[0].Args); got != "An increase goal needs a target above its baseline: the target is ¥40,000,000, the baseline ¥50,000,000." {
		t.Errorf("not above: %q", got)
	}
	_, _, fs = check(t, "T", func(in *SMARTInput) { in.Goal.End = Day(t, "2023-02-28") })
	if got := fs[0].Args["Days"]; got != "59" {
		t.Errorf("days = %v", got)
	}
	_, _, fs = check(t, "A", func(in *SMARTInput) { in.Goal.Target = 1e8 })
	if got := render(t, fs[0].Fix, fs[0].Args); got != "Lower the target towards ¥75,000,000, or reach it in stages over several years." {
		t.Errorf("fix: %q", got)
	}
}

func TestSMARTReport(t *testing.T) {
	r := SMARTReport{Letters: []LetterResult{{Letter: "S", Verdict: VerdictWarn}, {Letter: "M"}}}
	if !r.CanSave() || r.Verdict() != VerdictWarn || r.Letter("S").Verdict != VerdictWarn || r.Letter("X").Letter != "X" {
		t.Errorf("report %+v: CanSave %v, Verdict %v", r, r.CanSave(), r.Verdict())
	}
	r.Letters = append(r.Letters, LetterResult{Letter: "T", Verdict: VerdictFail})
	if r.CanSave() || r.Verdict() != VerdictFail {
		t.Errorf("a failed letter still saves")
	}
	for v, want := range map[Verdict]string{VerdictPass: "pass", VerdictWarn: "warn", VerdictFail: "fail"} {
		if v.String() != want {
			t.Errorf("%d.String() = %q", v, v.String())
		}
	}
}

func TestSMARTTitleYearOutsideDates(t *testing.T) {
	cases := []struct {
		title string
		warn  bool
	}{
		{"In 2023 raise North-America sales by 20%", true},
		{"2023年北美销售额提升20%", true},
		{"In 2026 raise North-America sales by 20%", false},
		{"Raise North-America sales by 20% over 2025 by the end of 2026", false},
		{"Raise North-America sales by 20%", false},
		{"Sell 12000 units in North America", false},
	}
	for _, c := range cases {
		t.Run(c.title, func(t *testing.T) {
			g := Goal{Title: c.title, Start: NewDate(2026, 1, 1), End: NewDate(2026, 12, 31)}
			var fs findings
			fs.titleYears(g)
			if got := len(fs) == 1 && fs[0].Message == msgTTitleYear; got != c.warn {
				t.Errorf("warned = %v, want %v (%+v)", got, c.warn, fs)
			}
		})
	}
}
