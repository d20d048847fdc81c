package importer

import (
	"pacer/app"
	"pacer/app/notation"
)

// sideKey is a value column and the goal it feeds: a ledger's one amount
// column may hold a sales account, credit as a rule, and a cost account,
// debit as a rule, each the goal of its own rows.
type sideKey struct {
	col int
	id  int64
}

// sideValue reads text, of text cell c of column col for goal id, as an
// amount marked with its side of the books ("1,234.50 CR", "500 借"),
// which the unit reader would take for an amount of "CR": the side most
// of the goal's marked amounts in the column carry is the account's own,
// read as it is, and the other side as its reversal, negative, as a
// ledger's DR on a sales account is a refund (ownSide). A column where
// no side can be told is refused. marked is false for any other cell.
func (pl *importPlanner) sideValue(col int, id int64, c Cell, text string) (v float64, marked bool, e *app.Error) {
	if c.Kind != CellText || !notation.MarksSide(text) {
		return 0, false, nil
	}
	amount, side, ok := notation.ReadSideMarked(text, pl.m.NumberFormat)
	if !ok {
		return 0, false, nil
	}
	switch pl.ownSide(col, id) {
	case notation.SideNone:
		return 0, true, notation.ImportError(msgImportSideTie, nil, "Text", text)
	case side:
		return amount, true, nil
	}
	return -amount + 0, true, nil // + 0 turns -0 into 0
}

// ownSide is the side of the books of goal id's amounts in column col
// that adds to the goal (sideValue), counted once a column and goal:
//   - where every amount is marked, the side most of them carry, as a
//     trial balance or a statement marks each one;
//   - where amounts without a marker stand beside marked ones of one side,
//     the other side: the marker sets a reversal apart, as a card
//     statement marks refunds CR and a bank an overdrawn balance DR.
//
// It is SideNone where no side can be told: as many credits as debits,
// or both beside amounts without a marker.
func (pl *importPlanner) ownSide(col int, id int64) notation.Side {
	key := sideKey{col, id}
	if side, ok := pl.sides[key]; ok {
		return side
	}
	credit, debit, plain := pl.countSides(col, id)
	side := notation.SideNone
	switch {
	case plain > 0 && credit > 0 && debit > 0:
	case plain > 0 && credit > 0:
		side = notation.SideDebit
	case plain > 0:
		side = notation.SideCredit
	case credit > debit:
		side = notation.SideCredit
	case debit > credit:
		side = notation.SideDebit
	}
	if pl.sides == nil {
		pl.sides = map[sideKey]notation.Side{}
	}
	pl.sides[key] = side
	return side
}

// countSides counts goal id's amounts in column col below the header:
// those marked credit, those marked debit, and those without a marker
// (a workbook's number, or text that reads as one).
func (pl *importPlanner) countSides(col int, id int64) (credit, debit, plain int) {
	for r := pl.m.HeaderRow + 1; r < len(pl.t.Rows); r++ {
		if !pl.feeds(r, id) {
			continue
		}
		c := pl.t.Cell(r, col)
		if c.Kind == CellNumber {
			plain++
			continue
		}
		switch _, side, _ := notation.ReadSideMarked(c.Text, pl.m.NumberFormat); {
		case side == notation.SideCredit:
			credit++
		case side == notation.SideDebit:
			debit++
		case readsAsNumber(app.NormalizeNumber(c.Text)):
			plain++
		}
	}
	return credit, debit, plain
}

// feeds reports whether row r holds a value of goal id: in the long
// layout a row whose goal cell names it, in the wide one any row.
func (pl *importPlanner) feeds(r int, id int64) bool {
	if pl.m.GoalColumn < 0 {
		return true
	}
	named, ok := pl.names[foldName(importCellText(pl.t.Cell(r, pl.m.GoalColumn)))]
	return ok && named == id
}
