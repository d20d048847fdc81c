package data

import (
	"errors"
	"fmt"
	"io/fs"
	"pacer/app"
	"slices"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The messages. Placeholders are plain {{.Name}} fields so that the
// translation check can compare them.
const (
	msgNotDatabase = "The file {{.Path}} is not a Pacer database."
	msgDamaged     = "The database file {{.Path}} is damaged and cannot be read."
	msgNewerSchema = "This database was written by a newer Pacer (schema {{.Schema}}, this version knows {{.Known}})."
	msgReadOnly    = "The database cannot be changed: the file or its folder is read-only."
	msgBusy        = "The database is busy in another program. Try again in a moment."
	msgFull        = "The disk is full: nothing was saved. Free some space and try again."
	msgDuplicate   = "This entry already exists."
	msgMissingRef  = "An entry this one refers to no longer exists."
	msgNotAllowed  = "A value is not allowed here."

	msgDecimalsLowered = "Some values of this goal have more than {{.Decimals}} decimal places."
	msgDecimalsOne     = "Some values of this goal have more than 1 decimal place."
	msgDecimalsNone    = "Some values of this goal are not whole numbers."
	msgNotMilestone    = "{{.Period}} holds {{.Value}}, which a milestone cannot: correct or delete the check-ins other than 1 (done) and 0 (not done) before making the goal a milestone."

	msgGoalNotFound       = "The goal does not exist."
	msgTitleRequired      = "The goal needs a title."
	msgPerspectiveInvalid = "Choose a perspective for the goal."
	msgKindInvalid        = "Choose what kind of goal this is."
	msgUnitInvalid        = "Choose a unit for the goal."
	msgAggregationInvalid = "Choose how the goal's values add up."
	msgCadenceInvalid     = "Choose how often the goal is checked in."
	msgPlanByInvalid      = "Choose the period the plan is split into."
	msgDatesRequired      = "The goal needs a start date and an end date."
	msgEndBeforeStart     = "The end date must be after the start date."
	msgDatesLeaveCheckIn  = "With these dates the check-in for {{.Period}} would fall outside the goal. Keep dates that cover it, or delete that check-in first."
	msgDatesLeaveCheckIns = "With these dates {{.Count}} check-ins, from {{.First}} to {{.Last}}, would fall outside the goal. Keep dates that cover them, or delete those check-ins first."
	msgWeightRange        = "The weight must be between 0 and 100 percent."
	msgParentNotFound     = "The parent goal does not exist."
	msgParentSelf         = "A goal cannot be its own parent."
	msgParentCycle        = "The parent goal is a sub-goal of this goal."

	msgPeriodRequired   = "The period is missing."
	msgPeriodDuplicate  = "The period {{.Period}} appears more than once."
	msgPeriodUnknown    = "{{.Period}} is not a period Pacer knows: write it like 2026, 2026-H1, 2026-Q1, 2026-03 or 2026-W05."
	msgPeriodOutside    = "{{.Period}} lies outside the goal's dates ({{.Start}} to {{.End}})."
	msgConfidenceRange  = "Confidence must be between 0 and 10."
	msgPeriodNotWeek    = "{{.Period}} is not a week: “{{.Goal}}” is checked in weekly. Enter a week, such as {{.Example}}."
	msgPeriodNotMonth   = "{{.Period}} is not a month: “{{.Goal}}” is checked in monthly. Enter a month, such as {{.Example}}."
	msgPeriodNotQuarter = "{{.Period}} is not a quarter: “{{.Goal}}” is checked in quarterly. Enter a quarter, such as {{.Example}}."
	msgPeriodNotHalf    = "{{.Period}} is not a half-year: “{{.Goal}}” is checked in half-yearly. Enter a half-year, such as {{.Example}}."
	msgPeriodNotYear    = "{{.Period}} is not a fiscal year: “{{.Goal}}” is checked in yearly. Enter a fiscal year, such as {{.Example}}."
	msgCheckInExists    = "There is already a check-in for {{.Period}}."
	msgCheckInNotFound  = "The check-in does not exist."

	msgCadenceFiner       = "The {{.Count}} check-ins from {{.First}} to {{.Last}} cannot be split into shorter periods: Pacer cannot tell how each value divides. Keep how often the goal is checked in, or delete those check-ins first."
	msgCadenceWeeks       = "The {{.Count}} weekly check-ins from {{.First}} to {{.Last}} cannot be rolled up: weeks do not fit exactly into months, quarters or years. Keep checking in weekly, or delete those check-ins first."
	msgCadenceTaken       = "There is already a check-in for {{.Period}}, which did not count so far; rolling up would replace it. Delete it first, or keep how often the goal is checked in."
	msgCadenceUnconfirmed = "Changing how often the goal is checked in converts its {{.Count}} check-ins; look at the conversion and confirm it first."
	msgCadenceFinerOne    = "The check-in for {{.First}} cannot be split into shorter periods: Pacer cannot tell how its value divides. Keep how often the goal is checked in, or delete that check-in first."
	msgCadenceWeeksOne    = "The weekly check-in for {{.First}} cannot be rolled up: weeks do not fit exactly into months, quarters or years. Keep checking in weekly, or delete that check-in first."
	msgCadenceUnconfOne   = "Changing how often the goal is checked in converts its check-in; look at the conversion and confirm it first."
	msgCadenceStale       = "The goal's check-ins changed since the conversion was shown. Look at it again and confirm."
	msgCadenceNoNumber    = "The check-ins of {{.From}} do not add up to a number for {{.Period}}: one is not a number, or they are too large together. Correct or delete them first, or keep how often the goal is checked in."

	msgReviewNotFound = "The review does not exist."
	msgReviewExists   = "There is already a review for {{.Period}}."
	msgCauseInvalid   = "Choose a cause category from the list."

	msgMeasureTextRequired = "Every measure needs a description."
	msgMeasureNotFound     = "The measure does not exist."

	msgActionNotFound     = "The action plan does not exist."
	msgProblemRequired    = "The action plan needs a problem to solve."
	msgStatusInvalid      = "Choose a status for the action plan."
	msgFollowUpInvalid    = "Choose how often the action plan is followed up."
	msgDueBeforeStart     = "The due date must not be before the start date."
	msgFollowUpDateNeeded = "The follow-up needs a date."

	msgSettingKeyRequired = "The setting needs a name."

	msgNoFreeID = "The file has no number left for a new row: another program gave one the largest number there is."
)

// Messages lists every message an Error from this package can carry, so
// that a test can check each one has a translation.
var Messages = []string{
	app.MsgInternal,
	msgNotDatabase, msgDamaged, msgNewerSchema, msgReadOnly, msgBusy, msgFull,
	msgDuplicate, msgMissingRef, msgNotAllowed,
	app.MsgNotFinite, app.MsgTooManyDecimals, app.MsgWholeAmounts, app.MsgDecimalsRange, app.MsgTooLarge, msgDecimalsLowered, msgDecimalsOne, msgDecimalsNone, msgNotMilestone,
	app.MsgMilestoneValue,
	msgGoalNotFound, msgTitleRequired, msgPerspectiveInvalid, msgKindInvalid,
	msgUnitInvalid, msgAggregationInvalid, msgCadenceInvalid, msgPlanByInvalid,
	msgDatesRequired, msgEndBeforeStart, msgDatesLeaveCheckIn, msgDatesLeaveCheckIns, msgWeightRange,
	msgParentNotFound, msgParentSelf, msgParentCycle,
	msgPeriodRequired, msgPeriodDuplicate, msgPeriodUnknown, msgPeriodOutside, msgConfidenceRange,
	msgCheckInExists, msgCheckInNotFound,
	msgPeriodNotWeek, msgPeriodNotMonth, msgPeriodNotQuarter, msgPeriodNotHalf, msgPeriodNotYear,
	msgCadenceFiner, msgCadenceWeeks, msgCadenceTaken, msgCadenceUnconfirmed, msgCadenceStale,
	msgCadenceFinerOne, msgCadenceWeeksOne, msgCadenceUnconfOne, msgCadenceNoNumber,
	msgReviewNotFound, msgReviewExists, msgCauseInvalid,
	msgMeasureTextRequired, msgMeasureNotFound,
	msgActionNotFound, msgProblemRequired, msgStatusInvalid,
	msgFollowUpInvalid, msgDueBeforeStart, msgFollowUpDateNeeded,
	msgSettingKeyRequired, msgNoFreeID,
}

// sqlError turns a SQLite failure into an Error with a code the UI can act
// on; other errors (context cancellation, I/O) pass through unchanged.
// The validation in Go runs first, so these are the last line of defence.
func sqlError(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	var e *app.Error
	switch code := se.Code(); {
	case code == sqlite3.SQLITE_CONSTRAINT_UNIQUE || code == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		e = app.Errorf(app.EConflict, msgDuplicate)
	case code == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		e = app.Errorf(app.ENotFound, msgMissingRef)
	case code&0xff == sqlite3.SQLITE_CONSTRAINT:
		e = app.Errorf(app.EInvalid, msgNotAllowed)
	case code&0xff == sqlite3.SQLITE_READONLY || code&0xff == sqlite3.SQLITE_PERM ||
		code == sqlite3.SQLITE_CANTOPEN:
		// SQLITE_READONLY_DIRECTORY is a folder where the -wal file
		// cannot be created; plain SQLITE_CANTOPEN is a new file there.
		e = app.Errorf(app.EReadOnly, msgReadOnly)
	case code&0xff == sqlite3.SQLITE_BUSY || code&0xff == sqlite3.SQLITE_LOCKED:
		e = app.Errorf(app.EBusy, msgBusy)
	case code&0xff == sqlite3.SQLITE_FULL:
		// SQLite reports ENOSPC on a write, and a short write, as full.
		e = app.Errorf(app.EFull, msgFull)
	case writeFailure(code) && fileSizeLimited():
		// A write past RLIMIT_FSIZE fails with EFBIG, which SQLite
		// reports as a plain I/O error.
		e = app.Errorf(app.EFull, msgFull)
	default:
		return err
	}
	e.Err = err
	return e
}

// writeFailure reports whether a SQLite result code is a failed write,
// fsync or resize of a file: what a full disk causes.
func writeFailure(code int) bool {
	switch code {
	case sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_FSYNC, sqlite3.SQLITE_IOERR_DIR_FSYNC,
		sqlite3.SQLITE_IOERR_TRUNCATE, sqlite3.SQLITE_IOERR_SHMSIZE:
		return true
	}
	return false
}

// diskFull makes err, a failure of a write to a file in dir that sqlError
// left unmapped, an EFull when the disk holding dir has next to no space
// left: SQLite reports ENOSPC from fsync, unlike from write, as a plain
// I/O error.
func diskFull(err error, dir string) error {
	var se *sqlite.Error
	if app.ErrorCode(err) != app.EInternal || !errors.As(err, &se) || !writeFailure(se.Code()) || !lowOnSpace(dir) {
		return err
	}
	return &app.Error{Code: app.EFull, Message: msgFull, Err: err}
}

// fileError adds lowercase context to err, a failure of a file operation
// in Go, after giving it a code when the user can act on it: a folder or
// file system that cannot be written is EReadOnly, a full disk EFull.
func fileError(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	switch {
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS):
		err = &app.Error{Code: app.EReadOnly, Message: msgReadOnly, Err: err}
	case slices.ContainsFunc(fullErrnos, func(n syscall.Errno) bool { return errors.Is(err, n) }):
		err = &app.Error{Code: app.EFull, Message: msgFull, Err: err}
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}

// wrapf adds lowercase context to err after mapping SQLite failures.
func wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf(format+": %w", append(args, sqlError(err))...)
}
