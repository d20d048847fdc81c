package widgets

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// CheckPanel shows what the SMART check says about some of its letters:
// one row per finding, with a pass, warning or fail mark and, optionally, the fix.
type CheckPanel struct {
	letters []string
	withFix bool
	rows    *fyne.Container
	// also are findings of other letters shown as well, by letter: the
	// ones checked on a step that sets what they are about.
	also map[string][]string
	// Verdicts are the verdicts of the panel's letters in the last report shown.
	Verdicts map[string]app.Verdict
	// HoldFails keeps failing letters out of sight: a blank step says
	// what is missing only once the user tries to move on.
	HoldFails bool
}

// NewCheckPanel is a panel of the given letters, with the fixes when withFix is set.
func NewCheckPanel(withFix bool, letters ...string) *CheckPanel {
	return &CheckPanel{letters: letters, withFix: withFix, rows: container.NewVBox(), also: map[string][]string{}}
}

// Also shows the findings of letter that carry one of messages, under the panel's letters.
func (p *CheckPanel) Also(letter string, messages ...string) *CheckPanel {
	p.also[letter] = append(p.also[letter], messages...)
	return p
}

// Object is the panel's canvas object.
func (p *CheckPanel) Object() fyne.CanvasObject { return p.rows }

// Show replaces the rows with the report's findings for the panel's letters.
func (p *CheckPanel) Show(r app.SMARTReport) {
	p.Verdicts = map[string]app.Verdict{}
	var rows []fyne.CanvasObject
	for _, letter := range p.letters {
		res := r.Letter(letter)
		p.Verdicts[letter] = res.Verdict
		rows = append(rows, p.letterRow(res)...)
	}
	for _, letter := range sortedKeys(p.also) {
		res := onlyFindings(r.Letter(letter), p.also[letter])
		if len(res.Findings) > 0 {
			p.Verdicts[letter] = res.Verdict
			rows = append(rows, p.letterRow(res)...)
		}
	}
	p.rows.Objects = rows
	p.rows.Refresh()
}

// onlyFindings is res with only the findings that carry one of messages, and their verdict.
func onlyFindings(res app.LetterResult, messages []string) app.LetterResult {
	out := app.LetterResult{Letter: res.Letter, Verdict: app.VerdictPass}
	for _, f := range res.Findings {
		if slices.Contains(messages, f.Message) {
			out.Findings = append(out.Findings, f)
			out.Verdict = max(out.Verdict, f.Verdict)
		}
	}
	return out
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (p *CheckPanel) letterRow(res app.LetterResult) []fyne.CanvasObject {
	if p.HoldFails && res.Verdict == app.VerdictFail {
		return nil
	}
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

// VerdictLabel names a verdict in the interface's language.
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

// VerdictIcon is the coloured mark of a verdict.
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
