package export

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

// NewFileMode is the mode a new file of the user's gets: 0644 less the
// process's umask (read from Linux's /proc; elsewhere the usual 022).
// Files written through os.CreateTemp, which makes them 0600, are set to
// it before they are renamed into place, so that an export can be shared
// as any other file the user saves.
var NewFileMode = sync.OnceValue(func() os.FileMode {
	return 0o644 &^ umask()
})

func umask() os.FileMode {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "Umask:"); ok {
				if m, err := strconv.ParseUint(strings.TrimSpace(v), 8, 32); err == nil {
					return os.FileMode(m)
				}
			}
		}
	}
	return 0o022
}
