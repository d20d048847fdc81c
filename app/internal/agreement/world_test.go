package agreement

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/importer"
	"pacer/data"
)

// world is a store in a temporary folder with random goals, changed by
// random operations through the calls the screens make.
type world struct {
	t    *testing.T
	ctx  context.Context
	rng  *rand.Rand
	s    *data.Store
	cal  app.Calendar
	asOf app.Date
	th   app.Thresholds
	log  []string // what was done, for the failure message
	// memos keep the paces of each day checkTotals looks at, as a screen
	// refreshed after each step keeps them (app.PaceMemo).
	memos [3]app.PaceMemo
	// reviewMemos keep the rows of each period checkReviewSums reviews.
	reviewMemos map[app.Period]*app.ReviewMemo
	// odd, when set, holds the unusual cases this world also draws.
	odd *oddCases
	// losses makes most goals a loss to hold to (app.IsLossLimit).
	losses bool
}

func newWorld(t *testing.T, seed uint64) *world {
	ctx := context.Background()
	s, err := data.Open(ctx, t.TempDir()+"/agree.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := &world{t: t, ctx: ctx, rng: rand.New(rand.NewPCG(seed, 13)), s: s, th: app.DefaultThresholds,
		reviewMemos: map[app.Period]*app.ReviewMemo{}}
	fiscal := time.Month(1 + w.rng.IntN(12))
	if err := s.SetSetting(ctx, data.SettingFiscalStart, strconv.Itoa(int(fiscal))); err != nil {
		t.Fatal(err)
	}
	w.cal = app.Calendar{FiscalStart: fiscal}
	w.note("fiscal year starts in %s", fiscal)
	return w
}

func (w *world) note(format string, args ...any) {
	w.log = append(w.log, fmt.Sprintf(format, args...))
}

// fatal stops the test with what was done so far.
func (w *world) fatal(format string, args ...any) {
	w.t.Helper()
	w.t.Fatalf("%s\nafter:\n  %s", fmt.Sprintf(format, args...), joinLines(w.log))
}

func joinLines(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += "\n  "
		}
		out += s
	}
	return out
}

