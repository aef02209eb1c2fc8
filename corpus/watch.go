package corpus

import "time"

// Watch is a channel's standing question: figures that match Query are
// posted to Channel when they first appear in the index. The bot makes and
// shows watches; a state store keeps them.
type Watch struct {
	// ID numbers watches across all channels, for /deal unwatch; it never
	// changes and is not used again.
	ID      uint64
	Channel string
	Query   string
	// User is who made it.
	User    string
	Created time.Time
	// Digest is "daily" or "weekly" for a watch whose figures are collected
	// and posted together once a day or week, "" for one that posts after
	// each rebuild.
	Digest string
}
