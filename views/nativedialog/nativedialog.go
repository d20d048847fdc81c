// Package nativedialog asks the user for a file or a folder in the
// operating system's own dialog. On Linux it is sqweek/dialog's GTK code
// (ISC licence, LICENSE-sqweek-dialog.txt) with one change: GTK starts at
// the first dialog, not when the program starts, where gtk_init cost some
// 60 MB of memory and 40 ms before Pacer's window could open. Elsewhere it
// calls sqweek/dialog itself.
package nativedialog

import "errors"

// ErrCancelled is what a dialog returns when the user closes it without choosing.
var ErrCancelled = errors.New("cancelled")

// Request is one dialog: the file types it offers (a description and
// extensions without dots), and where it opens with which name filled in.
type Request struct {
	Title     string
	Desc      string
	Exts      []string
	StartDir  string
	StartFile string
}
