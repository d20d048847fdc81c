package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// checkPanel shows what the SMART check says about some of its letters:
// one row per finding, with a pass, warning or fail mark and, optionally, the fix.
type CheckPanel struct {
	letters  []string
	withFix  bool
	rows     *fyne.Container
	Verdicts map[string]app.Verdict
}

func NewCheckPanel(withFix bool, letters ...string) *CheckPanel {
	return &CheckPanel{letters: letters, withFix: withFix, rows: container.NewVBox()}
}

func (p *CheckPanel) Object() fyne.CanvasObject { return p.rows }

// show replaces the rows with the report's findings for the panel's letters.
func (p *CheckPanel) Show(r app.SMARTReport) {
	p.Verdicts = map[string]app.Verdict{}
	var rows []fyne.CanvasObject
	for _, letter := range p.letters {
		res := r.Letter(letter)
		p.Verdicts[letter] = res.Verdict
		rows = append(rows, p.letterRow(res)...)
	}
	p.rows.Objects = rows
	p.rows.Refresh()
}

func (p *CheckPanel) letterRow(res app.LetterResult) []fyne.CanvasObject {
	head := widget.NewLabelWithStyle(letterName(res.Letter)+" — "+VerdictLabel(res.Verdict),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Importance = verdictImportance(res.Verdict)
	rows := []fyne.CanvasObject{container.NewHBox(widget.NewIcon(VerdictIcon(res.Verdict)), head)}
	for _, f := range res.Findings {
		text := "• " + lang.L(f.Message, f.Args)
		if p.withFix && f.Fix != "" && f.Verdict != app.VerdictPass {
			text += "\n   " + lang.L("How to fix: {{.Fix}}", map[string]any{"Fix": lang.L(f.Fix, f.Args)})
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		rows = append(rows, l)
	}
	return rows
}

func letterName(letter string) string {
	switch letter {
	case "S":
		return lang.L("S · Specific")
	case "M":
		return lang.L("M · Measurable")
	case "A":
		return lang.L("A · Achievable")
	case "R":
		return lang.L("R · Relevant")
	case "T":
		return lang.L("T · Time-bound")
	}
	return letter
}

func VerdictLabel(v app.Verdict) string {
	switch v {
	case app.VerdictPass:
		return lang.L("Pass")
	case app.VerdictWarn:
		return lang.L("Warning")
	case app.VerdictFail:
		return lang.L("Fail")
	}
	return v.String()
}

func VerdictIcon(v app.Verdict) fyne.Resource {
	switch v {
	case app.VerdictPass:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case app.VerdictWarn:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	default:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	}
}

func verdictImportance(v app.Verdict) widget.Importance {
	switch v {
	case app.VerdictPass:
		return widget.SuccessImportance
	case app.VerdictWarn:
		return widget.WarningImportance
	default:
		return widget.DangerImportance
	}
}
