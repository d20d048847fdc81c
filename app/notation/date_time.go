package notation

import (
	"strconv"
	"strings"

	"pacer/app"
)

// TimeOfDay is the time of day written after the date in s, which
// ParseDate reads and drops ("2023-01-31 17:40:11", "1/31/2023 5:40 PM",
// "2023/1/31 下午 5:40:11", "2023年1月31日17时40分", "2023-01-31T17:40:11+08:00",
// the time as written, whatever its zone), in milliseconds after
// midnight; ok is false when s has none, or one no clock shows (24:30).
func TimeOfDay(s string) (ms int, ok bool) {
	if !strings.ContainsAny(s, ":时点") {
		return 0, false // most dates: no time to look for
	}
	s = strings.TrimSpace(app.NormalizeNumber(s))
	_, clock, ok := splitTime(s)
	if !ok {
		return 0, false
	}
	return clockMillis(clock, halfDay(s))
}

// halfDay is 12 for a time said to be after noon (PM, 下午), 0 for one
// said to be before it (AM, 上午), and -1 when s says neither.
func halfDay(s string) int {
	u := strings.ToUpper(strings.TrimSpace(cutZoneWord(s)))
	switch {
	case strings.Contains(s, "下午") || strings.HasSuffix(u, "PM"):
		return 12
	case strings.Contains(s, "上午") || strings.HasSuffix(u, "AM"):
		return 0
	}
	return -1
}

// clockMillis reads a time of day as splitTime cuts it (17:40, 5:40:11.250,
// 10:00:00+08:00, 02:00:00Z, 17时40分05秒, 9点) in milliseconds after
// midnight; half is halfDay's, which moves 1 to 12 o'clock into its half
// of the day.
func clockMillis(clock string, half int) (int, bool) {
	clock = strings.TrimSuffix(cutZone(clock), "Z")
	clock = strings.NewReplacer("时", ":", "点", ":", "分", ":", "秒", "").Replace(clock)
	parts := strings.Split(strings.TrimSuffix(clock, ":"), ":")
	if len(parts) > 3 {
		return 0, false
	}
	var hms [3]float64
	for i, p := range parts {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil || p == "" || !allDigits(strings.Replace(p, ".", "", 1)) || i < 2 && strings.Contains(p, ".") {
			return 0, false
		}
		hms[i] = v
	}
	h, m, sec := int(hms[0]), int(hms[1]), hms[2]
	if half >= 0 && h >= 1 && h <= 12 {
		h = h%12 + half
	}
	if h > 23 || m > 59 || sec >= 60 {
		return 0, false
	}
	return (h*60+m)*60_000 + int(sec*1000+0.5), true
}
