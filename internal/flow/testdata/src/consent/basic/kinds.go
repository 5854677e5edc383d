package basic

import "context"

// Journal ships log lines to the log store.
type Journal struct{}

// Write ships one line.
//
//hrvet:sink log
func (j *Journal) Write(line string) {}

// Archive keeps personnel files.
type Archive struct{}

// Put stores a file.
//
//hrvet:sink store
func (a *Archive) Put(ctx context.Context, name string, data []byte) error { return nil }

var (
	journal *Journal
	archive *Archive
)

func declaredLogAndStoreSinks(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	journal.Write("calling " + e.Phone)                         // OK: a log sink is the logleak analyzer's business
	return archive.Put(ctx, "passport.txt", []byte(e.Passport)) // OK: a store sink is not a transfer
}
