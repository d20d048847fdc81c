package app

import (
	"slices"
	"strings"
)

// GoalSource is where a goal's imported actuals come from: a value column
// of files of one layout, read from the rows that pass every condition of
// Filter ("销售额(元) where 地区 = 北美"). It is saved with the import that
// used it, and every re-import of the layout applies it again.
type GoalSource struct {
	GoalID int64
	// Layout is the file layout's key (importer.LayoutKey) and Columns the
	// names of its columns, as the file's header gives them.
	Layout      string
	Columns     []string
	ValueColumn string
	Filter      []SourceCondition
}

// SourceCondition is one condition of a GoalSource's filter: Column Op
// Values, Op one of "=", "in" and "≠" (the importer's FilterOp).
type SourceCondition struct {
	Column string   `json:"column"`
	Op     string   `json:"op"`
	Values []string `json:"values"`
}

// MsgSourceIncomplete refuses a data source without a layout or value
// column, or with a condition lacking its column, operator or values.
const MsgSourceIncomplete = "The goal's data source is incomplete: it needs the file layout, the value column and, for each condition, a column, an operator (=, in, ≠) and its values."

// Check refuses an incomplete source (EInvalid).
func (s GoalSource) Check() error {
	ok := s.Layout != "" && strings.TrimSpace(s.ValueColumn) != ""
	for _, c := range s.Filter {
		ok = ok && strings.TrimSpace(c.Column) != "" && len(c.Values) > 0 &&
			slices.Contains([]string{"=", "in", "≠"}, c.Op) && (c.Op != "=" || len(c.Values) == 1)
	}
	if !ok {
		return Errorf(EInvalid, MsgSourceIncomplete)
	}
	return nil
}
