package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// sourceText says in one line where a goal's imported actuals come from:
// "Imported actuals: 销售额(元) where 地区 = 北美 · from files shaped like
// 日期, 门店, 产品, 地区, 销售额(元), 新增客户".
func sourceText(src app.GoalSource) string {
	what := src.ValueColumn
	if len(src.Filter) > 0 {
		conds := make([]string, len(src.Filter))
		for i, c := range src.Filter {
			conds[i] = conditionText(c)
		}
		what = lang.L("{{.Column}} where {{.Filter}}", map[string]any{"Column": src.ValueColumn,
			"Filter": strings.Join(conds, lang.L(" and "))})
	}
	return lang.L("Imported actuals: {{.What}} · from files shaped like {{.Columns}}",
		map[string]any{"What": what, "Columns": strings.Join(src.Columns, lang.L(", "))})
}

// conditionText writes one condition: "地区 = 北美", "产品 in {A, B}",
// "渠道 ≠ 线上", "渠道 not in {线上, 批发}".
func conditionText(c app.SourceCondition) string {
	set := "{" + strings.Join(c.Values, lang.L(", ")) + "}"
	args := map[string]any{"Column": c.Column, "Values": set}
	switch {
	case c.Op == "=" || c.Op == "in" && len(c.Values) == 1:
		return c.Column + " = " + c.Values[0]
	case c.Op == "≠" && len(c.Values) == 1:
		return c.Column + " ≠ " + c.Values[0]
	case c.Op == "≠":
		return lang.L("{{.Column}} not in {{.Values}}", args)
	}
	return lang.L("{{.Column}} in {{.Values}}", args)
}

// sourceLine is the goal detail's line saying where the goal's actuals
// come from, nil when no import saved a source for it.
func (d *goalDetail) sourceLine() fyne.CanvasObject {
	src, ok, err := d.ui.store.GoalSource(d.ui.context(), d.pace.Goal.ID)
	if err != nil {
		d.ui.showError(err)
	}
	if !ok {
		return nil
	}
	l := widget.NewLabel(sourceText(src))
	l.Wrapping = fyne.TextWrapWord
	return l
}
