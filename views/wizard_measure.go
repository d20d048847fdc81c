package views

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/notation"
	"pacer/views/widgets"
)

// measureStep asks how the goal is measured: kind, unit, baseline and target.
type measureStep struct {
	wiz             *goalWizard
	kind            *widgets.KeySelect
	unit            *widgets.KeySelect
	unitPicked      app.Unit // the unit selected last, to see it change
	unitLabel       *widgets.KeyEntry
	filledCurrency  string // the currency code put in unitLabel for money, if any
	decimals        *widgets.KeySelect
	aggregation     *widgets.KeySelect
	baseline        *numberField
	baselineUnknown *widgets.KeyCheck
	target          *widgets.KeyEntry
	targetMsg       *widget.Label
	targetOther     *widget.Label
	targetBox       *fyne.Container
	// targetProblem is why the typed target gives no value, said while typing.
	targetProblem string
	// typedBelowZero is true when the target was typed as a value below
	// zero ("-1,200,000"), which is the target itself, never a change.
	typedBelowZero bool
	kinds          choice[app.Kind]
	units          choice[app.Unit]
	aggregations   choice[app.Aggregation]
	check          *widgets.CheckPanel
}

func newMeasureStep(w *goalWizard) *measureStep {
	s := &measureStep{wiz: w, check: widgets.NewCheckPanel(false, "M")}
	changed := func() { w.changed() }
	s.kinds = newChoice(kinds, kindLabel)
	s.kind = s.kinds.newSelect(func(app.Kind) { changed() })
	s.units = newChoice(units, unitLabel)
	s.unitLabel = widgets.NewEntry()
	s.unit = s.units.newSelect(func(u app.Unit) {
		// Money is counted in the business's currency unless one is named:
		// a goal made from Blank was left with none, and took any currency.
		if u == app.UnitCurrency && strings.TrimSpace(s.unitLabel.Text) == "" {
			s.filledCurrency = w.ui.currency()
			s.unitLabel.SetText(s.filledCurrency)
		}
		before := s.unitPicked
		s.unitPicked = u
		// The currency filled in for money is no unit name: left, a
		// count's figures read "40 HKD". One the user typed stays.
		if before == app.UnitCurrency && u != app.UnitCurrency && s.unitLabel.Text == s.filledCurrency && !w.isFilling() {
			s.unitLabel.SetText("")
		}
		// A share does not add up over periods (a 32% margin is no 2.7%
		// a month): picking per cent makes its values the latest that
		// counts, which the user may still change.
		if u == app.UnitPercent && before != u && !w.isFilling() && s.aggregation.Selected == s.aggregations.label(app.AggFlow) {
			s.aggregation.SetSelected(s.aggregations.label(app.AggLevel))
		}
		changed()
	})
	s.unitLabel.SetPlaceHolder(lang.L("CNY, USD, kg, orders…"))
	s.unitLabel.OnChanged = func(string) { changed() }
	s.decimals = widgets.NewSelect([]string{"0", "1", "2", "3", "4", "5", "6"}, func(string) { changed() })
	s.aggregations = newChoice(aggregations, aggregationLabel)
	s.aggregation = s.aggregations.newSelect(func(app.Aggregation) { changed() })
	s.baseline = newNumberField(lang.L("Last year's value, e.g. 50,000,000"), changed)
	s.baseline.quiet = w.isTyping
	s.baselineUnknown = widgets.NewCheck(lang.L("Baseline unknown"), func(on bool) {
		if on {
			s.baseline.entry.Disable()
		} else {
			s.baseline.entry.Enable()
		}
		changed()
	})
	s.target = widgets.NewEntry()
	s.target.SetPlaceHolder(lang.L("A value such as 60,000,000 or -1,200,000, or a change such as +20% or +2 pp"))
	s.target.OnChanged = func(string) { changed() }
	s.targetMsg = widget.NewLabel("")
	s.targetMsg.Importance = widget.DangerImportance
	s.targetMsg.Wrapping = fyne.TextWrapWord
	s.targetMsg.Hide()
	s.targetOther = widget.NewLabel("")
	s.targetOther.Importance = widget.LowImportance
	s.targetOther.Wrapping = fyne.TextWrapWord
	s.targetBox = container.NewVBox(s.target, s.targetMsg, s.targetOther)
	return s
}

