package data

import (
	"fmt"
	"time"
)

// Timestamps: Pacer writes RFC 3339 in UTC, and reads that or any of
// SQLite's own forms, as another program may write them.

// formatTime writes a timestamp as RFC 3339 in UTC.
func formatTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}

// sqliteTimeLayouts are the timestamps SQLite's own date functions write
// and read (datetime('now') writes "2026-03-04 05:06:07"), as another
// program may store them: a space or a T between date and time, seconds
// and a zone optional. Go reads any fraction of a second after the
// seconds; a time without a zone is UTC, as in SQLite.
var sqliteTimeLayouts = []string{
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05",
	"2006-01-02 15:04Z07:00", "2006-01-02T15:04Z07:00", "2006-01-02 15:04", "2006-01-02T15:04",
	"2006-01-02",
}

// parseTime reads a stored timestamp: RFC 3339 as Pacer writes it, or any
// of SQLite's own forms (sqliteTimeLayouts). A text that is none of
// these, written by another program, reads as the zero time, which the
// screens and exports show as unknown: a creation or change time no one
// can read is no reason to refuse the goals or check-ins it belongs to.
func parseTime(s string) time.Time {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t
	}
	for _, layout := range sqliteTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// timeCol scans a timestamp column (parseTime) into a time.
type timeCol struct{ t *time.Time }

// Scan implements sql.Scanner.
func (c timeCol) Scan(v any) error {
	s, err := textValue(v)
	if err != nil {
		return fmt.Errorf("read timestamp: %w", err)
	}
	*c.t = parseTime(s)
	return nil
}
