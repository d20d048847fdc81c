package export

import (
	"slices"
	"strings"
	"time"

	"pacer/app"
)

// xkind says what a cell of a data export holds.
type xkind int

const (
	xEmpty  xkind = iota
	xText         // text, guarded against formulas in CSV
	xValue        // a value in goal g's unit, at its decimals
	xInt          // a whole number
	xNumber       // a plain number as it is (a weight)
	xDate         // a calendar day
	xTime         // a moment, written in local time
	xShare        // a share of one shown as a per cent, as the app shows a goal's weight
)

// xcell is one cell of a data export.
type xcell struct {
	kind xkind
	text string
	v    float64
	g    app.Goal
	t    time.Time
}

func xtext(s string) xcell {
	if s == "" {
		return xcell{}
	}
	return xcell{kind: xText, text: s}
}

func xint(n int64) xcell { return xcell{kind: xInt, v: float64(n)} }

func xvalue(v float64, g app.Goal) xcell {
	if !app.IsFinite(v) {
		return xcell{}
	}
	return xcell{kind: xValue, v: v, g: g}
}

func xvaluePtr(v *float64, g app.Goal) xcell {
	if v == nil {
		return xcell{}
	}
	return xvalue(*v, g)
}

func xdate(d app.Date) xcell {
	if d.IsZero() {
		return xcell{}
	}
	return xcell{kind: xDate, t: d.Time}
}

func xtime(t time.Time) xcell {
	if t.IsZero() {
		return xcell{}
	}
	return xcell{kind: xTime, t: t.Local()}
}

// xtable is one table of a data export, its headers translated.
type xtable struct {
	name    string
	headers []string
	rows    [][]xcell
}

// exportTables lays out b as the tables of ExportTables, its words
// translated by tr.
func exportTables(b ExportBook, tr Translator) []xtable {
	e := exporter{b: b, tr: tr, goals: map[int64]app.Goal{}}
	for _, g := range b.Goals {
		e.goals[g.ID] = g
	}
	var out []xtable
	for _, t := range ExportTables {
		xt := xtable{name: tr.word(tableNames[t])}
		for _, k := range ExportColumns(t) {
			xt.headers = append(xt.headers, tr.word(columnHeaders[k]))
		}
		xt.rows = e.rows(t)
		out = append(out, xt)
	}
	return out
}

// exporter turns an ExportBook into rows of cells.
type exporter struct {
	b     ExportBook
	tr    Translator
	goals map[int64]app.Goal
}

func (e exporter) yesNo(b bool) xcell {
	if b {
		return xtext(e.tr.word("Yes"))
	}
	return xtext(e.tr.word("No"))
}

// goalCells are a goal's ID and title.
func (e exporter) goalCells(id int64) []xcell {
	return []xcell{xint(id), xtext(e.goals[id].Title)}
}

func (e exporter) rows(t ExportTable) [][]xcell {
	switch t {
	case TableGoals:
		return e.goalRows()
	case TablePlans:
		return e.planRows()
	case TableCheckIns:
		return e.checkInRows()
	case TableHistory:
		return e.historyRows()
	case TableReviews:
		return e.reviewRows()
	case TableActions:
		return e.actionRows()
	}
	return e.followUpRows()
}

func (e exporter) goalRows() [][]xcell {
	var rows [][]xcell
	for _, g := range e.b.Goals {
		parent := xcell{}
		if g.ParentID != nil {
			parent = xtext(e.goals[*g.ParentID].Title)
		}
		weight := xcell{}
		if g.Weight != 0 {
			weight = xcell{kind: xShare, v: g.Weight}
		}
		rows = append(rows, []xcell{
			xint(g.ID), xtext(g.Title), xtext(g.Description),
			xtext(e.tr.word(g.Perspective.Label())),
			xtext(g.Owner), xtext(e.tr.word(g.Kind.Label())),
			xtext(e.tr.word(g.Unit.Label())), xtext(g.UnitLabel), xint(int64(g.Decimals)),
			xtext(e.tr.word(g.Aggregation.Label())),
			xvaluePtr(g.Baseline, g), xvalue(g.Target, g), xdate(g.Start), xdate(g.End),
			xtext(e.tr.word(g.Cadence.Label())),
			xtext(e.tr.word(g.PlanBy.Label())),
			parent, weight, xtext(g.Rationale), e.yesNo(g.Archived), xtime(g.CreatedAt), xtime(g.UpdatedAt),
		})
	}
	return rows
}

