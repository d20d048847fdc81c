package importer

import (
	"pacer/app"
	"pacer/app/notation"
)

// Mapping says which columns of a Table hold what. Columns are 0-based.
//
// Two layouts are read. The long layout has one value per row and a column
// naming the goal (GoalColumn ≥ 0, ValueColumn, GoalByName). The wide
// layout has one value column per goal (GoalColumn -1, ValueColumns); a file
// for a single goal is a wide file of one value column.
type Mapping struct {
	DateColumn  int
	GoalColumn  int // -1 for the wide layout
	ValueColumn int // the long layout's value column
	// GoalByName maps the text of the goal column to a goal ID; names match
	// with surrounding spaces trimmed and case folded.
	GoalByName map[string]int64
	// SharedTitles are texts of the long layout's goal column that are the
	// title of several goals, none of them chosen: a row naming one goes
	// to the goal of those its goal ID names (IDColumn), and is rejected
	// when it names none, rather than guessed (sharedGoal).
	SharedTitles []string
	// IDColumn is the column of Pacer's own goal IDs plus one, as its
	// exports write them (GuessIDColumn); 0 when the file has none.
	IDColumn int
	// ValueColumns maps the wide layout's value columns to goal IDs.
	ValueColumns map[int]int64
	// Sources are more goals of the wide layout, each fed by a value
	// column from the rows its filter passes; one file can feed several
	// goals from one column this way ("销售额(元) where 地区 = 北美").
	Sources []Source
	// Dimensions are the columns whose values break flow goals' periods
	// down (产品, 地区): the plan sums each value's rows (Breakdown).
	Dimensions   []int
	DayMonth     notation.DayMonthOrder
	NumberFormat notation.NumberFormat
	// HeaderRow is the row, 0-based, the table starts at (Table.HeaderRow
	// is the guess to offer): the rows above it, a title or notes, are not
	// read, neither as data nor as blank rows. SkipHeader skips row
	// HeaderRow too (Table.HasHeader is the guess to offer).
	HeaderRow  int
	SkipHeader bool
	// KeepHidden imports the rows the workbook hides (Table.HiddenRows)
	// like any other. By default they are left out (ImportPlan.Hidden): a
	// user sees a sheet without them, whether an AutoFilter filtered them
	// out or they were hidden by hand (a subtotal under its detail rows,
	// old data), and importing what they did not see would surprise them
	// or count a subtotal twice.
	KeepHidden bool
	// Block is the block of rows read when the table's rows fall in blocks
	// of the same periods (FindBlocks): 实际 and not 预算. PlanImport
	// refuses such a table without one, as its blocks would add up.
	Block BlockChoice
}

// DefaultImportConfidence is the confidence of the check-ins an import
// creates: the middle of 0–10, "no opinion", since a file holds numbers
// and not the owner's judgement. Check-ins already stored keep theirs
// (data.Store.ApplyImport).
const DefaultImportConfidence = 5

// RejectedRow is a row, or one cell of a wide row, that could not be read,
// with the reason as a message from ImportMessages and its args.
type RejectedRow struct {
	Row    int   // 1-based, as the spreadsheet numbers it, the header counted
	Column int   // 0-based column at fault
	GoalID int64 // the goal the value was for, 0 when unknown
	// Month is, for a table turned (TurnMonths), the month's header in
	// the file ("3月"): Row and Column are then the file's own.
	Month   string
	Message string
	Args    map[string]any
}

// ImportPeriod is one period value an import writes.
type ImportPeriod struct {
	GoalID    int64
	PeriodKey string
	Value     float64
	// History is true for a history value (a period before the goal's
	// start), false for a check-in.
	History bool
	// Rows counts the values rolled up into this period.
	Rows int
	// From and Through are the first and last days the rows cover (a
	// month's or quarter's rows cover the whole period).
	From, Through app.Date
	// Partial is true when the rows start after the period's first day or
	// stop before its last (both cut to the goal's span for check-ins): a
	// month with rows only up to the 15th, or a shop closed on the 31st.
	// The value is imported all the same; the UI points it out.
	Partial bool
	// Replaces is true when the goal already has a value for the period
	// (Old): the import replaces it, it never adds to it, so that
	// importing the same file twice changes nothing.
	Replaces bool
	Old      float64
}

