package sinks

// Kind is the kind of an external sink (SPEC section 3, //hrvet:sink).
type Kind string

// The sink kinds.
const (
	Transfer   Kind = "transfer"   // a third party (Labour Code art. 88 p.1)
	Commercial Kind = "commercial" // marketing, analytics, advertising (art. 88 p.2)
	Log        Kind = "log"        // log output
	Store      Kind = "store"      // a database or file
	Expose     Kind = "expose"     // the response of a request handler: what the person using the system is shown (art. 88 p.5)
)

// Decision is no sink: it is the kind of the flows the engine records at
// the call of an HR decision (//hrvet:decision), for the decision rule
// (art. 86 p.6). It is not in Kinds, and no directive or config entry
// declares a sink of it.
const Decision Kind = "decision"

// Kinds returns every kind in the order the SPEC lists them.
func Kinds() []Kind { return []Kind{Transfer, Commercial, Log, Store, Expose} }

// ParseKind returns the kind named s. Names are lower case, as written in
// directives and the config file.
func ParseKind(s string) (Kind, bool) {
	switch k := Kind(s); k {
	case Transfer, Commercial, Log, Store, Expose:
		return k, true
	}
	return "", false
}

// String returns the kind's name.
func (k Kind) String() string { return string(k) }

// Data says which values of a call to a sink carry the data that leave
// the program. It is a closed vocabulary shared with the flow engine.
type Data string

// The Data values.
const (
	// DataArgs: personal data in any argument reach the sink; the receiver
	// does not count.
	DataArgs Data = "args"
	// DataRequest: the *http.Request argument carries the data, in its
	// URL, header, body or form.
	DataRequest Data = "request"
	// DataStdio: like fmt.Fprint*, a sink only when the first argument is
	// os.Stdout or os.Stderr; the data are in the other arguments.
	DataStdio Data = "stdio-writer"
	// DataResultWriter: the call returns an io.Writer; the data are what
	// is written to it.
	DataResultWriter Data = "result-writer"
	// DataResultChan: the call returns a channel; the data are what is
	// sent on it.
	DataResultChan Data = "result-chan"
	// DataAttr: not a sink by itself but a log attribute or field
	// constructor (slog.String, zap.Any); its result carries its
	// arguments' data to the log call that receives it.
	DataAttr Data = "attr"
)

// DataValues returns every Data value.
func DataValues() []Data {
	return []Data{DataArgs, DataRequest, DataStdio, DataResultWriter, DataResultChan, DataAttr}
}

// Doc describes d in a sentence, for the documentation.
func (d Data) Doc() string {
	switch d {
	case DataArgs:
		return "personal data in any argument reach the sink (not the receiver)"
	case DataRequest:
		return "the `*http.Request` argument carries the data: its URL, header, body or form"
	case DataStdio:
		return "a sink only when the first argument is `os.Stdout` or `os.Stderr`; the data are in the other arguments"
	case DataResultWriter:
		return "the call returns a writer; the data are what is written to it"
	case DataResultChan:
		return "the call returns a channel; the data are what is sent on it"
	case DataAttr:
		return "a log attribute or field constructor: not a sink by itself, its result carries its arguments' data to the log call that receives it"
	}
	return ""
}