// addGoal saves a random goal over the fiscal year 2023 (from a day of its
// first ten weeks, to a day of its last ten, or whole) with a plan of
// uneven periods: a sum or a level to raise or to keep down, a line to
// stay above or below, or a milestone, checked in by a period as long as
// its plan's or longer, some a sub-goal of the first.
func (w *world) addGoal(i int) {
	r := w.rng
	start := app.NewDate(w.year(), w.cal.FiscalStart, 1)
	end := app.Date{Time: start.AddDate(1, 0, -1)}
	if r.IntN(2) == 0 {
		start = app.DateOfDayNumber(start.DayNumber() + r.IntN(70))
	}
	if r.IntN(2) == 0 {
		end = app.DateOfDayNumber(end.DayNumber() - r.IntN(70))
	}
	g := app.Goal{Title: fmt.Sprintf("Goal %d", i+1), Owner: "Li Wei", Perspective: app.PerspectiveFinancial,
		Kind: app.KindIncrease, Start: start, End: end,
		Cadence: app.CadenceMonth, PlanBy: app.CadenceMonth}
	switch r.IntN(6) {
	case 0:
		g.Cadence, g.PlanBy = app.CadenceQuarter, app.CadenceQuarter
	case 1:
		g.Cadence = app.CadenceWeek
	case 2:
		g.Cadence, g.PlanBy = app.CadenceHalf, app.CadenceQuarter
	case 3:
		g.Cadence, g.PlanBy = app.CadenceMonth, app.CadenceQuarter
	}
	switch r.IntN(4) {
	case 0:
		g.Unit, g.UnitLabel, g.Decimals, g.Aggregation, g.Target = app.UnitCurrency, "CNY", 0, app.AggFlow, 12_000_000
	case 1:
		g.Unit, g.Decimals, g.Aggregation, g.Target = app.UnitCount, 0, app.AggFlow, 480
	case 2:
		base := 9.0
		g.Unit, g.Decimals, g.Aggregation, g.Target, g.Baseline = app.UnitPercent, 1, app.AggLevel, 12, &base
	default:
		base := 400_000.0
		g.Unit, g.UnitLabel, g.Decimals, g.Aggregation, g.Target, g.Baseline = app.UnitCurrency, "CNY", 2, app.AggLevel, 600_000, &base
	}
	if r.IntN(5) == 0 && g.Aggregation == app.AggFlow {
		g.Kind, g.Target = app.KindDecrease, g.Target/2 // a cost to keep down
	}
	if r.IntN(4) == 0 && g.Aggregation == app.AggLevel {
		g.Kind = []app.Kind{app.KindStayAbove, app.KindStayBelow, app.KindDecrease}[r.IntN(3)]
		if g.Kind == app.KindDecrease {
			b := g.Target * 1.5
			g.Baseline = &b
		} else {
			g.Baseline = nil
		}
	}
	if r.IntN(4) == 0 && g.Aggregation == app.AggFlow && g.Kind == app.KindIncrease {
		g.Kind, g.Target = []app.Kind{app.KindStayAbove, app.KindStayBelow}[r.IntN(2)], g.Target/12
		w.note("flow stay")
	} else if r.IntN(6) == 0 {
		g.Kind, g.Aggregation, g.Target, g.Baseline, g.Decimals, g.Unit = app.KindMilestone, app.AggLevel, 1, nil, 0, app.UnitCount
		w.note("milestone")
	}
	if r.IntN(3) == 0 && g.Aggregation == app.AggFlow && g.Kind == app.KindIncrease && g.Unit == app.UnitCurrency {
		g.Decimals, g.Target = 2, 1e12+0.37
	}
	if w.losses && r.IntN(3) != 0 {
		g.Kind, g.Aggregation, g.Unit, g.UnitLabel, g.Baseline = app.KindIncrease, app.AggFlow, app.UnitCurrency, "CNY", nil
		g.Decimals, g.Target = r.IntN(3), -1_200_000 // a loss to hold to
		w.note("loss to hold to")
	}
	if i > 0 && r.IntN(2) == 0 {
		parent := int64(1)
		g.ParentID, g.Weight = &parent, float64(1+r.IntN(5))/10
		w.note("child of goal 1 weight %v", g.Weight)
	}
	w.oddGoal(&g)
	plan := w.unevenPlan(g)
	if err := w.s.SaveGoalSetup(w.ctx, app.GoalSetup{Goal: &g, Plan: plan}); err != nil {
		w.fatal("save goal %+v: %v", g, err)
	}
	w.note("goal %d: %s %s %s by %s, plan by %s, target %v", g.ID, g.Kind, g.Aggregation, g.Unit, g.Cadence, g.PlanBy, g.Target)
}

// unevenPlan is the even plan with each period's share of the target
// moved by up to half, still adding up to the target (flow) or ending on
// it (level).
func (w *world) unevenPlan(g app.Goal) []app.PeriodTarget {
	plan := app.SplitEven(w.cal, g, g.PlanBy)
	if g.Aggregation != app.AggFlow || g.Kind != app.KindIncrease && g.Kind != app.KindDecrease {
		return plan
	}
	total := 0.0
	for i := range plan[:len(plan)-1] {
		plan[i].Target = app.RoundValue(plan[i].Target*(0.5+w.rng.Float64()), g.Decimals)
		total += plan[i].Target
	}
	plan[len(plan)-1].Target = app.RoundValue(g.Target-total, g.Decimals)
	return plan
}

// goals are the stored goals.
func (w *world) goals() []app.Goal {
	gs, err := w.s.ListGoals(w.ctx, app.GoalFilter{})
	if err != nil {
		w.fatal("list goals: %v", err)
	}
	return gs
}

