package chart

import (
	"testing"

	"pacer/app"
)

// An attainment below zero is the goal gone back past its start: the
// chart says so rather than draw a negative share of the plan.
func TestPortfolioBelowStart(t *testing.T) {
	in := PortfolioInput{Title: "Q1 2023", Items: []PortfolioItem{
		{Label: "Loss", Attainment: -0.25, OK: true, Status: app.StatusOffTrack},
		{Label: "Sales", Attainment: 0.8, OK: true, Status: app.StatusAtRisk}}}
	c := in.barChart()
	if b := c.groups[0][0]; b.note != "-25%" || b.v != -0.25 {
		t.Errorf("without a label the bar is %v, %q", b.v, b.note)
	}
	in.BelowStartLabel = "below the start"
	c = in.barChart()
	if b := c.groups[0][0]; b.note != "below the start" || b.v != 0 {
		t.Errorf("below the start the bar is %v, %q", b.v, b.note)
	}
	if lo, _ := c.valueRange(); lo < 0 {
		t.Errorf("the axis still reaches %v", lo)
	}
	if _, err := PortfolioChart(in, testSize(800, 450, 1), FormatPNG); err != nil {
		t.Error(err)
	}
}
