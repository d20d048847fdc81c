// Package nativedialog asks the user for a file or a folder in the
// operating system's own dialog. On Linux it is sqweek/dialog's GTK code
// (ISC licence, LICENSE-sqweek-dialog.txt) with one change: GTK is opened
// (dlopen) and started at the first dialog, not linked and started when
// the program starts, where it cost some 70 MB of memory and 50 ms before
// Pacer's window could open. Elsewhere it calls sqweek/dialog itself.
package nativedialog

import "errors"

// ErrCancelled is what a dialog returns when the user closes it without choosing.
var ErrCancelled = errors.New("cancelled")

// ErrUnavailable is what a dialog returns when the system cannot show one:
// on Linux, no GTK 3 or no display to show it on.
var ErrUnavailable = errors.New("the file dialogs need GTK 3 (libgtk-3.so.0) and an X server")

// Request is one dialog: the file types it offers (a description and
// extensions without dots), and where it opens with which name filled in.
type Request struct {
	Title     string
	Desc      string
	Exts      []string
	StartDir  string
	StartFile string
}