// started are the periods of g's cadence that started by asOf.
func (w *world) started(g app.Goal) []app.Period {
	var out []app.Period
	for _, p := range app.CheckInPeriods(w.cal, g) {
		if w.cal.FirstDay(p) <= w.asOf.DayNumber() {
			out = append(out, p)
		}
	}
	return out
}

// value is a random actual near what the plan expects of period p.
func (w *world) value(g app.Goal, p app.Period) float64 {
	x := app.ExpectedForPeriod(w.cal, g, nil, p)
	if g.Kind == app.KindMilestone {
		return float64(w.rng.IntN(2))
	}
	if g.Aggregation == app.AggLevel {
		return app.RoundValue(x*(0.85+0.25*w.rng.Float64()), g.Decimals)
	}
	if w.odd != nil && w.rng.IntN(4) == 0 { // refunds
		return -app.RoundValue(x*w.rng.Float64(), g.Decimals)
	}
	return app.RoundValue(x*(0.4+w.rng.Float64()), g.Decimals)
}

// step applies one random operation.
func (w *world) step() {
	gs := w.goals()
	g := gs[w.rng.IntN(len(gs))]
	switch w.rng.IntN(7) {
	case 0, 1, 2:
		w.checkIn(g)
	case 3, 4:
		w.importRows(g)
	case 5:
		w.changeCadence(g)
	default:
		w.replan(g)
	}
}

// checkIn records (or replaces) one period's value, as the check-in form
// does, and now and then has the store count what waits.
func (w *world) checkIn(g app.Goal) {
	ps := w.started(g)
	if len(ps) == 0 {
		return
	}
	p := ps[w.rng.IntN(len(ps))]
	c := app.CheckIn{GoalID: g.ID, PeriodKey: p.Key(), Value: w.value(g, p), Confidence: 5}
	if err := w.s.PutCheckIn(w.ctx, &c); err != nil {
		w.fatal("check in %s %s: %v", c.PeriodKey, strconv.FormatFloat(c.Value, 'f', -1, 64), err)
	}
	w.note("check-in goal %d %s = %v", g.ID, c.PeriodKey, c.Value)
	if w.rng.IntN(3) == 0 {
		// As the store does once saves pause: the screens then read counted
		// totals, and otherwise the check-ins waiting (data/fold.go).
		w.s.SettleDerived(w.ctx)
		w.note("check-ins counted")
	}
}

// importRows imports a file of dated rows for g (several a period for a
// flow goal, which the import sums), as the import screen does.
func (w *world) importRows(g app.Goal) {
	ps := w.started(g)
	if len(ps) == 0 {
		return
	}
	file := "Date,Goal,Value\n"
	first := w.rng.IntN(len(ps))
	for _, p := range ps[first:min(len(ps), first+1+w.rng.IntN(3))] {
		v := w.value(g, p)
		parts := []float64{v}
		if g.Aggregation == app.AggFlow && w.rng.IntN(2) == 0 {
			half := app.RoundValue(v/2, g.Decimals)
			parts = []float64{half, app.RoundValue(v-half, g.Decimals)}
		}
		for i, x := range parts {
			day := app.DateOfDayNumber(w.cal.FirstDay(p) + i*9)
			if day.DayNumber() > w.asOf.DayNumber() {
				day = w.asOf
			}
			if day.DayNumber() > g.End.DayNumber() {
				day = g.End
			}
			file += day.String() + "," + g.Title + "," + strconv.FormatFloat(x, 'f', -1, 64) + "\n"
		}
	}
	t, err := importer.ReadTable(strings.NewReader(file), "rows.csv")
	if err != nil {
		w.fatal("read %q: %v", file, err)
	}
	m := importer.Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, GoalByName: map[string]int64{g.Title: g.ID}, SkipHeader: true}
	snap, err := w.s.Snapshot(w.ctx, app.GoalFilter{IncludeArchived: true})
	if err != nil {
		w.fatal("snapshot: %v", err)
	}
	plan, err := importer.PlanImport(w.ctx, w.cal, t, m, w.goals(), snap, nil)
	if err != nil {
		w.fatal("plan import: %v", err)
	}
	if len(plan.Rejected) > 0 {
		w.fatal("import rejected %+v of %+v", plan.Rejected, t.Rows)
	}
	if err := w.s.ApplyImport(w.ctx, plan.Import(false)); err != nil {
		w.fatal("apply import: %v", err)
	}
	for _, p := range plan.Periods {
		w.note("import goal %d %s = %v (%d rows)", p.GoalID, p.PeriodKey, p.Value, p.Rows)
	}
}

