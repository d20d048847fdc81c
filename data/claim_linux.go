//go:build linux

package data

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"time"
)

// userHZ is the unit of the times in /proc: fixed at 100 ticks a second
// for programs, whatever the kernel's own tick.
const userHZ = 100

// processStart is when process pid started, read from /proc; ok is false
// when it cannot be told.
func processStart(pid int) (start time.Time, ok bool) {
	fields := procStat(pid)
	if len(fields) < 20 {
		return time.Time{}, false
	}
	ticks, err := strconv.ParseInt(fields[19], 10, 64)
	boot, bootOK := bootTime()
	if err != nil || !bootOK {
		return time.Time{}, false
	}
	return boot.Add(time.Duration(ticks) * time.Second / userHZ), true
}

// processEnded reports whether process pid has ended but is still
// listed: a zombie its parent has not waited for (a Pacer killed from a
// shell or a launcher that reaps late), which signal 0 still finds but
// which holds no file open.
func processEnded(pid int) bool {
	fields := procStat(pid)
	return len(fields) > 0 && (fields[0] == "Z" || fields[0] == "X")
}

// procStat is the fields of /proc/<pid>/stat after the command name,
// starting with the state (the file's third field); nil when it cannot be
// read. The command name, in parentheses, may hold spaces.
func procStat(pid int) []string {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil
	}
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(string(stat[i+1:]))
}

// bootTime is when the system started, the btime line of /proc/stat.
func bootTime() (time.Time, bool) {
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		return time.Time{}, false
	}
	for line := range strings.SplitSeq(string(stat), "\n") {
		if rest, found := strings.CutPrefix(line, "btime "); found {
			secs, err := strconv.ParseInt(strings.TrimSpace(rest), 10, 64)
			return time.Unix(secs, 0), err == nil
		}
	}
	return time.Time{}, false
}
