package app

import (
	"math"
	"reflect"
	"testing"
)

func TestValuesFromCheckIns(t *testing.T) {
	cs := []CheckIn{{GoalID: 1, PeriodKey: "2023-Q1", Value: 8e6}, {GoalID: 1, PeriodKey: "2023-Q2", Value: 9e6, Confidence: 7}}
	want := []PeriodValue{{"2023-Q1", 8e6}, {"2023-Q2", 9e6}}
	if got := ValuesFromCheckIns(cs); !reflect.DeepEqual(got, want) {
		t.Errorf("ValuesFromCheckIns = %v, want %v", got, want)
	}
	hs := []HistoryValue{{GoalID: 1, PeriodKey: "2022-Q1", Value: 7e6}}
	if got := ValuesFromHistory(hs); !reflect.DeepEqual(got, []PeriodValue{{"2022-Q1", 7e6}}) {
		t.Errorf("ValuesFromHistory = %v", got)
	}
	if got := ValueMap(Vals("2023-Q1", 1, "2023-Q1", 2, "2023-Q2", 3)); !reflect.DeepEqual(got, map[string]float64{"2023-Q1": 2, "2023-Q2": 3}) {
		t.Errorf("ValueMap = %v", got)
	}
}

func TestGoalActual(t *testing.T) {
	flow := Goal{Aggregation: AggFlow, Cadence: CadenceQuarter}
	level := Goal{Aggregation: AggLevel, Cadence: CadenceMonth}
	weekly := Goal{Aggregation: AggLevel, Cadence: CadenceWeek}
	tests := []struct {
		name   string
		g      Goal
		values []PeriodValue
		want   float64
		ok     bool
	}{
		{"flow sums", flow, Vals("2023-Q1", 8e6, "2023-Q2", 9e6, "2023-Q3", 10.5e6), 27.5e6, true},
		{"flow repeated key: later wins", flow, Vals("2023-Q1", 8e6, "2023-Q1", 7e6), 7e6, true},
		{"flow skips bad keys and NaN", flow, append(Vals("2023-Q1", 8e6, "Q2", 1, "2023-Q3", 2), PeriodValue{"2023-Q4", math.NaN()}), 8e6 + 2, true},
		{"flow skips other cadences", flow, Vals("2023-Q1", 8e6, "2023-04", 3e6), 8e6, true},
		{"level latest by period, not by order", level, Vals("2023-03", 8, "2023-12", 12, "2023-06", 10), 12, true},
		{"level across a year end", level, Vals("2024-01", 9, "2023-12", 12), 9, true},
		{"level weeks across W53", weekly, Vals("2027-W01", 3, "2026-W53", 2, "2026-W52", 1), 3, true},
		{"negative values", flow, Vals("2023-Q1", -100, "2023-Q2", 40), -60, true},
		{"nothing", flow, nil, 0, false},
		{"nothing usable", flow, Vals("bad", 1), 0, false},
		{"no goal cadence takes all", Goal{Aggregation: AggLevel}, Vals("2023-03", 1, "2023-Q2", 2), 2, true},
	}
	for _, tt := range tests {
		got, ok := GoalActual(tt.g, tt.values)
		if ok != tt.ok || !Near(got, tt.want) {
			t.Errorf("%s: GoalActual = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRollUp(t *testing.T) {
	months := Vals("2024-03", 3, "2024-01", 1, "2024-02", 2, "2023-12", 12, "2024-04", 4)
	tests := []struct {
		name   string
		cal    Calendar
		agg    Aggregation
		c      Cadence
		values []PeriodValue
		want   []PeriodValue
	}{
		{"flow months into calendar quarters", Calendar{}, AggFlow, CadenceQuarter, months,
			[]PeriodValue{{"2023-Q4", 12}, {"2024-Q1", 6}, {"2024-Q2", 4}}},
		{"flow months into April quarters", April, AggFlow, CadenceQuarter, months,
			[]PeriodValue{{"2023-Q3", 12}, {"2023-Q4", 6}, {"2024-Q1", 4}}},
		{"level months into quarters: latest", Calendar{}, AggLevel, CadenceQuarter, months,
			[]PeriodValue{{"2023-Q4", 12}, {"2024-Q1", 3}, {"2024-Q2", 4}}},
		{"weeks into months by Thursday", Calendar{}, AggFlow, CadenceMonth,
			Vals("2023-W04", 1, "2023-W05", 2, "2023-W09", 4), // W05 is 30 Jan–5 Feb, Thursday 2 Feb
			[]PeriodValue{{"2023-01", 1}, {"2023-02", 2}, {"2023-03", 4}}},
		{"week 53 into its year", Calendar{}, AggFlow, CadenceYear,
			Vals("2026-W53", 5, "2026-W52", 1), // Thursday 31 December 2026
			[]PeriodValue{{"2026", 6}}},
		{"nothing", Calendar{}, AggFlow, CadenceYear, nil, []PeriodValue{}},
	}
	for _, tt := range tests {
		got := RollUp(tt.cal, tt.agg, tt.c, tt.values)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: RollUp = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestOrdinal(t *testing.T) {
	tests := []struct {
		a, b string
		diff int
	}{
		{"2026-W52", "2027-W01", 2},
		{"2025-W52", "2026-W01", 1},
		{"1969-W52", "1970-W02", 2},
		{"2023-12", "2024-01", 1},
		{"2023-Q4", "2025-Q1", 5},
		{"2023-H2", "2024-H1", 1},
		{"2023", "2026", 3},
	}
	for _, tt := range tests {
		if got := ordinal(Key(t, tt.b)) - ordinal(Key(t, tt.a)); got != tt.diff {
			t.Errorf("ordinal(%s) - ordinal(%s) = %d, want %d", tt.b, tt.a, got, tt.diff)
		}
	}
}
