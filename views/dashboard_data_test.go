package views

// loadWholePaces is loadPaces with each goal read whole, as the dashboard
// hands a goal to its detail (showDetail): what a test of the goal
// detail, its chart or its re-plan starts from.
func loadWholePaces(sh shell, store snapshotReader) ([]goalPace, error) {
	paces, err := loadPaces(sh, store, nil)
	if err != nil {
		return nil, err
	}
	for i, p := range paces {
		if paces[i], err = loadGoalPace(sh, store, p.Goal.ID); err != nil {
			return nil, err
		}
	}
	return paces, nil
}
