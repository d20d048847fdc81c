package views

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Icon gives the base theme's icon, coloured once per colour (memoIcon).
func (t pacerTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	icon := t.Theme.Icon(n)
	themed, ok := icon.(fyne.ThemedResource)
	if !ok {
		return icon
	}
	if m, ok := memoIcons.Load(icon); ok {
		return m.(*memoIcon)
	}
	m, _ := memoIcons.LoadOrStore(icon, &memoIcon{themed: themed})
	return m.(*memoIcon)
}

// memoIcons are the icons handed out, one per icon of the base theme.
var memoIcons sync.Map // fyne.Resource → *memoIcon

// memoIcon is a theme icon whose SVG, coloured in its theme colour, is
// kept until that colour changes. Fyne colours a themed icon anew (an XML
// parse and write) each time it reads its content, and an icon's image
// reads it at each refresh and resize: Reviews' and Settings' first
// showings spent a third to a half of their time on their icons. It stays
// a fyne.ThemedResource, so that Fyne still gives it the colour of the
// widget it is in (the text colour of a high-importance button).
type memoIcon struct {
	themed fyne.ThemedResource

	mu      sync.Mutex
	color   color.Color // content's colour
	content []byte
}

// Name is the icon's name, which Fyne's cache of drawn icons goes by.
func (m *memoIcon) Name() string { return m.themed.Name() }

// ThemeColorName is the colour the icon takes from the theme.
func (m *memoIcon) ThemeColorName() fyne.ThemeColorName { return m.themed.ThemeColorName() }

// Content is the icon's SVG in its theme colour of the moment.
func (m *memoIcon) Content() []byte {
	c := theme.Color(m.themed.ThemeColorName())
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.content == nil || !sameColor(c, m.color) {
		m.content, m.color = m.themed.Content(), c
	}
	return m.content
}

func sameColor(a, b color.Color) bool {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}
