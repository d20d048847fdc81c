package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateEuropeanLanguages covers the long and abbreviated dates
// that a German, French, Spanish, Italian, Portuguese or Dutch Excel or
// LibreOffice writes, with or without their weekday.
func TestParseDateEuropeanLanguages(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		prec notation.DatePrecision
	}{
		{"5. März 2026", "2026-03-05", notation.PrecisionDay},
		{"Donnerstag, 5. März 2026", "2026-03-05", notation.PrecisionDay},
		{"Do., 5. März 2026", "2026-03-05", notation.PrecisionDay},
		{"5. Mär. 2026", "2026-03-05", notation.PrecisionDay},
		{"05-Mär-2026", "2026-03-05", notation.PrecisionDay},
		{"05. Mrz. 2026", "2026-03-05", notation.PrecisionDay},
		{"05-Mär-26", "2026-03-05", notation.PrecisionDay},
		{"MÄRZ 2026", "2026-03-31", notation.PrecisionMonth},
		{"Dezember 2026", "2026-12-31", notation.PrecisionMonth},
		{"5 mars 2026", "2026-03-05", notation.PrecisionDay},
		{"jeudi 5 mars 2026", "2026-03-05", notation.PrecisionDay},
		{"jeu. 5 mars 2026", "2026-03-05", notation.PrecisionDay},
		{"5 févr. 2026", "2026-02-05", notation.PrecisionDay},
		{"15 août 2026", "2026-08-15", notation.PrecisionDay},
		{"1 juil. 2026", "2026-07-01", notation.PrecisionDay},
		{"mars 2026", "2026-03-31", notation.PrecisionMonth},
		{"5 de marzo de 2026", "2026-03-05", notation.PrecisionDay},
		{"jueves, 5 de marzo de 2026", "2026-03-05", notation.PrecisionDay},
		{"miércoles, 4 de marzo del 2026", "2026-03-04", notation.PrecisionDay},
		{"5-ene-2026", "2026-01-05", notation.PrecisionDay},
		{"marzo de 2026", "2026-03-31", notation.PrecisionMonth},
		{"5 marzo 2026", "2026-03-05", notation.PrecisionDay},
		{"giovedì 5 marzo 2026", "2026-03-05", notation.PrecisionDay},
		{"5-gen-2026", "2026-01-05", notation.PrecisionDay},
		{"5 de março de 2026", "2026-03-05", notation.PrecisionDay},
		{"quinta-feira, 5 de março de 2026", "2026-03-05", notation.PrecisionDay},
		{"sábado, 7 de março de 2026", "2026-03-07", notation.PrecisionDay},
		{"5-out-2026", "2026-10-05", notation.PrecisionDay},
		{"5 maart 2026", "2026-03-05", notation.PrecisionDay},
		{"donderdag 5 maart 2026", "2026-03-05", notation.PrecisionDay},
		{"do 5 mrt. 2026", "2026-03-05", notation.PrecisionDay},
		{"5-mrt-2026", "2026-03-05", notation.PrecisionDay},
		{"ma 2 mrt. 2026", "2026-03-02", notation.PrecisionDay}, // Dutch maandag, not mardi
		{"mar. 3 mars 2026", "2026-03-03", notation.PrecisionDay},
		{"Mar 2026", "2026-03-31", notation.PrecisionMonth}, // a month, not mardi
		{"Mar 5, 2026", "2026-03-05", notation.PrecisionDay},
	} {
		d, prec, err := notation.ParseDate(tc.in, notation.DayFirst)
		if err != nil || d.String() != tc.want || prec != tc.prec {
			t.Errorf("ParseDate(%q) = %s, %d, %v; want %s, %d", tc.in, d, prec, err, tc.want, tc.prec)
		}
	}
}

// TestParseDateEuropeanLookalikes are refused: a weekday that is not the
// date's own, a prefix two months share (French juin, juillet), and words
// that only start like a month.
func TestParseDateEuropeanLookalikes(t *testing.T) {
	for _, in := range []string{
		"Freitag, 5. März 2026", // a Thursday
		"lundi 5 mars 2026",
		"ma 5 mrt. 2026", // neither maandag nor mardi
		"5 jui 2026",
		"5 marzipan 2026",
		"5 de 2026",
		"de marzo",
		"5 März",
		"Montag, März 2026",
		"Sa 2026",
	} {
		if d, _, err := notation.ParseDate(in, notation.DayFirst); err == nil {
			t.Errorf("ParseDate(%q) = %s, want an error", in, d)
		}
	}
}
