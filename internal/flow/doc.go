// Package flow is hrvet's flow engine: it follows personal data from where
// they enter a function to the sinks they reach, and says what guards
// each flow. It is a hidden analysis.Analyzer (pdflow) in the style of
// x/tools' ctrlflow and buildssa: it reports nothing itself; the consent
// and logleak analyzers turn its Result into diagnostics.
//
// # Values and labels
//
// The engine works on SSA (buildssa). Each value carries a small set of
// labels. A label names a source and, for field sensitivity, where the
// source's data sit within the value ("at") and which part of the source
// it is ("sel"). A source is either
//
//   - a parameter of the function (the receiver is parameter 0): the data
//     come from the callers; or
//   - an origin: personal data that enter the function here. A read of a
//     personal field (e.Phone) from a value the function cannot know (a
//     call result, a global, a variable a decoder filled) is an origin; so
//     is a person-bearing call result (an employee loaded from the
//     database), which carries all its type's personal fields until a field
//     read narrows it to one, at the read.
//
// Reading e.ID is not reading e.Phone: a field selection keeps only the
// data under that field, and on a person-bearing struct a field that is
// neither personal nor person-bearing carries nothing.
//
// Data flow through assignments, φ-nodes, conversions, arithmetic and
// string concatenation, ! and unary minus, channel receives, type
// assertions, slicing, indexing, map lookups and ranges. Comparisons,
// len and cap carry nothing, nor does an operand of a constant printf
// format used only by %T (its type), %p (its address) or * (a width).
// The part of an e-mail address after the '@' (strings.Split(s, "@")[1],
// strings.Cut, s[strings.Index(s, "@")+1:]) carries no address: a mail
// domain names a company or a provider, not a person (see domain.go).
//
// Memory is modelled per function by access path: a store into
// &ct.Phone puts the value's labels at path "Phone" of the root ct;
// indexing, lookups and pointer indirections do not appear in paths, and
// loads are looked through, so req.Header.Set(k, v) writes into req.
// Each store is kept with its place, and a read sees only the stores that
// can come before it along the control-flow graph (a loop brings the
// stores at its end round to the reads at its start): what is written
// into a request after the call that sent it was not sent. Stores and
// reads in different functions of a unit (a literal and its parent) see
// each other whatever their order.
// A struct literal is memory too: a DTO built from personal fields
// carries them, field by field. Appends, copies, map updates and channel
// sends write into the memory of their target.
//
// A value received on a channel the function did not make (a worker's
// m.queue, a channel parameter) is input, like a decoded request: it was
// sent by someone who is not a caller, so it stands for no parameter's
// data, and a person-bearing value received is an origin at the receive
// (see received). A channel the function made carries what it sent.
//
// An unexported field the package sets to a personal field as it is
// (message{to: s.Email}) holds that field's data under another name: a
// read of it is an origin of the same category, with a note naming the
// field it was set to (copiedFields).
//
// A value carries at most maxLabels labels. Past that, the positions of
// the same data are merged before any data are dropped (see widen): a
// message whose headers, sender and copies all took one header keeps its
// recipient. Of what is still too many, the data at the deepest
// positions go first (see compareKept): a record found by a key keeps its
// own origin when the key brought a controller's data into one of its
// fields.
//
// # Calls
//
// A call is handled by the first rule that applies:
//
//  1. A redactor (//hrvet:redact, config redact:, annotations.Mask,
//     MaskTail, Redacted): the result carries nothing. A consent check's
//     result carries nothing either.
//  2. A sink declared by //hrvet:sink or the config: a sink event with the
//     arguments' data (not the receiver's).
//  3. A function with a summary (computed in this package, callees first,
//     or imported as a fact): its parameter flows become sink events here,
//     its results carry what it returns, its writes into what its
//     arguments point to are made.
//  4. A sink of the built-in catalogue (internal/sinks), by its Data rule:
//     "args", "request" (the *http.Request and its memory: URL, header,
//     body, form), "stdio-writer" (fmt.Fprint* to os.Stdout or os.Stderr,
//     a load of those globals), "result-writer" and "result-chan" (what is
//     written to the returned writer, or sent on the returned channel,
//     leaves the program there), "attr" (slog.String, zap.String: not a
//     sink, the attribute carries its arguments to the log call).
//     (*os.File).Write on os.Stdout or os.Stderr counts as log output.
//  5. Anything else passes through: each result carries all arguments'
//     data (fmt.Sprint*, strings, strconv, bytes, encoders, base64, hex,
//     url.Values, strings.NewReader, http.NewRequest bodies all behave so),
//     and the data of each argument flow into what the other arguments
//     refer to where a callee writes there: the receiver of a method named
//     Write*, Set*, Add*, Append*, Encode*, Put*, ... (buf.WriteString(s),
//     json.NewEncoder(w).Encode(v): the encoders, csv, bufio, gzip, hex and
//     base64 writers alias the writer they wrap), an argument of interface
//     type (fmt.Fprintf's io.Writer, json.Unmarshal's any), a byte slice,
//     a map or a channel. A pointer to a struct or a plain value is not
//     written, nor another method's receiver, nor a slice of anything but
//     bytes: given a pointer into a record (a user's company ID) or a list
//     it reads, an unknown call would otherwise fill the record or list
//     with all else it was given (see calls.go, mayWriteInto). A result
//     of a structured type that some arguments have (a filter's list, a
//     clone) carries those arguments' data only.
//
// Encoders (encoding/json, encoding/xml, YAML) encode what their tags
// and methods say: a field tagged "-" or unexported is left out of the
// result, and a type with its own MarshalJSON (MarshalXML, MarshalYAML)
// is encoded as that method's summary says (see encoders.go).
//
// Calls are resolved through bound-method closures (f := c.Send; f(x)),
// method expressions, generic instantiations (the generic body's summary
// serves every instance) and interface method calls (matched by the
// interface method: a //hrvet:sink on an interface method, or a catalogue
// entry such as (net.Conn).Write). Function literals are analysed with the
// function that contains them, sharing its memory; data that enter a
// literal through its parameters are followed back to the literal's calls.
// defer and go statements are calls like any other.
//
// One sink is no call: the return of a unary gRPC server method (an
// exported func(context.Context, *Req) (*Resp, error) of a type that
// embeds a generated Unimplemented<S>Server or Unsafe<S>Server) is an
// expose event for what its first result carries, deep, in the final
// round. Only the data that originate in the method, and those its
// receiver holds, count: the request message is the caller's own input,
// so the method's parameters give it no parameter flows (see grpc.go).
// Its Register<S>Server call is a route (see routes.go, accessOf).
//
// # Summaries
//
// Every function the engine analyses gets a Summary, exported in the
// package's one fact (packageFlows, beside the functions that never
// return and whether the package can hold personal data at all): which parameters (and fields of them) reach which
// sink with no guard inside that covers them (ParamFlow), what each result
// carries (ReturnFlow), what it writes through its pointer parameters
// (WriteFlow), and whether it is itself a consent check (ConsentParam).
// Where a function forwards data it received to a sink, its callers are
// checked instead, in this or any importing package, and the report
// stands at the call in the function where the data originate, naming the
// real sink and the wrappers in between ("reaches net/http.Post via
// (*clients.SMS).Send").
//
// Two rows serve the access rule, whose routes may be registered in
// another package than the handler's (see routes.go, openroutes.go):
// Exposes, what an exported handler no route of its package reaches
// writes into its response, judged where an importer registers it; and
// OpenRoutes, the routes an exported function registers on a router
// parameter (RegisterRoutes(g *gin.RouterGroup)) whose handler
// exposes personal data with no authorization of its package in front
// of it, judged where an importer passes a router
// (routes.RouterArg), with the router's prefix and middleware there.
// An exported function that passes its own router parameter on hands
// the routes it is told of on in its own OpenRoutes. Rows hold no
// positions, only "pkg/file.go:line" text, and are sorted. A function
// the engine did not otherwise analyse (one that only registers) gets
// a summary with OpenRoutes alone.
//
// # Decisions
//
// A call of an HR decision (pdfields.FuncFact.Decision: //hrvet:decision
// or decisions: in the config) is an event of kind sinks.Decision whose
// data are what the decision rests on (see decision.go): the conditions
// the call is control-dependent on in its function (post-dominators on
// the control-flow graph with each loop's back edge led to the exit, so
// that an iteration is judged by itself; control.go), and the arguments
// but the first person-bearing one, its subject. Those data are read
// wider than the flow rules read them (decisionData): through the
// operands of comparisons, the branch that chose a φ-node's edge, the
// stores into a local variable and what decided them, and a callee's
// Summary.Derives; not through comparisons with nil, the ok of a lookup,
// assertion or receive, or the length of anything but a field. A review
// (FuncFact.Review, answering with its last result, error or bool) is a
// check like a consent check: its success branch dominating the call,
// in the function or at every call site through summaries, covers it.
// A function that calls a decision unreviewed says so in
// Summary.Decides, and its calls are decision calls in turn, with the
// caller's conditions; parameters that decide or are passed to a
// decision give parameter flows of kind decision, as for sinks.
// An interface call reaches the decisions of the implementations the
// analysis sees, as it reaches their sinks (implFlows.Decision and
// Decides). Result.Decisions lists every decision call, with or without
// data.
//
// # Calls hrvet does not know
//
// Result.Unknown lists, per call, personal data passed to a function of
// another module that nothing declares: no directive or config entry
// gives it a role (sink, consent, redact, basis, ...), it is not a sink
// of the catalogue, .hrvet.yaml does not list it as safe, and it is not a
// consent-check wrapper. The engine passes such a call's arguments
// through, or applies its summary, which found no sink for them: where
// the callee sends them on through an interface field, a function value
// or code the engine cannot see (an SDK whose HTTP client is an
// interface), the flow ends there unseen. 'hrvet inventory' lists these
// calls so that a team can declare each as a sink or as safe. They are
// recorded in the last round, at the call, not in facts: they change no
// summary and no finding. Decisions:
//
//   - "Another module" is the callee's package path against the analysed
//     package's module (pass.Module): neither the module nor below it,
//     and not the standard library (a first path element without a dot).
//     Without module information (GOPATH mode, build systems that give
//     none) no call is listed. Only the packages of a main module (one
//     with no version: the module checked, or a workspace's) record
//     calls: a dependency is analysed for its facts, and nobody asks for
//     its record.
//   - An argument a summary sends to a sink is a flow, not listed; so is
//     an argument a setter writes into its receiver (the summary's writes,
//     or with no summary a method named Set*, With*, To, Cc, ... on memory
//     the unit follows): the data are followed in the receiver to where
//     it goes. The receiver counts only when the call consumes it: no
//     result carries it on (a getter, e.GetPhone(), is a step; Save() or
//     Send() is an end).
//   - A call of a function value has no name to declare, and is not
//     listed. An interface method of another module is listed under the
//     interface's name, (example.com/sdk.Sender).Send.
//   - Data are listed where they originate, as flows are; data that
//     entered the function through a parameter are described by the
//     parameter's type (the personal fields it holds under the selection
//     passed), at the call in the wrapper, since the callers' call of a
//     wrapper of their own module is not another module's. A parameter of
//     a type with no personal fields (a string) gives nothing.
//
// # Guards
//
// A consent check is a call of a //hrvet:consent function (or one the
// config lists), or of a function whose summary says it is a consent
// check. It guards a sink when the branch taken on success dominates the
// sink call: for an error result, the nil branch of err == nil or
// err != nil (either operand order); for a bool, the true branch of r, or
// the false branch of !r, and r == true, r != false and so on. The branch
// must be the only way into its block (loop back edges aside), so a check
// whose failure branch falls through guards nothing. Checks that dominate
// where a closure is made, or every call of it, guard the closure's body;
// checks in callers guard a wrapper's flows, since each call re-checks
// them.
//
// The purpose of a check is its directive's or config's purpose, else a
// constant string argument of the call. A transfer sink with a purpose is
// covered by a check of the same or unknown purpose; a check for another
// purpose is a purpose mismatch. A commercial sink needs a check for
// purpose "commercial" exactly. A //hrvet:basis on the function, on a
// statement around the call, or on the sink itself covers a transfer but
// never a commercial sink; log sinks are covered by nothing but redaction.
//
// The subject of a check is the person its arguments name: the
// person-bearing value passed, or the one whose field (an ID) is passed,
// or what was stored into a request struct passed by pointer. A check
// whose subject is known guards only data of that person; one whose
// subject cannot be traced (a constant or a bare number) guards whatever
// it dominates. A local variable assigned once names the same person as
// the value assigned to it.
//
// A consent check whose result is never compared, branched on, returned,
// stored or passed to a function other than a sink (dropped, assigned to
// _, only logged) is reported in Result.Unchecked.
//
// # Decisions where SPEC is silent
//
//   - A summary is exact: a function the engine analysed returns only what
//     its summary says. Functions it skips (they touch no personal data,
//     sink, consent check or summarised callee), functions of the standard
//     library (whose summaries are not exported) and calls of unknown
//     targets pass their arguments through instead.
//   - An error result of such a call carries nothing, unless the callee is
//     an error constructor (fmt.Errorf, errors.New, errors.Join,
//     github.com/pkg/errors...): the error of w.Write(phone) does not quote
//     the phone. The error results of functions of other modules carry
//     nothing either, whatever their summaries say: those summaries come
//     from code the user does not review, where an error built from a
//     session's memory is nearly always an artefact of the analysis. A person-bearing result carries only the data of
//     person-bearing arguments; one looked up by an ID is an origin.
//   - Values of fresh memory (a literal, make) are known: a literal that
//     sets only placeholders, numbers and booleans carries no data,
//     whatever its type; one that writes a name, a phone or an address
//     into a personal field holds it, an origin at the store (see
//     written.go). A named
//     variable the function never assigns (one a decoder fills) is not,
//     nor fresh memory once a call the engine cannot see may have filled
//     it (json.Unmarshal(b, u) into u := &User{}), from that call on.
//   - Passing &u is passing u: at a call given the address of memory the
//     function cannot know (a decoded variable, new(User) a loader
//     filled, a literal json.Unmarshal filled), the personal fields of
//     the record pointed to are an origin, reported where the record was
//     filled (see pointee.go).
//   - A personal field set from data of outside is personal data from
//     there on: &User{Name: r.FormValue("name")} holds a name, an origin
//     at the store. Outside data are results of calls the engine has no
//     summary for and reads of memory it cannot know or of parameters
//     that cannot bring personal data themselves (a request, a service);
//     not constants, not a clock's or a generator's value (time.Now()),
//     not a redactor's result, not a string or number parameter (the
//     callers say what they pass). See stored.go.
//   - A string or a number given to a call beside a record it fills is
//     the key the record is looked up by, not its content, and a string
//     has no fields: db.Get(&u, query, email) does not put the e-mail
//     under u.ID. A record a summarised call returns is an origin unless
//     the callee returns a record it was given; a string or number it
//     was given does not make the record known. Where a record it
//     returns holds any of a given record's data (a loader that copies
//     a field of its configuration into each entry it reads), the
//     summary also lists the personal data found inside it, which the
//     caller would otherwise never see.
//   - A number or a bool an unknown call makes from a whole record (the
//     ID a store gives a saved record) carries nothing of the record.
//   - A function of the built-in catalogue is a sink whatever the
//     summary of its body says (a library analysed from source: an
//     error tracker's scope setter only stores what a later event
//     ships). The setters of a message builder named To, Cc, Bcc, From,
//     ReplyTo and Subject write into the message.
//   - A person-bearing result of a call is data found elsewhere (a
//     loader's record), an origin of every personal field of its type,
//     unless the callee's summary says it built the value itself
//     (Summary.Built: a literal, new or make that no call it cannot see
//     filled): an SDK's request builder returns an empty request, which
//     carries only what the caller then writes into it. Every function
//     returning a person-bearing value is analysed, to say which.
//   - Calls of log sinks are reported whatever guards them: consent does
//     not make a log line lawful.
//
// # Limits
//
// The work per function is bounded: at most maxLabels labels per value
// (past the bound a value keeps the personal data found in the unit
// before what its parameters may carry: a record built field by field
// from a request keeps the fields known to be personal),
// maxMemEntries paths per memory root, paths maxPathDepth fields deep,
// maxRounds fixpoint rounds, and functions above maxUnitInstrs
// instructions are skipped. A flow names at most maxVia (12) wrappers
// between a call and its sink; in deeper chains the middle is replaced by
// "...", keeping the outermost wrappers and the one that calls the sink.
// When a bound is reached the engine stops adding; it never loops. In a cycle of recursive calls the first function
// analysed sees the others without summaries. A panic while analysing one
// function skips that function.
//
// Interface calls. A call of a method of an interface declared in the
// analysed module reaches the sinks of the implementations the analysis
// sees: the types of the calling package and of the module's packages it
// imports, directly or not, and the implementations their facts list
// (packageFlows.Impls: a package records the methods of its own types
// that implement an interface of the module and forward a parameter to a
// sink, and repeats those of its imports, so that go vet, which hands on
// the facts of direct imports only, and the export data, which hold no
// unexported type, lose none). One finding names every implementation's
// sink. Interfaces of other modules (io.Writer) are not resolved. A
// method of a type that implements an interface another package of the
// module declares is reached only through that interface from packages
// that cannot import it (a handler holding the service's interface, main
// wiring the implementation): the personal data of its parameters that it
// logs are reported in the method itself, once (the related information
// names the parameter and the interface method), and left out of its
// summary; a transfer there stays in the summary, since its consent check
// stands at a caller the method cannot see.
//
// A record a loader finds by key (getUser(owner, name) filling
// User{Owner: owner, Name: name} through an ORM) carries the record's
// data, an origin at the loader's call: the key the caller passed, in a
// personal field of the record, is not followed as the caller's data
// (keyOfLoaded), or every caller would report again what the loader's
// caller reports. Another module's own log calls (an SDK's debug dump of
// its requests) are its diagnostics and are not followed (libraryLog).
//
// Conditions on fields. A flow that runs only when a field of a
// parameter is non-zero (an avatar refresher asks Gravatar only if
// user.AvatarType is "Auto" or "Gravatar": every path to the sink takes a
// branch a zero field cannot take) lists the field in its summary row
// (ParamFlow.Requires). A caller that passes a composite literal it built
// without setting the field, and gave to nothing else before the call,
// drops the row; a caller passing its own parameter's record hands the
// requirement on; any other caller keeps the row (see nonzero.go).
//
// Plug-ins. A call of a module interface's method given personal data
// that originate in the calling function, and not covered by a consent
// check or a basis there, is an open call: the package's fact records it
// with its data, its position and the implementations it was resolved to
// (packageFlows.Open, repeated by importers like Impls). A package that
// converts a concrete type T of the module to that interface (main's
// mgr.Add(email.New())), where T's method is not among those the call
// saw, reports what T's method forwards to a sink at its first such
// conversion, naming the call in the related information: the messenger
// packages of a mailing-list manager implement the manager's interface
// without importing it, and only main sees both (see opencalls.go).
// Conversions are found in the syntax: assignments, arguments, results,
// composite literal elements, sends and append.
//
// A few functions of other modules return a person's data read from a
// protocol message, with no field of the program holding them: RADIUS's
// User-Name accessors (layeh.com/radius/rfc2865). Their result is an
// origin at the call (sourceFuncs, checked against the library by
// TestSourceFuncsAPI).
//
// An unknown call writes its arguments into the receiver of a method of
// a type named ...Writer, ...Buffer, ...Builder or ...Encoder (a
// generated MarshalJSON's w.String(v.Email)). A load of a field of type
// error takes only what was stored into that field, not what was written
// into the whole value (the writer's Error quotes nothing).
//
// What the engine cannot see: data passed to an interface method whose
// implementation lives in a package the caller does not import, when no
// package converts the implementation to the interface in sight of the
// call's fact (a type registered by reflection), or when the data come
// from the calling function's parameters (an open call records only the
// data that originate in it); data that travel through an interface
// value to a concrete sink behind it (io.Writer holding a net.Conn), through
// globals between functions, through function values it cannot resolve
// statically, through reflection or unsafe, and writes through pointer
// parameters of functions it passed through rather than analysed. Where
// such a call is another module's, Result.Unknown lists it (see above).
package flow
