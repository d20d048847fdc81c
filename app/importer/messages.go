package importer

import (
	"pacer/app"
	"pacer/app/notation"
)

// The messages of file imports, in the same form as those of messages.go:
// English sentences that are Go templates with plain {{.Name}} fields
// whose values are preformatted strings. ReadTable returns the file-level
// ones in a *data.Error; PlanImport gives each rejected row one of the
// row-level ones in RejectedRow.
const (
	msgImportEmpty     = "The file holds no rows."
	msgImportTooLarge  = "The file is larger than {{.Limit}}; split it into smaller files."
	msgImportOldXLS    = "The workbook was saved by Excel 95 or older, which Pacer cannot read: save it as .xlsx or CSV in Excel or WPS."
	msgImportEncrypted = "The file is protected with a password: open it, save it without a password, and import it again."
	msgImportBadXLSX   = "The file is not a workbook Pacer can read."
	msgImportWebPage   = "The file is a web page or an XML spreadsheet named .xls, which Pacer cannot read: open it in Excel, WPS or LibreOffice, save it as .xlsx or CSV, and import that file."
	msgImportNoSheet   = "The workbook has no sheet named {{.Sheet}}."
	msgImportBadCSV    = "The file cannot be read as a table near line {{.Line}}."

	msgImportNoDate            = "The date is missing."
	msgImportAdjustPeriod      = "\"{{.Text}}\" is accounting period {{.Period}} of {{.Year}}, which is no month: Pacer reads periods 1 to 12 as January to December. Move the values of period 0 (opening balances) or 13 to 16 (adjustments) into a month, or leave the row out."
	msgImportShortYear         = "\"{{.Text}}\" could be {{.First}} or {{.Last}}, and the file's other dates do not say whether its years come first or last: write the year with four digits."
	msgImportDotMonth          = "\"{{.Text}}\" could be January or October of {{.Year}}: spreadsheets turn a typed {{.Year}}.10 into the number {{.Year}}.1. Write the months as {{.Year}}-01 and {{.Year}}-10, or format the date column as text and type them again."
	msgImportBadNumber         = "\"{{.Text}}\" is not a number: write numbers like {{.Example}}."
	msgImportSideTie           = "\"{{.Text}}\" is marked with its side of the books, but this goal's amounts in the column carry credit (CR, 贷) as often as debit (DR, 借), or both beside amounts without a marker, so Pacer cannot tell which side adds to the goal. Export the amounts with a sign instead, -1,234.50 for a reversal, and import that file."
	msgImportLostSign          = "\"{{.Text}}\" is not a number: its ? stands for a character the file's encoding cannot hold, as a GBK file cannot hold ¥. Save the file again as CSV UTF-8, or as a workbook, and import that file."
	msgImportNoValue           = "The value is missing."
	msgImportFormula           = "The cell holds a formula whose result was not saved in the file: open the file in Excel, WPS or LibreOffice, save it, and import it again."
	msgImportNotFinite         = "\"{{.Text}}\" is not a finite number."
	msgImportDecimals          = "{{.Value}} has more decimal places than the {{.Decimals}} this goal keeps; Pacer does not round imported values."
	msgImportDecimalsHidden    = "{{.Value}} is {{.Stored}} in the workbook, with more decimal places than the {{.Decimals}} this goal keeps; Pacer does not round imported values. Round it in the workbook (ROUND) or let the goal keep more decimals."
	msgImportNoGoal            = "The goal is missing."
	msgImportUnknown           = "No goal is chosen for \"{{.Name}}\"."
	msgImportSharedTitle       = "{{.Count}} goals are titled \"{{.Name}}\", and Pacer cannot tell which of them the row is for: choose the goal for \"{{.Name}}\" above, or give the goals titles of their own and name them so in the file."
	msgImportSplitName         = "The file has rows of several goals named \"{{.Name}}\", told apart by their goal IDs, and this row's goal ID, {{.ID}}, is not that of a goal titled \"{{.Name}}\" here (renamed since, or in a file from another computer): Pacer cannot tell which goal the row is for. Give each goal its own name in the file, or choose another goal for \"{{.Name}}\" above."
	msgImportSharedTitleID     = "{{.Count}} goals are titled \"{{.Name}}\", and the row's goal ID names none of them, as in a file from another computer: Pacer cannot tell which of them the row is for. Choose the goal for \"{{.Name}}\" above, or give the goals titles of their own and name them so in the file."
	msgImportGoalDates         = "The goal \"{{.Goal}}\" has no start or end date."
	msgImportAfterEnd          = "{{.Date}} is after the goal \"{{.Goal}}\" ends on {{.End}}."
	msgImportStraddle          = "{{.Date}} is before the goal \"{{.Goal}}\" starts on {{.Start}}, in a period that overlaps the start: it is neither a check-in nor history."
	msgImportTooCoarse         = "\"{{.Text}}\" spans more than one check-in period of the goal \"{{.Goal}}\": give a date or a shorter period."
	msgImportOverflow          = "The values of {{.Period}} for the goal \"{{.Goal}}\" add up to more than Pacer can hold."
	msgImportMilestone         = "\"{{.Value}}\" is not 0 or 1: the goal \"{{.Goal}}\" is a milestone, 1 when it is done and 0 when it is not."
	msgImportMilestoneSum      = "The values of {{.Period}} for the milestone \"{{.Goal}}\" add up to {{.Value}}: a milestone's period is 1 when it is done and 0 when it is not."
	msgImportNoMapping         = "Choose the date column and at least one value column."
	msgImportBadColumns        = "Column {{.Column}} is not in the file."
	msgImportFedTwice          = "A goal is fed twice from column {{.Column}}: its rows would count twice."
	msgImportChooseBlock       = "Column {{.Column}} splits the rows into blocks of the same periods ({{.Blocks}}), whose values must not add up: choose the block to import."
	msgImportGroupBlocks       = "Columns {{.First}} and {{.Second}} are the same figure in two blocks, \"{{.FirstBlock}}\" and \"{{.SecondBlock}}\", and feed one goal: their values must not add up. Choose the column of one block for the goal."
	msgImportBadFilter         = "The filter on column {{.Column}} needs an operator (=, in, ≠) and at least one value (one for =)."
	msgImportOtherUnit         = "\"{{.Text}}\" is in {{.Unit}}, but the goal \"{{.Goal}}\" counts in {{.Label}}: convert the values to {{.Label}} before importing."
	msgImportMixedUnits        = "\"{{.Text}}\" is in {{.Unit}}, but the goal \"{{.Goal}}\" has other values in {{.First}} in this file: convert them to one unit before importing."
	msgImportScaledTooLarge    = "\"{{.Text}}\" times {{.Factor}}, the scale the header \"{{.Header}}\" states, is more than the goal \"{{.Goal}}\" can hold."
	msgImportOtherCurrency     = "\"{{.Text}}\" is in another currency than the goal \"{{.Goal}}\", which counts in {{.Currency}}: convert the values to {{.Currency}} before importing."
	msgImportSubtotal          = "The row dated \"{{.Text}}\" holds the sum of the rows of single days of the goal \"{{.Goal}}\" in its period: it looks like their subtotal. Remove it, or those rows, before importing."
	msgImportPercentNotCounted = "\"{{.Text}}\" is in per cent, but the goal \"{{.Goal}}\" counts money: import it into a goal in per cent, or give the amount."
	msgImportPercentNotCount   = "\"{{.Text}}\" is in per cent, but the goal \"{{.Goal}}\" is not counted in per cent: import it into a goal in per cent, or give the number itself."
	msgImportBareFraction      = "\"{{.Text}}\" is a plain number among cells in per cent, for the goal \"{{.Goal}}\" in per cent: it could be {{.Text}}% or {{.Percent}}. Format it as a percentage, or write it in per cent, before importing."
	msgImportOwnUnit           = "\"{{.Text}}\" writes a unit of its own in a column whose header \"{{.Header}}\" states the unit of every value: write it as a number in the header's unit."
	msgImportExtraCells        = "The row has more cells than the header's {{.Columns}} columns, so its values may not be in their columns: \"{{.Text}}\" may be a number whose thousands separator was not put in quotes."
	// msgImportExtraCellsNoHeader is msgImportExtraCells for a file without a header.
	msgImportExtraCellsNoHeader = "The row has more cells than most rows' {{.Columns}}, so its values may not be in their columns: \"{{.Text}}\" may be a number whose thousands separator was not put in quotes."
	// msgImportTimeValue is for a workbook cell shown as a time or a
	// duration (timeOrDate), which holds a fraction of a day.
	msgImportTimeValue = "\"{{.Text}}\" is a time or a duration, which the workbook holds as a fraction of a day ({{.Stored}}), and Pacer cannot tell whether the goal counts it in hours or minutes: turn it into a number in the workbook (=B2*24 gives hours, =B2*1440 minutes, formatted as a number) and import it again."
	// msgImportSpanSubtotal is msgImportSubtotal for a row whose parts
	// include rows dated by shorter spans: months in a quarter row.
	// msgImportHiddenRepeat is for a month column a workbook hides that
	// reads as a month it shows (Turned.RepeatedMonths), read all the same.
	msgImportHiddenRepeat = "\"{{.Month}}\" is a column the workbook hides, and it reads as the same month as the \"{{.Month}}\" it shows: read too, its values would be added onto that month's. Write its year into its header (2022年1月), or leave the hidden columns out."
	// msgImportHistoryTotal is for a history row whose period the goal's
	// history rows of shorter periods fill with another sum
	// (rejectHistoryTotals).
	msgImportHistoryTotal = "The row dated \"{{.Text}}\" gives the goal \"{{.Goal}}\" {{.Value}} for its period, but the file's rows dated inside that period by shorter periods add up to {{.Sum}}: its history would hold two figures for the same days. Remove it, or those rows, before importing."
	msgImportSpanSubtotal = "The row dated \"{{.Text}}\" holds the sum of the rows of the goal \"{{.Goal}}\" dated inside its period by shorter periods (months, weeks or days): it looks like their subtotal. Remove it, or those rows, before importing."
)