func (e exporter) planRows() [][]xcell {
	var rows [][]xcell
	for _, g := range e.b.Goals {
		for _, p := range e.b.Plans[g.ID] {
			head := append(e.goalCells(g.ID), xint(int64(p.Revision)), xtext(p.Note), xvalue(p.Target, g), xtime(p.CreatedAt))
			if len(p.Periods) == 0 {
				rows = append(rows, append(head, xcell{}, xcell{}, xcell{}))
			}
			for _, pt := range p.Periods {
				rows = append(rows, append(slices.Clip(head), xtext(pt.PeriodKey), xvalue(pt.Target, g), xvaluePtr(pt.Floor, g)))
			}
		}
	}
	return rows
}

func (e exporter) checkInRows() [][]xcell {
	var rows [][]xcell
	for _, g := range e.b.Goals {
		for _, c := range e.b.CheckIns[g.ID] {
			rows = append(rows, append(e.goalCells(g.ID), xtext(c.PeriodKey), xvalue(c.Value, g),
				xint(int64(c.Confidence)), xtext(c.Note), xtime(c.CreatedAt), xtime(c.UpdatedAt)))
		}
	}
	return rows
}

func (e exporter) historyRows() [][]xcell {
	var rows [][]xcell
	for _, g := range e.b.Goals {
		for _, h := range e.b.History[g.ID] {
			rows = append(rows, append(e.goalCells(g.ID), xtext(h.PeriodKey), xvalue(h.Value, g)))
		}
	}
	return rows
}

// measureCells are a measure's text, owner, deadline and whether it is done.
func (e exporter) measureCells(m app.Measure) []xcell {
	return []xcell{xtext(m.Text), xtext(m.Owner), xdate(m.Due), e.yesNo(m.Completed())}
}

// withMeasures is a row per measure, each head followed by the measure and
// then tail; one row with empty measure cells when there is none.
func (e exporter) withMeasures(head []xcell, ms []app.Measure, tail ...xcell) [][]xcell {
	if len(ms) == 0 {
		return [][]xcell{slices.Concat(head, make([]xcell, 4), tail)}
	}
	rows := make([][]xcell, len(ms))
	for i, m := range ms {
		rows[i] = slices.Concat(head, e.measureCells(m), tail)
	}
	return rows
}

func (e exporter) reviewRows() [][]xcell {
	var rows [][]xcell
	for _, r := range e.b.Reviews {
		head := slices.Concat([]xcell{xint(r.ID)}, e.goalCells(r.GoalID), []xcell{xtext(r.PeriodKey),
			xtext(e.tr.Cause(r.CauseCategory)), xtext(r.CauseText), xtext(r.TeamFeedback)})
		rows = append(rows, e.withMeasures(head, r.Measures, xtime(r.CreatedAt), xtime(r.UpdatedAt))...)
	}
	return rows
}

func (e exporter) actionRows() [][]xcell {
	reviews := map[int64]app.Review{}
	for _, r := range e.b.Reviews {
		reviews[r.ID] = r
	}
	var rows [][]xcell
	for _, a := range e.b.Actions {
		var titles []string
		for _, id := range a.GoalIDs {
			titles = append(titles, e.goals[id].Title)
		}
		review := xcell{}
		if a.ReviewID != nil {
			if r, ok := reviews[*a.ReviewID]; ok {
				review = xtext(e.goals[r.GoalID].Title + " · " + r.PeriodKey)
			}
		}
		followUp := xcell{}
		if a.FollowUp != "" {
			followUp = xtext(e.tr.word(a.FollowUp.Label()))
		}
		head := []xcell{xint(a.ID), xtext(a.Problem), xtext(a.Cause), xtext(a.Strategy), xtext(a.Owner),
			xtext(e.tr.word(a.Status.Label())),
			xdate(a.Start), xdate(a.Due), followUp, xtext(strings.Join(titles, "\n")), review}
		rows = append(rows, e.withMeasures(head, a.Measures, xtime(a.CreatedAt), xtime(a.UpdatedAt))...)
	}
	return rows
}

func (e exporter) followUpRows() [][]xcell {
	var rows [][]xcell
	for _, a := range e.b.Actions {
		for _, f := range e.b.FollowUps[a.ID] {
			rows = append(rows, []xcell{xint(a.ID), xtext(a.Problem), xdate(f.Date), xtext(f.Note), xtime(f.CreatedAt)})
		}
	}
	return rows
}
