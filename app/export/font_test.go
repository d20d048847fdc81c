package export

import (
	"os"
	"sync"
	"testing"

	"pacer/app/chart"
)

var chartFontOnce sync.Once

// useChartFont makes charts draw with the bundled CJK font, as the app does.
func useChartFont(tb testing.TB) {
	tb.Helper()
	var err error
	chartFontOnce.Do(func() {
		var ttf []byte
		if ttf, err = os.ReadFile("../../assets/fonts/wqy-microhei.ttf"); err == nil {
			err = chart.SetChartFont(ttf)
		}
	})
	if err != nil {
		tb.Fatalf("chart font: %v", err)
	}
}
