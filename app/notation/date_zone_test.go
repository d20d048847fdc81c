package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateZoneWords reads a date and time with a zone's abbreviation
// or a GMT offset after it, as Amazon Seller Central's reports write their
// date/time column ("Jan 7, 2023 10:00:00 AM PST") and QuickBooks its
// footer (GMT-07:00): each was refused as no date, and with it the whole
// file. The day is the one written, and AM or PM before the zone counts.
func TestParseDateZoneWords(t *testing.T) {
	for _, in := range []string{"Jan 7, 2023 10:00:00 AM PST", "Jan 7, 2023 10:00:00 PM PDT", "Jan 7, 2023 10:00:00 PST",
		"1/7/2023 10:00:00 AM EST", "2023-01-07 10:00:00 CEST", "2023-01-07 10:00:00 GMT+8", "2023-01-07 10:00:00 UTC-07:00",
		"2023-01-07 10:00:00 MSK", "2023-01-07 10:00 AEDT"} {
		d, _, err := notation.ParseDate(in, notation.MonthFirst)
		if err != nil || d.String() != "2023-01-07" {
			t.Errorf("ParseDate(%q) = %s, %v; want 2023-01-07", in, d, err)
		}
	}
	if ms, ok := notation.TimeOfDay("Jan 7, 2023 11:30:00 PM PST"); !ok || ms != (23*3600+30*60)*1000 {
		t.Errorf("TimeOfDay of 11:30:00 PM PST = %d, %v; want 23:30", ms, ok)
	}
	for _, in := range []string{"2023-01-07 PST", "2023-01-07 10:00:00 Pst", "Jan 7, 2023 AM PST"} {
		if d, _, err := notation.ParseDate(in, notation.MonthFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s; want an error", in, d)
		}
	}
}
