package export

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"pacer/app"
)

// ErrExport is wrapped by the errors the data exports return for input
// they cannot write.
var ErrExport = errors.New("cannot export")

// ExportBook is everything a data export writes: the user's goals with
// every plan revision, check-in, history value, gap analysis, action plan
// and follow-up. LoadExportBook reads it from a store.
type ExportBook struct {
	Goals []app.Goal
	// Plans are every revision of each goal's plan, by goal ID, oldest first.
	Plans map[int64][]app.Plan
	// CheckIns are each goal's check-ins with their notes and timestamps,
	// by goal ID, in period order.
	CheckIns map[int64][]app.CheckIn
	// History are the actuals of periods before each goal started, by goal ID.
	History map[int64][]app.HistoryValue
	// Reviews are the gap analyses with their measures, by goal and period.
	Reviews []app.Review
	// Actions are the action plans with their goals and measures, oldest first.
	Actions []app.ActionPlan
	// FollowUps are each action plan's follow-up notes, by action ID, by date.
	FollowUps map[int64][]app.FollowUp
}

// Source is what LoadExportBook reads a data export from: *data.Store is
// one.
type Source interface {
	Snapshot(ctx context.Context, f app.GoalFilter) (app.Snapshot, error)
	PlanRevisions(ctx context.Context, goalID int64) ([]app.Plan, error)
	CheckIns(ctx context.Context, goalID int64) ([]app.CheckIn, error)
	Reviews(ctx context.Context, goalID int64) ([]app.Review, error)
	ListActionPlans(ctx context.Context, f app.ActionFilter) ([]app.ActionPlan, error)
	FollowUps(ctx context.Context, actionID int64) ([]app.FollowUp, error)
}

// LoadExportBook reads every goal, archived ones included, with all that
// belongs to it. The store offers check-ins with notes, plan revisions and
// reviews per goal and follow-ups per action plan, so it makes one pass of
// queries per goal and one per action plan, never one per check-in;
// a small business has tens of goals. The reads are not one transaction:
// an edit saved while the export runs may show in some tables only.
func LoadExportBook(ctx context.Context, s Source) (ExportBook, error) {
	snap, err := s.Snapshot(ctx, app.GoalFilter{IncludeArchived: true})
	if err != nil {
		return ExportBook{}, fmt.Errorf("load export: %w", err)
	}
	b := ExportBook{
		Goals:     snap.Goals,
		Plans:     map[int64][]app.Plan{},
		CheckIns:  map[int64][]app.CheckIn{},
		History:   snap.History,
		FollowUps: map[int64][]app.FollowUp{},
	}
	for _, g := range b.Goals {
		if err := ctx.Err(); err != nil {
			return ExportBook{}, fmt.Errorf("load export: %w", err)
		}
		if b.Plans[g.ID], err = s.PlanRevisions(ctx, g.ID); err != nil {
			return ExportBook{}, fmt.Errorf("load export plans of goal %d: %w", g.ID, err)
		}
		if b.CheckIns[g.ID], err = s.CheckIns(ctx, g.ID); err != nil {
			return ExportBook{}, fmt.Errorf("load export check-ins of goal %d: %w", g.ID, err)
		}
		rs, err := s.Reviews(ctx, g.ID)
		if err != nil {
			return ExportBook{}, fmt.Errorf("load export reviews of goal %d: %w", g.ID, err)
		}
		b.Reviews = append(b.Reviews, rs...)
	}
	if b.Actions, err = s.ListActionPlans(ctx, app.ActionFilter{}); err != nil {
		return ExportBook{}, fmt.Errorf("load export actions: %w", err)
	}
	for _, a := range b.Actions {
		if b.FollowUps[a.ID], err = s.FollowUps(ctx, a.ID); err != nil {
			return ExportBook{}, fmt.Errorf("load export follow-ups of action %d: %w", a.ID, err)
		}
	}
	return b, nil
}

// ExportTable is one table of a data export: a sheet of the workbook, a
// file of the CSV export.
type ExportTable int

// The tables, in the order they are written.
const (
	TableGoals ExportTable = iota
	TablePlans
	TableCheckIns
	TableHistory
	TableReviews
	TableActions
	TableFollowUps
)

