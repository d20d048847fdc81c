package data

import (
	"context"
	"database/sql"
	"errors"
	"pacer/app"
	"strconv"
	"strings"
	"time"
)

// SettingFiscalStart is the settings key of the month (1–12) the business's
// fiscal year starts in; quarters, halves and years count from it.
const SettingFiscalStart = "fiscal_start_month"

// calendar is the business's calendar from the settings: its fiscal year
// starts in the month set, January when none is set or the setting is not
// a month.
func calendar(ctx context.Context, tx *tx) (app.Calendar, error) {
	var text string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, SettingFiscalStart).Scan(&text)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return app.Calendar{}, wrapf(err, "read setting %s", SettingFiscalStart)
	}
	return calendarOf(text), nil
}

// FiscalCalendar is the calendar of the fiscal start setting's text, as
// the store checks check-ins against it: the month it names, spaces
// around it (another program's) ignored, or January when it names none.
// The screens take theirs from it too, so both agree on every text.
func FiscalCalendar(text string) app.Calendar {
	return calendarOf(text)
}

// calendarOf is FiscalCalendar.
func calendarOf(text string) app.Calendar {
	if m, err := strconv.Atoi(strings.TrimSpace(text)); err == nil && m >= 1 && m <= 12 {
		return app.Calendar{FiscalStart: time.Month(m)}
	}
	return app.Calendar{FiscalStart: time.January}
}

// periodOf reads a stored period key; ok is false when it names no period
// ("2026-13", "2025-W53").
func periodOf(key string) (app.Period, bool) {
	p, err := app.ParsePeriodKey(key)
	return p, err == nil
}

// cadenceRank orders the cadences from the shortest period, 0 for an
// unknown one.
func cadenceRank(c app.Cadence) int {
	return map[app.Cadence]int{app.CadenceWeek: 1, app.CadenceMonth: 2, app.CadenceQuarter: 3, app.CadenceHalf: 4, app.CadenceYear: 5}[c]
}