func (s *measureStep) title() string { return lang.L("Measurable") }

func (s *measureStep) object() fyne.CanvasObject {
	return stepPage(lang.L("A goal is measurable when it has a number, a unit and a starting point."), s.check, []*widget.FormItem{
		{Text: lang.L("Kind"), Widget: s.kind},
		{Text: lang.L("Unit"), Widget: s.unit},
		{Text: lang.L("Currency or unit name"), Widget: s.unitLabel},
		{Text: lang.L("Decimal places"), Widget: s.decimals},
		{Text: lang.L("Values"), Widget: s.aggregation},
		{Text: lang.L("Baseline"), Widget: container.NewVBox(s.baseline.object(), s.baselineUnknown)},
		{Text: lang.L("Target"), Widget: s.targetBox},
	})
}

func (s *measureStep) load(d *goalDraft) {
	g := d.goal
	s.kind.SetSelected(s.kinds.label(g.Kind))
	s.unit.SetSelected(s.units.label(g.Unit))
	s.unitLabel.SetText(g.UnitLabel)
	s.decimals.SetSelected(strconv.Itoa(g.Decimals))
	s.aggregation.SetSelected(s.aggregations.label(g.Aggregation))
	s.baseline.format = s.wiz.ui.numberFormat()
	s.baseline.setValue(g.Baseline, g.Decimals)
	s.baselineUnknown.SetChecked(g.Baseline == nil && g.ID != 0)
	if g.ID != 0 || g.Target != 0 {
		s.target.SetText(inputText(g.Target, g.Decimals, s.wiz.ui.numberFormat()))
	} else {
		s.target.SetText("")
	}
	s.targetProblem = ""
	s.showTargetOther(d)
}

func (s *measureStep) apply(d *goalDraft) error {
	g := &d.goal
	if k, ok := s.kinds.value(s.kind.Selected); ok {
		g.Kind = k
	}
	if u, ok := s.units.value(s.unit.Selected); ok {
		g.Unit = u
	}
	g.UnitLabel = strings.TrimSpace(s.unitLabel.Text)
	if n, err := strconv.Atoi(s.decimals.Selected); err == nil {
		g.Decimals = n
	}
	if a, ok := s.aggregations.value(s.aggregation.Selected); ok {
		g.Aggregation = a
	}
	// The target is read even when the baseline is missing, so going back
	// and forth keeps what was typed in both.
	baseErr := s.applyBaseline(g)
	err := s.applyTarget(g)
	d.noTarget = strings.TrimSpace(s.target.Text) == ""
	s.showTargetOther(d)
	if baseErr != nil {
		return baseErr
	}
	return err
}

func (s *measureStep) applyBaseline(g *app.Goal) error {
	if s.baselineUnknown.Checked {
		g.Baseline = nil
		return nil
	}
	s.baseline.currency = currencyOf(*g) // an amount in another currency is no baseline of the goal's
	v, ok, err := s.baseline.value()
	if err != nil {
		return err
	}
	if !ok {
		g.Baseline = nil
		return fieldError{text: lang.L("Type the baseline, or tick Baseline unknown."), missing: true}
	}
	// Kept as typed or refused, never rounded to the goal's decimals.
	if _, err := app.RoundTo(v, g.Decimals); err != nil {
		s.baseline.setError(err)
		return err
	}
	g.Baseline = &v
	return nil
}