// ImportPlan is what an import will write, worked out before anything is.
//
// Rows fall in three kinds: read (their values in Periods, or in LeftOut),
// rejected (they could not be read: Rejected) and skipped on purpose (their
// goal column names no chosen goal: Skipped). By default an import with
// rejected rows writes nothing (Import); the user may choose to import
// without them, and then the periods they fall in, LeftOut, are not written
// either, so that no period is written short of a row.
type ImportPlan struct {
	// Periods are the period values written, by goal ID, check-ins before
	// history, then in period order; periods in LeftOut are not among them.
	Periods []ImportPeriod
	// CheckIns and History are Periods as the store takes them
	// (data.Store.ApplyImport); new check-ins get DefaultImportConfidence.
	CheckIns []app.CheckIn
	History  []app.HistoryValue
	// Rejected lists what could not be read, in file order.
	Rejected []RejectedRow
	// LeftOut lists the periods rejected rows fall in, by goal ID, a whole
	// goal before its periods.
	LeftOut []LeftOutPeriod
	Rows    int // data rows read: the header, rows above it and blank rows not counted
	// UnitRow is the row of units under the header (unitRow), 1-based as
	// in RejectedRow, 0 when there is none: part of the header, it is no
	// data row and not in Rows.
	UnitRow  int
	Blank    int // blank rows skipped
	Values   int // values accepted into Periods
	Replaced int // periods in Periods that replace a stored value
	Partial  int // periods in Periods that are partial
	// Skipped counts the rows of the long layout whose goal column names
	// no chosen goal (another region, a name mapped to "(skip)"): left out
	// on purpose, they never stop an import. SkippedNames are the names,
	// each once, in file order, up to MaxSkippedNames.
	Skipped      int
	SkippedNames []string
	// Filtered counts the rows of the wide layout that pass no source's
	// filter (another region): left out on purpose, never an error.
	// FilteredColumn is the column every filter tests (地区), -1 when there
	// is none, and FilteredValues the skipped rows' cells in it, each once,
	// in file order, up to MaxSkippedNames.
	Filtered       int
	FilteredColumn int
	FilteredValues []string
	// OutsideSpan counts the values dated wholly before their goal starts
	// or after it ends, inside its first or last check-in period, that no
	// history period holds (the 1st to the 24th of January for a goal from
	// 25 January): the goal asks nothing of those days, so they are left
	// out on purpose and never stop an import.
	OutsideSpan int
	// Hidden counts the rows the workbook hides among the data rows, blank
	// ones aside, and HiddenRows are the first of them, up to
	// MaxSkippedNames, 1-based as in RejectedRow. Unless
	// Mapping.KeepHidden, they are left out, as the user sees the sheet,
	// and never stop an import; with it they are read as the others.
	Hidden     int
	HiddenRows []int
	HiddenKept bool
	// HiddenMonths counts the months of a turned table (TurnMonths) that
	// were columns the workbook hides, and HiddenMonthColumns names the
	// first of them, up to MaxSkippedNames, by the file's column and month
	// header; left out or read as hidden rows are (HiddenKept).
	HiddenMonths       int
	HiddenMonthColumns []MonthColumn
	// FileRows counts, of a turned table, the file's rows its goals are
	// read from, hidden ones left out aside: Rows counts its months.
	FileRows int
	// OtherBlocks counts the rows of the blocks other than Mapping.Block:
	// left out as chosen, never an error.
	OtherBlocks int
	// Totals counts the rows of totals skipped (totalRow); TotalLabel is the first one's label.
	Totals     int
	TotalLabel string
	// FiscalPeriod is the first date written as a quarter or half
	// ("2023年第1季度", "Q1 2023", "H1 2023") or as a labelled fiscal year
	// (FY2023) that was read as a fiscal one, as Pacer names periods, in
	// a calendar whose year does not start in January, with its cadence
	// and its first and last days; "" when none was. FiscalNamed says
	// that it names its fiscal year ("FY2023 Q4", "2023财年"), which Pacer
	// names by the calendar year it starts in. The check says so: another
	// program's quarters and halves are most often the calendar's, and
	// some name a fiscal year by the year it ends in.
	FiscalPeriod                          string
	FiscalCadence                         app.Cadence
	FiscalNamed                           bool
	FiscalPeriodFrom, FiscalPeriodThrough app.Date
	// Notes counts the rows of the long layout skipped as holding nothing
	// to import: no goal, no value and no date that reads, as a note below
	// the table (制表人：张三).
	Notes int
	// Rounded counts the values read from text in scientific notation as
	// Excel's General format writes a long number into a CSV file, rounded
	// to six significant digits ("1.23457E+11", "1.5E+11"; displayRounded):
	// imported as they read, they may be the workbook's numbers rounded.
	// RoundedText is the first.
	Rounded     int
	RoundedText string
	// Scales are the value columns whose header states a scale (万元,
	// "in thousands"): their values were multiplied by it, and the UI says
	// so with the check.
	Scales []ColumnScale
	// Breakdown is what each value of each dimension column made of the
	// periods in Periods, for flow goals: they add up to the period value.
	Breakdown []app.DimensionValue
}

// MonthColumn is a month column of a file TurnMonths turned: its column,
// 0-based, and its header as the file writes it ("6月", "预算 · 6月").
type MonthColumn struct {
	Column int
	Month  string
}

// MaxSkippedNames is how many skipped goal names a plan keeps.
const MaxSkippedNames = 10
