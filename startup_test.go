package main

import (
	"debug/elf"
	"runtime"
	"strings"
	"testing"
)

// TestStartLoadsNoGTK builds Pacer and checks that it does not link GTK:
// GTK is opened at the first file dialog (views/nativedialog). Linked, its
// 60 libraries were loaded, and GTK started, before the window could open.
func TestStartLoadsNoGTK(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("GTK is the Linux file dialogs'")
	}
	f, err := elf.Open(buildBinary(t, "."))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	for _, lib := range libs {
		if strings.Contains(lib, "gtk") || strings.Contains(lib, "gdk") || strings.Contains(lib, "glib") {
			t.Errorf("pacer links %s", lib)
		}
	}
}
