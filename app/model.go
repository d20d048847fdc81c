package app

import "time"

// Kind says which way a goal's number should move.
type Kind string

// The goal kinds.
const (
	KindIncrease  Kind = "increase"   // reach a higher value than the baseline
	KindDecrease  Kind = "decrease"   // reach a lower value than the baseline
	KindStayAbove Kind = "stay_above" // stay at or above the target in every period
	KindStayBelow Kind = "stay_below" // stay at or below the target in every period
	KindMilestone Kind = "milestone"  // done (1) or not done (0)
)

// Unit says what a goal's number counts.
type Unit string

// The goal units.
const (
	UnitCurrency Unit = "currency"
	UnitCount    Unit = "count"
	UnitPercent  Unit = "percent" // values are stored as shown: 8 means 8 %
	UnitCustom   Unit = "custom"
)

// SettingCurrency is the setting that holds the code of the business's
// money ("CNY"): what a new goal counted in money is counted in. A goal
// keeps its own code (UnitLabel).
const SettingCurrency = "currency"

// Aggregation says how period values combine into a span.
type Aggregation string

// The aggregations.
const (
	// AggFlow values add up over periods (sales, new customers).
	AggFlow Aggregation = "flow"
	// AggLevel values are states; the latest one counts (market share, margin).
	AggLevel Aggregation = "level"
)

// Cadence is the length of a period: how often a goal is checked in or planned.
type Cadence string

// The cadences.
const (
	CadenceWeek    Cadence = "week"
	CadenceMonth   Cadence = "month"
	CadenceQuarter Cadence = "quarter"
	CadenceHalf    Cadence = "half"
	CadenceYear    Cadence = "year"
)

// Perspective is a Balanced-Scorecard perspective.
type Perspective string

// The four perspectives of the Balanced Scorecard.
const (
	PerspectiveFinancial Perspective = "financial"
	PerspectiveCustomer  Perspective = "customer"
	PerspectiveProcess   Perspective = "internal_process"
	PerspectiveLearning  Perspective = "learning_growth"
)

// ActionStatus is where an action plan stands.
type ActionStatus string

// The action statuses.
const (
	ActionPlanned    ActionStatus = "planned"
	ActionInProgress ActionStatus = "in_progress"
	ActionDone       ActionStatus = "done"
	ActionDropped    ActionStatus = "dropped"
)

// Date is a calendar day without a time zone, stored as "2006-01-02".
// The zero Date means "not set".
type Date struct{ time.Time }

// DateLayout is how dates are written in the database and in files.
const DateLayout = "2006-01-02"

// NewDate returns the date of year, month and day, normalised like time.Date.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// ParseDate reads a "2006-01-02" date; the empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, err
	}
	return Date{t}, nil
}

// String writes the date as "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(DateLayout)
}

// Goal is one target the business wants to reach.
type Goal struct {
	ID          int64
	Title       string
	Description string
	Perspective Perspective
	Owner       string
	Kind        Kind
	Unit        Unit
	UnitLabel   string // currency code ("CNY") or custom unit name ("kg")
	Decimals    int    // digits after the decimal point that values keep (0–6)
	Aggregation Aggregation
	// Baseline is where the goal starts (last year's total for a flow goal);
	// nil means "unknown", which the SMART check warns about.
	Baseline *float64
	Target   float64
	Start    Date
	End      Date
	Cadence  Cadence // how often values are checked in
	PlanBy   Cadence // the period the plan is split into (month or quarter)
	ParentID *int64
	Weight   float64 // share of the parent goal, 0 when there is none
	// Rationale is why the goal matters (the R of SMART).
	Rationale string
	Archived  bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

// PeriodTarget is a goal's planned value for one period, with an optional floor.
type PeriodTarget struct {
	PeriodKey string
	Target    float64
	Floor     *float64
}

// Plan is one revision of a goal's split by period. Earlier revisions stay on record.
type Plan struct {
	GoalID    int64
	Revision  int
	Note      string
	Target    float64 // the goal's annual target when this revision was made
	CreatedAt time.Time
	Periods   []PeriodTarget
}

// HistoryValue is an actual value of a period before the goal started.
type HistoryValue struct {
	GoalID    int64
	PeriodKey string
	Value     float64
}

// CheckIn is the recorded actual value of a goal for one period.
type CheckIn struct {
	ID         int64
	GoalID     int64
	PeriodKey  string
	Value      float64
	Confidence int // 0–10: how sure the owner is the goal will be met
	Note       string
	CreatedAt  time.Time
	UpdatedAt  time.Time

	// Author is the team login of who made the check-in, in a file shared with
	// a team; "" in a file of one's own.
	Author string
}

// Review is the gap analysis of one goal for one period.
type Review struct {
	ID            int64
	GoalID        int64
	PeriodKey     string
	CauseCategory string // market_demand, customer_development, competition, pricing, product, execution, external, other
	CauseText     string
	TeamFeedback  string
	Measures      []Measure
	CreatedAt     time.Time
	UpdatedAt     time.Time

	// Author is the team login of who wrote the analysis and feedback, in a
	// file shared with a team; "" in a file of one's own.
	Author string
}

// Measure is one improvement step with an owner and a deadline: a review's
// improvement measure or an action plan's checklist item.
type Measure struct {
	ID    int64
	Text  string
	Owner string
	Due   Date
	// Done is the measure's own tick: on a gap measure the user's, whatever
	// an action plan made from it says (see Completed).
	Done bool
	// FromID is, on an action plan's checklist, the gap measure the step was
	// made from; 0 when it was not.
	FromID int64
	// FromDone is, on such a step, whether its gap measure is ticked done
	// in the review; read, never saved.
	FromDone bool
	// Plan is, on a gap measure, where the action plan steps made from it
	// stand; nil when no plan was made from it. It is read, never saved.
	Plan *MeasurePlan
}

// ActionPlan is an adjustment decided after a review, followed up on a cadence.
type ActionPlan struct {
	ID        int64
	Problem   string
	Cause     string
	Strategy  string
	Owner     string
	Start     Date
	Due       Date
	Status    ActionStatus
	FollowUp  Cadence
	GoalIDs   []int64
	ReviewID  *int64
	Measures  []Measure
	CreatedAt time.Time
	UpdatedAt time.Time
}

// FollowUp is a dated note on the effect of an action plan.
type FollowUp struct {
	ID        int64
	ActionID  int64
	Date      Date
	Note      string
	CreatedAt time.Time

	// Author is the team login of who wrote the note, in a file shared with
	// a team; "" in a file of one's own.
	Author string
}
