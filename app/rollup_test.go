package app

import (
	"math"
	"testing"
)

func TestRollUpProgress(t *testing.T) {
	tests := []struct {
		name     string
		children []WeightedProgress
		want     float64
		wantOK   bool
	}{
		{"None", nil, 0, false},
		{"NoData", []WeightedProgress{{Weight: 0.5}, {Weight: 0.5}}, 0, false},
		{"Single", []WeightedProgress{{Weight: 1, Progress: 0.4, OK: true}}, 0.4, true},
		{"Weighted", []WeightedProgress{{0.6, 0.5, true}, {0.4, 1, true}}, 0.7, true},
		{"WeightsNormalised", []WeightedProgress{{3, 0.5, true}, {2, 1, true}}, 0.7, true},
		{"AllZeroEqualShares", []WeightedProgress{{0, 0.2, true}, {0, 0.6, true}}, 0.4, true},
		{"ZeroAmongWeighted", []WeightedProgress{{0, 0, true}, {0.5, 0.8, true}}, 0.8, true},
		{"MissingChildRenormalised", []WeightedProgress{{0.5, 0.6, true}, {0.5, 0, false}}, 0.6, true},
		{"OvershootCapped", []WeightedProgress{{0.5, 1.5, true}, {0.5, 0.5, true}}, 0.75, true},
		{"NegativeCapped", []WeightedProgress{{0.5, -0.4, true}, {0.5, 0.8, true}}, 0.4, true},
		{"NaNProgressIgnored", []WeightedProgress{{0.5, math.NaN(), true}, {0.5, 0.3, true}}, 0.3, true},
		{"NegativeWeightCountsAsZero", []WeightedProgress{{-1, 0.9, true}, {1, 0.3, true}}, 0.3, true},
		{"InfiniteWeightCountsAsZero", []WeightedProgress{{math.Inf(1), 0.9, true}, {0, 0.3, true}}, 0.6, true},
		{"HugeWeights", []WeightedProgress{{math.MaxFloat64, 1, true}, {math.MaxFloat64, 0, true}}, 0.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := RollUpProgress(tt.children)
			if ok != tt.wantOK || !Near(got, tt.want) {
				t.Errorf("RollUpProgress = %v, %v; want %v, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
