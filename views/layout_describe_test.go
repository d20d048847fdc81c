package views

import (
	"fmt"
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// describe names an object for a failure message: its type and its text.
func describe(o fyne.CanvasObject) string {
	text := ""
	switch v := o.(type) {
	case *widget.Label:
		text = v.Text
	case *widget.Button:
		text = v.Text
	case *widget.Check:
		text = v.Text
	case *widget.Select:
		text = v.Selected
		if text == "" {
			text = v.PlaceHolder
		}
	case *widget.Entry:
		text = v.Text
		if text == "" {
			text = v.PlaceHolder
		}
	case *canvas.Text:
		text = v.Text
	case *widget.Hyperlink:
		text = v.Text
	case *widget.RichText:
		text = v.String()
	default:
		text = embeddedText(o)
	}
	if r := []rune(text); len(r) > 60 {
		text = string(r[:57]) + "…"
	}
	if text == "" {
		return typeName(o)
	}
	return fmt.Sprintf("%s %q", typeName(o), text)
}

// embeddedText is the text of a Pacer widget that embeds a Fyne one (a
// KeyEntry, a Select that passes keys on), if any.
func embeddedText(o fyne.CanvasObject) string {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return ""
	}
	for _, name := range []string{"Entry", "Select", "Label", "Button"} {
		if f := v.Elem().FieldByName(name); f.IsValid() && f.Kind() == reflect.Struct && f.CanAddr() {
			if inner, ok := f.Addr().Interface().(fyne.CanvasObject); ok {
				return strings.TrimPrefix(describe(inner), typeName(inner)+" ")
			}
		}
	}
	return ""
}

func typeName(o fyne.CanvasObject) string {
	name := fmt.Sprintf("%T", o)
	if c, ok := o.(*fyne.Container); ok && c.Layout != nil {
		name += "(" + strings.TrimPrefix(fmt.Sprintf("%T", c.Layout), "*layout.") + ")"
	}
	return name
}

func lastN(s []string, n int) []string {
	if len(s) > n {
		return append([]string{"…"}, s[len(s)-n:]...)
	}
	return s
}