func (s *measureStep) applyTarget(g *app.Goal) error {
	if !s.wiz.isTyping() || s.targetMsg.Visible() {
		s.targetMsg.SetText("")
		s.targetMsg.Hide()
	}
	text := strings.TrimSpace(s.target.Text)
	s.targetProblem = ""
	s.typedBelowZero = false
	if text == "" {
		return fieldError{text: lang.L("Type the target."), missing: true}
	}
	in, err := notation.ParseTargetChange(text, s.wiz.ui.numberFormat())
	if err == nil {
		err = notation.OtherCurrency(text, currencyOf(*g))
	}
	if err == nil {
		var target float64
		target, err = in.Resolve(g.Baseline, g.Unit)
		if err == nil && (in.Mode == notation.TargetAbsolute || in.Mode == notation.TargetChangeAbs) {
			// A target typed as a value is kept as typed, or refused, as
			// a check-in is: 1,234.5 is no target of a goal of whole amounts.
			target, err = app.RoundTo(target, g.Decimals)
		}
		if err == nil {
			// A change such as +7% lands between the goal's decimals; keep what it shows.
			g.Target = app.RoundValue(target, g.Decimals)
			s.typedBelowZero = in.Mode == notation.TargetAbsolute && target < 0
			return nil
		}
	}
	s.targetProblem = targetProblem(text, err)
	if !s.wiz.isTyping() || s.targetMsg.Visible() {
		s.targetMsg.SetText(errorText(err))
		s.targetMsg.Show()
	}
	return err
}

// targetProblem says in a few words why text gives no target.
func targetProblem(text string, err error) string {
	args := map[string]any{"Text": text}
	switch {
	case errors.Is(err, notation.ErrNumber):
		return lang.L("“{{.Text}}” is not a number.", args)
	case app.ErrorMessage(err) == notation.MsgChangeNeedsBase:
		return lang.L("{{.Text}} needs a baseline: type last year's value above, or type the target itself.", args)
	}
	return errorText(err)
}

// showTargetOther shows the target in the form the user did not type: the
// change over the baseline for a typed value, and the value for a typed change.
func (s *measureStep) showTargetOther(d *goalDraft) {
	g := d.goal
	switch {
	case strings.TrimSpace(s.target.Text) == "":
		s.targetOther.SetText("")
		s.targetOther.Hide()
		return
	case s.targetProblem != "":
		s.targetOther.SetText(s.targetProblem)
		s.targetOther.Importance = widget.WarningImportance
		s.targetOther.Show()
		return
	}
	s.targetOther.Importance = widget.LowImportance
	s.targetOther.Show()
	if g.Target == 0 && !oneOfKinds(g.Kind, app.KindDecrease, app.KindStayBelow, app.KindMilestone) {
		s.targetOther.SetText(lang.L("A target of 0: is this a cap? For a value to stay under, choose the kind Stay at or below."))
		s.targetOther.Importance = widget.WarningImportance
		return
	}
	value := app.FormatValue(g.Target, g.Decimals, g.Unit, g.UnitLabel)
	ch := notation.DescribeTarget(g.Baseline, g.Target, g.Unit)
	var parts []string
	if ch.PctOK {
		parts = append(parts, signed(app.FormatFraction(ch.Pct/100, 1), ch.Pct))
	}
	if ch.PPOK {
		pp := app.FormatValue(ch.PP, g.Decimals, app.UnitCount, "")
		parts = append(parts, lang.L("{{.PP}} pp", map[string]any{"PP": signed(pp, ch.PP)}))
	}
	text := lang.L("Target: {{.Value}}", map[string]any{"Value": value})
	if len(parts) > 0 {
		text = lang.L("Target: {{.Value}} ({{.Change}} over the baseline)",
			map[string]any{"Value": value, "Change": strings.Join(parts, ", ")})
	}
	// "-200,000" beside a baseline above zero is a target below zero, not
	// a cut of 200,000: say so, and how a cut is typed.
	if s.typedBelowZero && g.Baseline != nil && *g.Baseline > 0 {
		text += "\n" + lang.L("A target below zero, as a loss to hold to. To cut from the baseline, type a change in per cent, such as -5%, or the target itself.")
		s.targetOther.Importance = widget.WarningImportance
	}
	s.targetOther.SetText(text)
}

func (s *measureStep) showCheck(r app.SMARTReport) { s.check.Show(r) }

// signed puts a plus sign before a formatted positive change.
func signed(text string, v float64) string {
	if v > 0 {
		return "+" + text
	}
	return text
}

// oneOfKinds tells whether k is one of kinds.
func oneOfKinds(k app.Kind, kinds ...app.Kind) bool { return slices.Contains(kinds, k) }
