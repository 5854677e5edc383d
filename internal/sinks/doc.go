// Package sinks is hrvet's catalogue of built-in sinks (SPEC section 5):
// the functions and methods of the standard library and of well-known
// SDKs through which personal data leave the program.
//
// The catalogue is one table (table.go). [Lookup] and [Builtin] serve it
// to the analyzers, and docs/sinks.md is generated from it: after editing
// the table run
//
//	go generate ./internal/sinks
//
// and commit the regenerated file; a test fails while it is stale.
//
// Functions are named as types.Func.FullName prints them. A method is
// named after the type that declares it, since that is what a call
// resolves to: calls through an interface resolve to the interface's
// method ((github.com/IBM/sarama.SyncProducer).SendMessage), and promoted
// methods to the embedded type ((*firebase.google.com/go/v4/messaging.fcmClient).Send,
// (github.com/redis/go-redis/v9.cmdable).Set). A final ".*" stands for
// every function of a package or method of a receiver.
//
// Choices where the SPEC is silent:
//
//   - Each entry says which values carry the data ([Data]); the flow
//     engine decides from that, not from the function's name.
//   - Log attribute constructors (slog.String, zap.Any, ...) are listed
//     with kind log and [DataAttr]: they are not sinks themselves but carry
//     their arguments into the log call.
//   - Commercial SDK entries carry the purpose "commercial"; other entries
//     have no purpose.
//   - The Google Analytics Measurement Protocol has no Go SDK to list; its
//     requests are net/http transfers unless the user declares the
//     function that sends them as a commercial sink.
//   - Queries (Query, QueryRow, Select, Get) count as store sinks like
//     writes: their arguments are sent to the database.
//   - The SDK entries follow the libraries' published sources; only the
//     standard-library entries can be, and are, verified by the tests
//     against the installed Go, since hrvet does not depend on the SDKs.
package sinks

//go:generate go test -run TestDocs -update
