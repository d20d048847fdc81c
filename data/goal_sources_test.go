package data_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
	"pacer/data"
)

// regionCSV is a daily sales file with rows for three regions.
const regionCSV = "日期,门店,产品,地区,销售额(元),新增客户\n" +
	"2026-01-05,上海店,A,北美,1000.50,3\n" +
	"2026-01-20,线上,B,北美,200,1\n" +
	"2026-02-06,柏林店,A,欧洲,300,2\n" +
	"2026-01-09,东京店,A,亚洲,999,9\n"

// regionImport plans regionCSV for North-America sales (na), Europe sales
// (eu) and all new customers (cu), with the sources to save.
func regionImport(t *testing.T, na, eu, cu int64) app.Import {
	t.Helper()
	tab, err := importer.ReadTable(strings.NewReader(regionCSV), "sales.csv")
	mustNotErr(t, err)
	where := func(v string) []importer.Condition {
		return []importer.Condition{{Column: 3, Op: importer.OpIs, Values: []string{v}}}
	}
	m := importer.Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Sources: []importer.Source{
		{GoalID: na, ValueColumn: 4, Filter: where("北美")}, {GoalID: eu, ValueColumn: 4, Filter: where("欧洲")},
		{GoalID: cu, ValueColumn: 5}}}
	goals := []app.Goal{{ID: na}, {ID: eu}, {ID: cu}}
	for i := range goals {
		g := *newGoal()
		g.ID = goals[i].ID
		goals[i] = g
	}
	goals[2].Decimals = 0
	p, err := importer.PlanImport(context.Background(), app.Calendar{}, tab, m, goals, app.Snapshot{}, nil)
	mustNotErr(t, err)
	if p.Filtered != 0 || len(p.Rejected) != 0 {
		t.Fatalf("plan filtered %d, rejected %+v", p.Filtered, p.Rejected)
	}
	imp := p.Import(false)
	src := func(id int64, value string, f ...app.SourceCondition) app.GoalSource {
		return app.GoalSource{GoalID: id, Layout: importer.LayoutKey(tab), Columns: tab.Header, ValueColumn: value, Filter: f}
	}
	imp.Sources = []app.GoalSource{src(na, "销售额(元)", app.SourceCondition{Column: "地区", Op: "=", Values: []string{"北美"}}),
		src(eu, "销售额(元)", app.SourceCondition{Column: "地区", Op: "=", Values: []string{"欧洲"}}), src(cu, "新增客户")}
	return imp
}

// sourceGoals creates three goals for regionImport.
func sourceGoals(t *testing.T, s *data.Store) (na, eu, cu int64) {
	t.Helper()
	ids := make([]int64, 3)
	for i := range ids {
		g := newGoal()
		if i == 2 {
			g.Decimals, g.Unit, g.UnitLabel = 0, app.UnitCount, ""
		}
		ids[i] = mustCreateGoal(t, s, g).ID
	}
	return ids[0], ids[1], ids[2]
}

// checkInValues are a goal's check-ins as "period=value".
func checkInValues(t *testing.T, s *data.Store, id int64) []string {
	t.Helper()
	cs, err := s.CheckIns(context.Background(), id)
	mustNotErr(t, err)
	var out []string
	for _, c := range cs {
		out = append(out, c.PeriodKey+"="+app.FormatValue(c.Value, 2, app.UnitCount, ""))
	}
	return out
}

func TestApplyImportSeveralGoalsWithSources(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	na, eu, cu := sourceGoals(t, s)
	imp := regionImport(t, na, eu, cu)
	for range 2 { // a re-import replaces, never adds
		mustNotErr(t, s.ApplyImport(ctx, imp))
	}
	for id, want := range map[int64][]string{na: {"2026-01=1,200.50"}, eu: {"2026-02=300.00"}, cu: {"2026-01=13.00", "2026-02=2.00"}} {
		if got := checkInValues(t, s, id); !reflect.DeepEqual(got, want) {
			t.Errorf("goal %d: check-ins %q, want %q", id, got, want)
		}
	}
	for _, want := range imp.Sources {
		got, ok, err := s.GoalSource(ctx, want.GoalID)
		mustNotErr(t, err)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("source %+v (%v), want %+v", got, ok, want)
		}
	}
	// A later import with another filter replaces the saved one.
	imp.Sources = imp.Sources[:1]
	imp.Sources[0].Filter[0].Values = []string{"北美 "}
	mustNotErr(t, s.ApplyImport(ctx, imp))
	if got, _, _ := s.GoalSource(ctx, na); got.Filter[0].Values[0] != "北美 " {
		t.Errorf("source not replaced: %+v", got)
	}
	if _, ok, err := s.GoalSource(ctx, cu+100); ok || err != nil {
		t.Errorf("a goal without a source: ok %v, err %v", ok, err)
	}
}

func TestApplyImportSourcesAllOrNothing(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		edit func(imp *app.Import)
		code string
	}{
		"missing goal":    {func(imp *app.Import) { imp.Sources[2].GoalID = 9999 }, app.ENotFound},
		"no value column": {func(imp *app.Import) { imp.Sources[1].ValueColumn = " " }, app.EInvalid},
		"no values":       {func(imp *app.Import) { imp.Sources[0].Filter[0].Values = nil }, app.EInvalid},
		"two values for =": {func(imp *app.Import) {
			imp.Sources[0].Filter[0].Values = []string{"北美", "欧洲"}
		}, app.EInvalid},
	} {
		t.Run(name, func(t *testing.T) {
			s := mustOpen(t)
			na, eu, cu := sourceGoals(t, s)
			imp := regionImport(t, na, eu, cu)
			tc.edit(&imp)
			checkErr(t, s.ApplyImport(ctx, imp), tc.code)
			for _, id := range []int64{na, eu, cu} {
				if got := checkInValues(t, s, id); len(got) != 0 {
					t.Errorf("goal %d: written %q", id, got)
				}
				if _, ok, _ := s.GoalSource(ctx, id); ok {
					t.Errorf("goal %d: source saved", id)
				}
			}
		})
	}
}
