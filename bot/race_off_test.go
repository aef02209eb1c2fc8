//go:build !race

package bot

// raceDetector: see race_on_test.go.
const raceDetector = false
