package pgtest

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// A server test that cannot have a server is skipped loudly on a laptop
// and fails under CI, so a CI run never passes without them.
func TestUnavailableFailsUnderCI(t *testing.T) {
	if os.Getenv("PGTEST_HELPER") == "1" {
		Unavailable(t, errors.New("no server here"))
		return
	}
	for _, c := range []struct {
		ci       string
		fails    bool
		wantText string
	}{
		{"true", true, "cannot run under CI"},
		{"1", true, "cannot run under CI"},
		{"", false, "SKIPPED: no PostgreSQL server"},
		{"false", false, "SKIPPED: no PostgreSQL server"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestUnavailableFailsUnderCI$", "-test.v")
		cmd.Env = append(os.Environ(), "PGTEST_HELPER=1", "CI="+c.ci)
		out, err := cmd.CombinedOutput()
		if (err != nil) != c.fails || !strings.Contains(string(out), c.wantText) {
			t.Errorf("CI=%q: failed %v, want %v; output:\n%s", c.ci, err != nil, c.fails, out)
		}
	}
}
