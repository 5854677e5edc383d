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
//   - The standard-library entries are checked by the tests against the
//     installed Go. The SDK entries are checked against the real libraries
//     by TestRealAPI: testdata/apicheck is a module of its own whose go.mod
//     pins a version of each library (hrvet itself does not depend on
//     them), and docs/sinks.md gives, for each row, the version it was
//     checked against. The test needs the pinned modules: it runs where
//     the module cache holds them, and with HRVET_REQUIRE_APICHECK=1 (as
//     in .ci/run) fetches them from the module proxy and may not skip.
//     Libraries the proxy does not serve are listed in uncheckedLibraries
//     with why.
//   - Error trackers (Sentry, Bugsnag, Rollbar) are transfer sinks: the
//     event, its scope and the person set on the client go to the
//     tracker's service, a third party. Their Capture* calls, and the
//     setters of what every later event carries (a Sentry scope's SetUser,
//     Rollbar's SetPerson), are listed.
//   - Kind expose is the response of a request handler, what the person
//     using the system is shown (Labour Code art. 88 p.5). Its rows go
//     beyond the SPEC's list where the same receiver has more response
//     writers (gin's HTML, BSON, SSEvent, DataFromReader, Negotiate and
//     ResponseWriter.WriteString; echo's JSONP, the *Blob methods and
//     (*Response).Write; fiber's JSONP, Render, Format, SendStream and
//     Write*; chi render's RenderList and DefaultResponder), and
//     net/http.Error, whose text is the response body. Status codes and
//     the *http.Request among the arguments carry no personal data unless
//     the code put some there, so the rows are [DataArgs]. chi's
//     render.Respond is a variable, not a function, and cannot be listed;
//     fmt.Fprint*, io.Copy, io.WriteString and encoders writing to a
//     ResponseWriter are the flow engine's to recognise, not rows here.
//   - A sink's data must travel in its arguments: a call whose receiver
//     holds the message (jordan-wright/email's (*Email).Send) cannot be
//     listed, since the receiver of an args sink does not count.
package sinks

//go:generate go test -run TestDocs -update