// changeCadence moves a goal to longer check-in periods, as the wizard
// does once the user has seen the preview; a refused change writes nothing.
func (w *world) changeCadence(g app.Goal) {
	next := map[app.Cadence][]app.Cadence{app.CadenceWeek: {app.CadenceMonth, app.CadenceQuarter}, app.CadenceMonth: {app.CadenceQuarter, app.CadenceHalf},
		app.CadenceQuarter: {app.CadenceHalf, app.CadenceYear}, app.CadenceHalf: {app.CadenceYear}}[g.Cadence]
	if len(next) == 0 {
		return
	}
	g.Cadence = next[w.rng.IntN(len(next))]
	change, err := w.s.PreviewCadenceChange(w.ctx, g)
	if err != nil {
		w.note("cadence change of goal %d refused: %v", g.ID, err)
		return
	}
	if err := w.s.ChangeCadence(w.ctx, change); err != nil {
		w.fatal("change cadence: %v", err)
	}
	w.note("goal %d now checked in by %s (%d check-ins rolled up)", g.ID, g.Cadence, len(change.Rollups))
}

// replan re-spreads the remaining plan or revises the target, as the
// re-plan dialog does.
func (w *world) replan(g app.Goal) {
	snap, err := w.s.Snapshot(w.ctx, app.GoalFilter{})
	if err != nil {
		w.fatal("snapshot: %v", err)
	}
	plan, values := snap.Plans[g.ID], app.ValuesFromCheckIns(snap.CheckIns[g.ID])
	var newPlan []app.PeriodTarget
	mode := w.rng.IntN(3)
	switch mode {
	case 0:
		g.Target = app.RoundValue(g.Target*(0.8+0.4*w.rng.Float64()), g.Decimals)
		newPlan, err = app.ReviseTarget(w.cal, g, plan, w.asOf, g.Target)
	case 1:
		newPlan, err = app.RespreadRemaining(w.cal, g, plan, values, w.asOf, app.SpreadPlan)
	default:
		newPlan, err = app.RespreadRemaining(w.cal, g, plan, values, w.asOf, app.SpreadEven)
	}
	if err != nil {
		if !errors.Is(err, app.ErrNoRemaining) && !errors.Is(err, app.ErrMissingActual) && !errors.Is(err, app.ErrTargetPassed) {
			w.fatal("re-plan goal %d: %v", g.ID, err)
		}
		w.note("re-plan of goal %d refused: %v", g.ID, err)
		return
	}
	if mode == 0 {
		history, err := w.s.History(w.ctx, g.ID)
		if err == nil {
			err = w.s.SaveGoalSetup(w.ctx, app.GoalSetup{Goal: &g, Plan: newPlan, PlanNote: "revised", History: history})
		}
		if err != nil {
			w.fatal("save revised target: %v", err)
		}
	} else if err := w.s.AddPlanRevision(w.ctx, &app.Plan{GoalID: g.ID, Note: "re-spread", Target: g.Target, Periods: newPlan}); err != nil {
		w.fatal("save re-plan: %v", err)
	}
	w.note("re-plan goal %d (mode %d, target %v)", g.ID, mode, g.Target)
}
