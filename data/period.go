package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"pacer/app"
	"strconv"
	"time"
)

// SettingFiscalStart is the settings key of the month (1–12) the business's
// fiscal year starts in; quarters, halves and years count from it.
const SettingFiscalStart = "fiscal_start_month"

// fiscalStart is the fiscal year's first month from the settings, January
// when none is set or the setting is not a month.
func fiscalStart(ctx context.Context, tx *tx) (time.Month, error) {
	var text string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, SettingFiscalStart).Scan(&text)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, wrapf(err, "read setting %s", SettingFiscalStart)
	}
	if m, convErr := strconv.Atoi(text); convErr == nil && m >= 1 && m <= 12 {
		return time.Month(m), nil
	}
	return time.January, nil
}

// periodKeyOf is the key of the period of cadence c that holds day d, with
// quarters, halves and years counted from fiscal (a month 1–12); "" for an
// unknown cadence. A fiscal year is named by the calendar year it starts in.
func periodKeyOf(c app.Cadence, d time.Time, fiscal time.Month) string {
	switch c {
	case app.CadenceWeek:
		y, w := d.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case app.CadenceMonth:
		return fmt.Sprintf("%04d-%02d", d.Year(), int(d.Month()))
	}
	months := map[app.Cadence]int{app.CadenceQuarter: 3, app.CadenceHalf: 6, app.CadenceYear: 12}[c]
	if months == 0 {
		return ""
	}
	year, offset := d.Year(), int(d.Month())-int(fiscal)
	if offset < 0 {
		year, offset = year-1, offset+12
	}
	switch c {
	case app.CadenceQuarter:
		return fmt.Sprintf("%04d-Q%d", year, offset/months+1)
	case app.CadenceHalf:
		return fmt.Sprintf("%04d-H%d", year, offset/months+1)
	}
	return fmt.Sprintf("%04d", year)
}

// cadenceRank orders the cadences from the shortest period, 0 for an
// unknown one.
func cadenceRank(c app.Cadence) int {
	return map[app.Cadence]int{app.CadenceWeek: 1, app.CadenceMonth: 2, app.CadenceQuarter: 3, app.CadenceHalf: 4, app.CadenceYear: 5}[c]
}