// ExportTables are the tables in the order they are written.
var ExportTables = []ExportTable{TableGoals, TablePlans, TableCheckIns, TableHistory, TableReviews, TableActions, TableFollowUps}

// Translator turns an English word or sentence of an export into the
// reader's language: lang.L in the app, nil (English) in tests. A word it
// returns empty stays in English.
type Translator func(string) string

// word is s translated by tr.
func (tr Translator) word(s string) string {
	if tr == nil {
		return s
	}
	if t := tr(s); t != "" {
		return t
	}
	return s
}

// tableNames name the sheets of the workbook and the CSV files (the name
// plus ".csv"), in English.
var tableNames = map[ExportTable]string{
	TableGoals: "Goals", TablePlans: "Plans", TableCheckIns: "Check-ins", TableHistory: "History",
	TableReviews: "Reviews", TableActions: "Action plans", TableFollowUps: "Follow-ups",
}

// columnHeaders head the columns of the tables, by the keys ExportColumns
// lists, in English.
var columnHeaders = map[string]string{
	"goal_id": "Goal ID", "goal": "Goal", "description": "Description", "perspective": "Perspective",
	"owner": "Owner", "kind": "Direction", "unit": "Unit", "unit_label": "Unit label",
	"decimals": "Decimals", "aggregation": "Aggregation", "baseline": "Baseline", "target": "Target",
	"start": "Start", "end": "End", "cadence": "Check-in cadence", "plan_by": "Plan by",
	"parent": "Parent goal", "weight": "Weight", "rationale": "Rationale", "archived": "Archived",
	"created": "Created", "updated": "Updated",
	"revision": "Revision", "note": "Note", "annual_target": "Annual target", "period": "Period",
	"floor": "Floor or ceiling", "value": "Value", "confidence": "Confidence",
	"review_id": "Review ID", "cause_category": "Cause category", "cause": "Cause",
	"feedback": "Team feedback", "measure": "Measure", "measure_owner": "Measure owner",
	"deadline": "Deadline", "done": "Done",
	"action_id": "Action ID", "problem": "Problem", "strategy": "Strategy", "status": "Status",
	"due": "Due", "follow_up": "Follow-up", "goals": "Goals", "review": "Review",
	"action": "Action plan", "date": "Date",
}

// Words lists every English word the exports, the report and the review
// deck write besides app.Labels, so that a test can check each one has a
// translation.
func Words() []string {
	out := []string{"Yes", "No"}
	for _, s := range tableNames {
		out = append(out, s)
	}
	for _, s := range columnHeaders {
		out = append(out, s)
	}
	out = append(out, reportWords()...)
	out = append(out, deckWords...)
	out = append(out, contributorWords...)
	slices.Sort(out)
	return slices.Compact(out)
}

// ExportColumns lists the header keys of a table's columns in order: the
// keys of ExportWords.Headers it uses.
func ExportColumns(t ExportTable) []string {
	switch t {
	case TableGoals:
		return []string{"goal_id", "goal", "description", "perspective", "owner", "kind", "unit", "unit_label",
			"decimals", "aggregation", "baseline", "target", "start", "end", "cadence", "plan_by", "parent",
			"weight", "rationale", "archived", "created", "updated"}
	case TablePlans:
		return []string{"goal_id", "goal", "revision", "note", "annual_target", "created", "period", "target", "floor"}
	case TableCheckIns:
		return []string{"goal_id", "goal", "period", "value", "confidence", "note", "created", "updated"}
	case TableHistory:
		return []string{"goal_id", "goal", "period", "value"}
	case TableReviews:
		return []string{"review_id", "goal_id", "goal", "period", "cause_category", "cause", "feedback",
			"measure", "measure_owner", "deadline", "done", "created", "updated"}
	case TableActions:
		return []string{"action_id", "problem", "cause", "strategy", "owner", "status", "start", "due",
			"follow_up", "goals", "review", "measure", "measure_owner", "deadline", "done", "created", "updated"}
	case TableFollowUps:
		return []string{"action_id", "action", "date", "note", "created"}
	}
	return nil
}
