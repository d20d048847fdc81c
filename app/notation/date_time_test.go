package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestTimeOfDay reads the time of day that ParseDate drops after a date,
// in each way it drops one, so that an import can tell the latest of a
// day's rows (a bank statement's 17:40 balance after its 08:30 one).
func TestTimeOfDay(t *testing.T) {
	for _, tc := range []struct {
		in string
		ms int
		ok bool
	}{
		{"2023-01-31 17:40:11", (17*3600 + 40*60 + 11) * 1000, true},
		{"2023/1/31 0:00", 0, true},
		{"2023-01-31 00:00:00.250", 250, true},
		{"1/31/2023 12:00:00 AM", 0, true},
		{"1/31/2023 12:30 PM", (12*3600 + 30*60) * 1000, true},
		{"1/31/2023 5:40 PM", (17*3600 + 40*60) * 1000, true},
		{"2023/1/31 下午 3:30", (15*3600 + 30*60) * 1000, true},
		{"2023/1/31 上午 11:59:59", (11*3600 + 59*60 + 59) * 1000, true},
		{"2023-01-31 下午11:59:59", (23*3600 + 59*60 + 59) * 1000, true},
		{"2023-01-31T10:00:00+08:00", 10 * 3600 * 1000, true},
		{"2023-01-31T02:00:00Z", 2 * 3600 * 1000, true},
		{"2023-01-05 10:30:00 +0800", (10*3600 + 30*60) * 1000, true},
		{"2023年1月5日10:30", (10*3600 + 30*60) * 1000, true},
		{"2023年1月5日 10时30分05秒", (10*3600 + 30*60 + 5) * 1000, true},
		{"2023年1月5日 9点", 9 * 3600 * 1000, true},
		{"2023-01-31", 0, false},
		{"2023年1月", 0, false},
		{"2023-01-31 24:30", 0, false},
		{"2023-01-31 10:61", 0, false},
		{"10:30", 0, false}, // a time alone is no date's
	} {
		ms, ok := notation.TimeOfDay(tc.in)
		if ms != tc.ms || ok != tc.ok {
			t.Errorf("TimeOfDay(%q) = %d, %v; want %d, %v", tc.in, ms, ok, tc.ms, tc.ok)
		}
	}
}