// ImportMessages lists every message key the import functions can return
// (ReadTable's errors, ParseDate's errors and the reasons of rejected rows),
// so that a test can check each one has a translation. The number errors
// of ParseNumber are in notation.Messages.
var ImportMessages = []string{
	msgImportEmpty, msgImportTooLarge, msgImportOldXLS, msgImportEncrypted, msgImportBadXLSX, msgImportWebPage,
	msgImportNoSheet, msgImportBadCSV, notation.MsgImportBadDate, msgImportNoDate, msgImportShortYear, msgImportDotMonth, msgImportAdjustPeriod,
	msgImportBadNumber, msgImportLostSign, msgImportSideTie, msgImportNoValue, msgImportFormula, msgImportNotFinite, msgImportDecimals, msgImportDecimalsHidden,
	msgImportNoGoal, msgImportUnknown, msgImportSharedTitle, msgImportSharedTitleID, msgImportSplitName, msgImportGoalDates, msgImportAfterEnd,
	msgImportStraddle, msgImportTooCoarse, msgImportOverflow, msgImportMilestone, msgImportMilestoneSum,
	msgImportNoMapping, msgImportBadColumns, msgImportFedTwice, msgImportChooseBlock, msgImportGroupBlocks, msgImportBadFilter, msgImportExtraCells,
	msgImportExtraCellsNoHeader, msgImportHiddenRepeat,
	msgImportMixedUnits, msgImportOtherUnit, msgImportScaledTooLarge, msgImportOwnUnit, msgImportOtherCurrency, msgImportPercentNotCounted, msgImportPercentNotCount, msgImportSubtotal, msgImportSpanSubtotal, msgImportHistoryTotal, msgImportBareFraction, msgImportTimeValue, app.MsgTooLarge,
}
