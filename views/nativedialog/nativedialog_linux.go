package nativedialog

// #cgo pkg-config: gtk+-3.0
// #cgo LDFLAGS: -lX11
// #include <X11/Xlib.h>
// #include <gtk/gtk.h>
// #include <stdlib.h>
// static GtkWidget* filedlg(char *title, GtkWindow *parent, GtkFileChooserAction action, char* acceptText) {
// 	return gtk_file_chooser_dialog_new(title, parent, action, "Cancel", GTK_RESPONSE_CANCEL, acceptText, GTK_RESPONSE_ACCEPT, NULL);
// }
import "C"

import (
	"errors"
	"sync"
	"unsafe"
)

// gtkStarted starts GTK once, at the first dialog. Fyne's GLFW has called
// XInitThreads by then, as sqweek/dialog's init did.
var gtkStarted = sync.OnceValue(func() bool {
	C.XInitThreads()
	return C.gtk_init_check(nil, nil) == C.TRUE
})

// Load asks for a file to open. The dialogs have GTK's own titles, as in
// sqweek/dialog on Linux.
func Load(r Request) (string, error) {
	return chooseFile("Open File", "Open", C.GTK_FILE_CHOOSER_ACTION_OPEN, withFilter(r))
}

// Save asks where to save a file; GTK asks before overwriting one.
func Save(r Request) (string, error) {
	return chooseFile("Save File", "Save", C.GTK_FILE_CHOOSER_ACTION_SAVE, withFilter(r))
}

// Folder asks for a folder. As in sqweek/dialog on Linux, the dialog has
// GTK's own title and opens where GTK chooses.
func Folder(Request) (string, error) {
	return chooseFile("Open Folder", "Open", C.GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, Request{})
}

// withFilter gives a file dialog its one filter, every file when r names
// no extension, as sqweek/dialog's Filter does.
func withFilter(r Request) Request {
	if len(r.Exts) == 0 {
		r.Exts = []string{"*"}
	}
	return r
}

func chooseFile(title string, buttonText string, action C.GtkFileChooserAction, r Request) (string, error) {
	if !gtkStarted() {
		return "", errors.New("gtk initialisation failed; presumably no X server is available")
	}
	ctitle := C.CString(title)
	defer C.free(unsafe.Pointer(ctitle))
	cbuttonText := C.CString(buttonText)
	defer C.free(unsafe.Pointer(cbuttonText))
	dlg := C.filedlg(ctitle, nil, action, cbuttonText)
	fdlg := (*C.GtkFileChooser)(unsafe.Pointer(dlg))

	if len(r.Exts) > 0 {
		filter := C.gtk_file_filter_new()
		cdesc := C.CString(r.Desc)
		defer C.free(unsafe.Pointer(cdesc))
		C.gtk_file_filter_set_name(filter, cdesc)
		for _, ext := range r.Exts {
			cpattern := C.CString("*." + ext)
			defer C.free(unsafe.Pointer(cpattern))
			C.gtk_file_filter_add_pattern(filter, cpattern)
		}
		C.gtk_file_chooser_add_filter(fdlg, filter)
	}
	if r.StartDir != "" {
		cdir := C.CString(r.StartDir)
		defer C.free(unsafe.Pointer(cdir))
		C.gtk_file_chooser_set_current_folder(fdlg, cdir)
	}
	if r.StartFile != "" {
		cfile := C.CString(r.StartFile)
		defer C.free(unsafe.Pointer(cfile))
		C.gtk_file_chooser_set_current_name(fdlg, cfile)
	}
	C.gtk_file_chooser_set_do_overwrite_confirmation(fdlg, C.TRUE)
	res := C.gtk_dialog_run((*C.GtkDialog)(unsafe.Pointer(dlg)))
	defer closeDialog(dlg)
	if res == C.GTK_RESPONSE_ACCEPT {
		return C.GoString(C.gtk_file_chooser_get_filename(fdlg)), nil
	}
	return "", ErrCancelled
}

// closeDialog destroys the dialog and lets GTK take it off the screen:
// with no GTK main loop running, its remaining events are handled here.
func closeDialog(dlg *C.GtkWidget) {
	C.gtk_widget_destroy(dlg)
	for C.gtk_events_pending() != 0 {
		C.gtk_main_iteration()
	}
}
