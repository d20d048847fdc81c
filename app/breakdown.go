package app

import "math"

// DimensionValue is the part of a goal's period value that came from the
// imported rows with one value of one dimension column: "产品 = 产品A made
// 433,301.80 of 2023-Q1". The store keeps these aggregates, not the rows,
// so a year of daily invoices stays small. Only flow goals are broken
// down, since their period value is the sum of its rows.
type DimensionValue struct {
	GoalID    int64
	PeriodKey string
	History   bool
	Dimension string // the column's name
	Value     string // the cell's text
	Amount    float64
	Rows      int
}

// MsgBreakdownBad refuses a breakdown entry without a goal, period or
// dimension, or with an amount that is not a finite number.
const MsgBreakdownBad = "A breakdown value needs a goal, a period, a dimension and a finite amount."

// Check refuses an incomplete or non-finite entry (EInvalid).
func (d DimensionValue) Check() error {
	if d.GoalID == 0 || d.PeriodKey == "" || d.Dimension == "" || math.IsNaN(d.Amount) || math.IsInf(d.Amount, 0) {
		return Errorf(EInvalid, MsgBreakdownBad)
	}
	return nil
}

// MsgBreakdownUnwritten refuses a breakdown value for a period the import
// does not write: it would not add up to the period's value.
const MsgBreakdownUnwritten = "A breakdown value is for {{.Period}}, which this import does not write."
