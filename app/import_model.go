package app

import (
	"strconv"
	"strings"
)

// Import is what a file import writes, with what the file held that could
// not be read, so that the store itself keeps the rule that an import never
// writes a short period.
type Import struct {
	CheckIns []CheckIn
	History  []HistoryValue
	// Rejected counts the rows of the file that could not be read. An
	// import with rejected rows is refused unless WithoutRejected says the
	// user chose to import without them.
	Rejected        int
	WithoutRejected bool
	// LeftOut names the periods the rejected rows fall in: nothing is
	// written to them, so that none holds a total short of a row.
	LeftOut []ImportGap
	// Sources are the data sources of the goals the file fed, saved with
	// the values in the same transaction; each replaces the goal's own.
	Sources []GoalSource
	// Breakdown is what each dimension value made of the periods written;
	// it replaces the stored breakdown of every period the import writes.
	Breakdown []DimensionValue
}

// ImportGap is a period an import leaves unwritten: a check-in period, or
// a history period when History is set; every period of the goal when
// PeriodKey is "" (a row whose date cannot be read could be in any).
type ImportGap struct {
	GoalID    int64
	PeriodKey string
	History   bool
}

// The messages of Import.Check: an import with rows that could not be
// read, and values it would write into what those rows leave out.
const (
	MsgImportRejected = "Rows of the file could not be read ({{.Count}}): nothing was imported. Correct them, or choose to import without them."
	MsgImportLeftOut  = "{{.Period}} is left out of this import, since a row that could not be read falls in it: nothing may be written to it."
	MsgImportGoalOut  = "A goal is left out of this import, since a row of it has a date that could not be read: nothing may be written to it."
)

// Check refuses an import with rejected rows that the user did not choose
// to leave out, and a value written to a period left out.
func (imp Import) Check() error {
	if imp.Rejected > 0 && !imp.WithoutRejected {
		return Errorf(EInvalid, MsgImportRejected, "Count", strconv.Itoa(imp.Rejected))
	}
	for _, src := range imp.Sources {
		if err := src.Check(); err != nil {
			return err
		}
	}
	for _, d := range imp.Breakdown {
		if err := d.Check(); err != nil {
			return err
		}
	}
	gaps := map[ImportGap]bool{}
	for _, g := range imp.LeftOut {
		g.PeriodKey = strings.TrimSpace(g.PeriodKey)
		gaps[g] = true
	}
	for _, c := range imp.CheckIns {
		if err := gapError(gaps, ImportGap{c.GoalID, strings.TrimSpace(c.PeriodKey), false}); err != nil {
			return err
		}
	}
	for _, h := range imp.History {
		if err := gapError(gaps, ImportGap{h.GoalID, strings.TrimSpace(h.PeriodKey), true}); err != nil {
			return err
		}
	}
	return nil
}

// gapError is EInvalid when g, or its goal as a whole, is left out.
func gapError(gaps map[ImportGap]bool, g ImportGap) error {
	switch {
	case gaps[ImportGap{GoalID: g.GoalID}]:
		return Errorf(EInvalid, MsgImportGoalOut)
	case gaps[g]:
		return Errorf(EInvalid, MsgImportLeftOut, "Period", g.PeriodKey)
	}
	return nil
}
