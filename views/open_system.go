package views

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// systemOpener opens path, a folder or a file, with the system's opener
// and waits for it to finish; tests stand in for it.
var systemOpener = runSystemOpener

// openInSystem opens path with the system's file manager (or the program
// for its kind of file), and when that fails says so in a dialog that gives
// the path, so that the user can open it themselves. Fyne's OpenURL
// started xdg-open without waiting for it, so that its failure ("no method
// available for opening …") went to stderr only. The opener runs off the UI
// goroutine in the window: xdg-open may run the file manager in the
// foreground until it is closed.
func openInSystem(sh shell, path string) {
	if !readsOffUI {
		if err := systemOpener(path); err != nil {
			showOpenFailed(sh, path, err)
		}
		return
	}
	go func() {
		if err := systemOpener(path); err != nil {
			showOnUI(func() { showOpenFailed(sh, path, err) })
		}
	}()
}

// openerCommand is the program and arguments that open path on goos.
func openerCommand(goos, path string) (string, []string) {
	switch goos {
	case "darwin":
		return "open", []string{path}
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", folderURL(path).String()}
	}
	return "xdg-open", []string{path}
}

// runSystemOpener runs the system's opener on path; its error names the
// opener and carries the last line it wrote to stderr, which says why.
func runSystemOpener(path string) error {
	name, args := openerCommand(runtime.GOOS, path)
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, &stderr
	if err := cmd.Run(); err != nil {
		os.Stderr.Write(stderr.Bytes())
		return openerError{opener: name, why: lastLine(stderr.String()), err: err}
	}
	return nil
}

// openerError is the failure of the system's opener: its name, the error
// of running it (an exit status, or exec.ErrNotFound), and the last line
// it wrote to stderr, which says why (xdg-open: "no method available for
// opening …").
type openerError struct {
	opener, why string
	err         error
}

func (e openerError) Error() string {
	if e.why != "" {
		return fmt.Sprintf("%s: %v: %s", e.opener, e.err, e.why)
	}
	return fmt.Sprintf("%s: %v", e.opener, e.err)
}

func (e openerError) Unwrap() error { return e.err }

// openerReason is why the system's opener failed as the user reads it: the
// reason it gave, or that it is not installed, else err's text.
func openerReason(err error) string {
	var oe openerError
	switch {
	case errors.Is(err, exec.ErrNotFound) && errors.As(err, &oe):
		return lang.L("{{.Program}} is not installed.", map[string]any{"Program": oe.opener})
	case errors.As(err, &oe) && oe.why != "":
		return oe.why
	}
	return err.Error()
}

// lastLine is the last line of s that is not blank, trimmed.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
