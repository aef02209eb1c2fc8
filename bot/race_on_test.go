//go:build race

package bot

// raceDetector is set when the tests run under -race, which makes every
// answer several times slower: the load tests then check that nothing is
// lost or doubled, and leave ack latency to the plain run.
const raceDetector = true
