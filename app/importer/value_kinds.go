package importer

import (
	"math"
	"strings"

	"pacer/app"
	"pacer/app/notation"
)

// sameUnit checks that unit, the unit of value text of goal g ("" for
// none; "%" for one written in per cent, writtenInPercent), fits the goal
// (unitFits) and is the unit of the goal's other values in the file:
// 1.200 kg and 3,5 t would add up to 1,203.5 of nothing, 12 件 and 12% to
// 24 of nothing. The first value with a unit sets it, in any case and
// number ("PCS" and "pc" are "pcs", notation.SameUnit); values without
// one are taken to be in it.
func (pl *importPlanner) sameUnit(g *app.Goal, unit string, c Cell, text string) *app.Error {
	if unit == "" && writtenInPercent(c, text) {
		unit = "%"
	}
	if unit == "" {
		return nil
	}
	if e := unitFits(g, unit, text); e != nil {
		return e
	}
	first, seen := pl.units[g.ID]
	switch {
	case !seen:
		if pl.units == nil {
			pl.units = map[int64]string{}
		}
		pl.units[g.ID] = unit
	case first != unit && (first == "%" || unit == "%" || !notation.SameUnit(first, unit)):
		return notation.ImportError(msgImportMixedUnits, nil, "Text", text, "Unit", unit, "First", first, "Goal", g.Title)
	}
	return nil
}

// unitFits refuses a value of goal g in unit that g does not count in: a
// value in per cent ("%") for a goal that counts money (12.5% of what?),
// a number of things (12% of which orders?) or another unit (kg); a
// quantity unit for a money goal ("1,234.00 DR" is no amount of CNY) or
// a goal in per cent; another unit than a goal's own (kg for one in t).
func unitFits(g *app.Goal, unit, text string) *app.Error {
	switch {
	case unit == "%" && g.Unit == app.UnitCurrency:
		return notation.ImportError(msgImportPercentNotCounted, nil, "Text", text, "Goal", g.Title)
	case unit == "%" && (g.Unit == app.UnitCount || g.Unit == app.UnitCustom && !percentLabel(g.UnitLabel)):
		return notation.ImportError(msgImportPercentNotCount, nil, "Text", text, "Goal", g.Title)
	case unit == "%":
		return nil
	case g.Unit == app.UnitCurrency && g.UnitLabel != "":
		return notation.ImportError(msgImportOtherUnit, nil, "Text", text, "Unit", unit, "Label", g.UnitLabel, "Goal", g.Title)
	case g.Unit == app.UnitPercent:
		return notation.ImportError(msgImportOtherUnit, nil, "Text", text, "Unit", unit, "Label", "%", "Goal", g.Title)
	}
	if label, ok := goalUnit(g); ok && !notation.SameUnit(label, unit) {
		return notation.ImportError(msgImportOtherUnit, nil, "Text", text, "Unit", unit, "Label", label, "Goal", g.Title)
	}
	return nil
}

// percentLabel reports whether a goal's unit label is the per cent sign,
// as a goal of its own unit may have it.
func percentLabel(label string) bool {
	label = strings.TrimSpace(label)
	return label == "%" || label == "％"
}

// sameKind refuses a value whose own decoration says it is not what goal
// g counts: an amount in another currency than g's (notation.CurrencyFits,
// on a workbook cell's text as its format shows it too), or, for a goal
// in per cent, a plain fraction (0.9) in a column whose other cells are
// in per cent (85%), which could be 0.9 % or 90 %. A value in per cent
// for a goal not in per cent is sameUnit's.
func (pl *importPlanner) sameKind(g *app.Goal, col int, c Cell, v float64, text string) *app.Error {
	switch {
	case g.Unit == app.UnitCurrency && !notation.CurrencyFits(text, g.UnitLabel):
		return notation.ImportError(msgImportOtherCurrency, nil, "Text", text, "Currency", g.UnitLabel, "Goal", g.Title)
	case g.Unit == app.UnitPercent && !writtenInPercent(c, text) && v != 0 && math.Abs(v) <= 1 && pl.percentColumn(col):
		return notation.ImportError(msgImportBareFraction, nil, "Text", text,
			"Percent", app.FormatFraction(v, max(0, app.Decimals(*g)-2)), "Goal", g.Title)
	}
	return nil
}

// writtenInPercent reports whether cell c, whose text is text, gives its
// value in per cent: a workbook's percent format, or a number with a %
// written after it (85%, not a header's "Churn %").
func writtenInPercent(c Cell, text string) bool {
	if c.Kind != CellText {
		return c.Percent
	}
	t := strings.TrimSpace(text)
	rest, cut := strings.CutSuffix(t, "%")
	if !cut {
		rest, cut = strings.CutSuffix(t, "％")
	}
	return cut && readsAsNumber(app.NormalizeNumber(strings.TrimSpace(rest)))
}

// percentColumn reports whether column col of the table holds a value in
// per cent (writtenInPercent) below its header: "Churn %" names the
// column, and its 0.8 is 0.8 %.
func (pl *importPlanner) percentColumn(col int) bool {
	if has, ok := pl.percentCols[col]; ok {
		return has
	}
	has := false
	for r := pl.m.HeaderRow + 1; r < len(pl.t.Rows); r++ {
		if c := pl.t.Cell(r, col); writtenInPercent(c, c.Text) {
			has = true
			break
		}
	}
	if pl.percentCols == nil {
		pl.percentCols = map[int]bool{}
	}
	pl.percentCols[col] = has
	return has
}

// goalUnit is the unit g's values are kept in, when its unit label is
// one as ReadNumberUnit reads units ("kg", "t", "件"); ok is false for
// any other label ("kg of coffee", "CNY") or none, which no file's unit
// is checked against.
func goalUnit(g *app.Goal) (string, bool) {
	if g.Unit != app.UnitCustom || g.UnitLabel == "" {
		return "", false
	}
	_, unit, ok := notation.ReadNumberUnit("1 "+strings.TrimSpace(g.UnitLabel), notation.NumberFormat{})
	return unit, ok
}
