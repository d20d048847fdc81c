package nativedialog

// #cgo LDFLAGS: -ldl
// #include <dlfcn.h>
// #include <stdlib.h>
//
// // GTK 3's calls the dialogs make, found in libgtk-3.so.0 at the first
// // dialog (load_gtk) rather than linked: linking it loaded some 60
// // libraries before Pacer's window could open.
// static int (*p_gtk_init_check)(int *, char ***);
// static void *(*p_gtk_file_chooser_dialog_new)(const char *, void *, int, const char *, ...);
// static void *(*p_gtk_file_filter_new)(void);
// static void (*p_gtk_file_filter_set_name)(void *, const char *);
// static void (*p_gtk_file_filter_add_pattern)(void *, const char *);
// static void (*p_gtk_file_chooser_add_filter)(void *, void *);
// static int (*p_gtk_file_chooser_set_current_folder)(void *, const char *);
// static void (*p_gtk_file_chooser_set_current_name)(void *, const char *);
// static void (*p_gtk_file_chooser_set_do_overwrite_confirmation)(void *, int);
// static int (*p_gtk_dialog_run)(void *);
// static char *(*p_gtk_file_chooser_get_filename)(void *);
// static void (*p_gtk_widget_destroy)(void *);
// static int (*p_gtk_events_pending)(void);
// static int (*p_gtk_main_iteration)(void);
// static void (*p_g_free)(void *);
//
// #define SYM(name) if (!(*(void **)(&p_##name) = dlsym(gtk, #name))) return 0;
//
// // load_gtk opens GTK 3 and starts it: 1 when it can show dialogs.
// static int load_gtk(void) {
// 	void *gtk = dlopen("libgtk-3.so.0", RTLD_NOW | RTLD_GLOBAL);
// 	if (!gtk) return 0;
// 	SYM(gtk_init_check) SYM(gtk_file_chooser_dialog_new) SYM(gtk_file_filter_new)
// 	SYM(gtk_file_filter_set_name) SYM(gtk_file_filter_add_pattern) SYM(gtk_file_chooser_add_filter)
// 	SYM(gtk_file_chooser_set_current_folder) SYM(gtk_file_chooser_set_current_name)
// 	SYM(gtk_file_chooser_set_do_overwrite_confirmation) SYM(gtk_dialog_run)
// 	SYM(gtk_file_chooser_get_filename) SYM(gtk_widget_destroy) SYM(gtk_events_pending)
// 	SYM(gtk_main_iteration) SYM(g_free)
// 	return p_gtk_init_check(NULL, NULL);
// }
//
// enum { RESPONSE_ACCEPT = -3, RESPONSE_CANCEL = -6 }; // GTK_RESPONSE_*
//
// static void *file_dialog(const char *title, int action, const char *accept) {
// 	return p_gtk_file_chooser_dialog_new(title, NULL, action, "Cancel", RESPONSE_CANCEL, accept, RESPONSE_ACCEPT, NULL);
// }
// static void *filter_new(void) { return p_gtk_file_filter_new(); }
// static void filter_set_name(void *f, const char *s) { p_gtk_file_filter_set_name(f, s); }
// static void filter_add_pattern(void *f, const char *s) { p_gtk_file_filter_add_pattern(f, s); }
// static void add_filter(void *d, void *f) { p_gtk_file_chooser_add_filter(d, f); }
// static void set_current_folder(void *d, const char *s) { p_gtk_file_chooser_set_current_folder(d, s); }
// static void set_current_name(void *d, const char *s) { p_gtk_file_chooser_set_current_name(d, s); }
// static void confirm_overwrite(void *d) { p_gtk_file_chooser_set_do_overwrite_confirmation(d, 1); }
// static int accepted(void *d) { return p_gtk_dialog_run(d) == RESPONSE_ACCEPT; }
// static char *filename(void *d) { return p_gtk_file_chooser_get_filename(d); }
// static void g_free_(void *p) { p_g_free(p); }
// static void close_dialog(void *d) {
// 	p_gtk_widget_destroy(d);
// 	while (p_gtk_events_pending()) p_gtk_main_iteration();
// }
import "C"

import (
	"sync"
	"unsafe"
)

// GtkFileChooserAction values.
const (
	actionOpen         = 0
	actionSave         = 1
	actionSelectFolder = 2
)

// gtkStarted opens and starts GTK once, at the first dialog. Fyne's GLFW
// has called XInitThreads by then, as sqweek/dialog's init did.
var gtkStarted = sync.OnceValue(func() bool { return C.load_gtk() == 1 })

// Load asks for a file to open. The dialogs have GTK's own titles, as in
// sqweek/dialog on Linux.
func Load(r Request) (string, error) {
	return chooseFile("Open File", "Open", actionOpen, withFilter(r))
}

// Save asks where to save a file; GTK asks before overwriting one.
func Save(r Request) (string, error) {
	return chooseFile("Save File", "Save", actionSave, withFilter(r))
}

// Folder asks for a folder. As in sqweek/dialog on Linux, the dialog has
// GTK's own title and opens where GTK chooses.
func Folder(Request) (string, error) {
	return chooseFile("Open Folder", "Open", actionSelectFolder, Request{})
}

// withFilter gives a file dialog its one filter, every file when r names
// no extension, as sqweek/dialog's Filter does.
func withFilter(r Request) Request {
	if len(r.Exts) == 0 {
		r.Exts = []string{"*"}
	}
	return r
}

func chooseFile(title, buttonText string, action C.int, r Request) (string, error) {
	if !gtkStarted() {
		return "", ErrUnavailable
	}
	ctitle, cbutton := C.CString(title), C.CString(buttonText)
	defer C.free(unsafe.Pointer(ctitle))
	defer C.free(unsafe.Pointer(cbutton))
	dlg := C.file_dialog(ctitle, action, cbutton)
	defer C.close_dialog(dlg)
	if len(r.Exts) > 0 {
		filter := C.filter_new()
		cdesc := C.CString(r.Desc)
		defer C.free(unsafe.Pointer(cdesc))
		C.filter_set_name(filter, cdesc)
		for _, pattern := range filterPatterns(r.Exts) {
			cpattern := C.CString(pattern)
			defer C.free(unsafe.Pointer(cpattern))
			C.filter_add_pattern(filter, cpattern)
		}
		C.add_filter(dlg, filter)
	}
	if r.StartDir != "" {
		cdir := C.CString(r.StartDir)
		defer C.free(unsafe.Pointer(cdir))
		C.set_current_folder(dlg, cdir)
	}
	if r.StartFile != "" {
		cfile := C.CString(r.StartFile)
		defer C.free(unsafe.Pointer(cfile))
		C.set_current_name(dlg, cfile)
	}
	C.confirm_overwrite(dlg)
	if C.accepted(dlg) == 0 {
		return "", ErrCancelled
	}
	name := C.filename(dlg)
	defer C.g_free_(unsafe.Pointer(name))
	return C.GoString(name), nil
}
