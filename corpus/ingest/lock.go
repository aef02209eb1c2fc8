package ingest

import "context"

// FolderLock lets one Ingester at a time settle articles into a folder.
// Ingest's duplicate checks compare what it fetched with what the folder
// holds and then write; two Ingesters writing one folder (a feed poll and
// a page added by hand) would each find the same story new and write it
// twice. Ingesters given the same FolderLock read the folder again under
// it, after fetching, so the second finds what the first wrote.
type FolderLock struct {
	slot chan struct{}
}

// NewFolderLock returns a lock for Ingesters sharing one folder.
func NewFolderLock() *FolderLock {
	return &FolderLock{slot: make(chan struct{}, 1)}
}

// Lock waits for the folder, or returns ctx's error when ctx is done
// first; a nil lock is always free. Ingesters take it themselves; others
// writing into the folder the way ingest does may take it too.
func (l *FolderLock) Lock(ctx context.Context) error {
	if l == nil {
		return nil
	}
	select {
	case l.slot <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Unlock lets go of a lock taken with Lock.
func (l *FolderLock) Unlock() {
	if l != nil {
		<-l.slot
	}
}
