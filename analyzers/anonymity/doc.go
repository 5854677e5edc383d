// Package anonymity defines an Analyzer that reports data claimed to be
// anonymous that still identify a person: //hrvet:anonymous struct types
// with identifying fields, and //hrvet:anonymize functions whose results
// are built from identifying data.
//
// # Analyzer anonymity
//
// anonymity: report "anonymous" types and results that keep identifying data
//
// In spring 2020 Moscow's city hall made employers report, every week,
// which of their staff worked from home, and called the report anonymous
// because it left out the names. It kept each worker's phone number, car
// plate and transport or social card number, each of which singles the
// person out as well as a name: data stripped of the name are still
// personal data while such an identifier remains (Convention 108 art. 2(a)
// defines personal data as any information relating to an identifiable
// individual). The identifying categories (SPEC section 1, and
// annotations.Category.Identifying) are name, phone, email, address,
// govid, vehicle, card, bank, biometric and location.
//
// # Anonymous types
//
// A struct type that says //hrvet:anonymous may not have a field of an
// identifying category. Inference treats such a type as person-like, so
// ambiguous words (Phone, Address) count in it:
//
//	//hrvet:anonymous
//	type RemoteWorker struct {
//		Department string
//		Phone      string // RemoteWorker.Phone (phone) identifies a person, so RemoteWorker is not anonymous: data stripped of the name stay personal while a phone number, car plate or card number remains (Convention 108 art. 2(a)); drop the field or aggregate it
//		RemoteDays int
//	}
//
// A field whose type carries identifying fields (a whole Employee, a
// pointer or slice of one) is reported with what it carries; a field of
// another //hrvet:anonymous type is not, since that type answers for
// itself where it is declared. Fields of struct types nested in the
// declaration are checked as its own.
//
// # Anonymizers
//
// A function that says //hrvet:anonymize claims its result is anonymous.
// Each of its return statements is reported when a returned value carries
// an identifying field:
//
//	//hrvet:anonymize
//	func Anonymize(e employee.Employee) RemoteWorker {
//		return RemoteWorker{Department: e.Department, Phone: e.Phone} // Anonymize returns Employee.Phone (phone), which identifies a person, so its result is not anonymous: ...
//	}
//
// What a value carries is worked out inside the function, and through
// the calls it makes with the summaries of the flow engine (internal/flow,
// the engine of the consent and logleak analyzers), computed in the
// package or imported as facts:
//
//   - reading a field of an identifying category carries that field
//     (e.Phone, e.Contact.Email); reading any other marked field carries
//     nothing, even from a value that carries more (e.Department);
//   - a whole value of a person-bearing type carries its identifying
//     fields (return e), and so does a call result of such a type
//     (return dir.Find(id));
//   - assignment, conversion, composite literals, append, indexing,
//     slicing, dereference, arithmetic and string concatenation pass data
//     on; a variable carries whatever is ever stored into it, its fields or
//     its elements, anywhere in the function (flow-insensitive), including
//     through range, channel sends, copy, fmt.Fprint* and the Write methods
//     of strings.Builder and bytes.Buffer;
//   - a call of a function the engine summarised carries, result by
//     result, what the summary says: the caller's arguments (and receiver)
//     selected down the summary's field path (pick(e) returning e.Phone
//     carries Employee.Phone, key(e) returning e.ID nothing), and the
//     identifying data that originate inside the callee; what the summary
//     says the callee writes through a pointer parameter is stored into
//     the argument (fill(&row, e));
//   - a call of any other function (one the engine did not need to
//     analyse because it touches no personal data, one of the standard
//     library such as fmt.Sprintf, strings or strconv, a func value)
//     carries all its arguments' and its receiver's data, as the engine
//     takes it to: a hash or a checksum of a phone is a pseudonym, still
//     personal data;
//   - a //hrvet:redact function's result carries nothing, nor does another
//     //hrvet:anonymize function's (it is checked where it is declared);
//   - comparisons, len and cap, and values of type bool carry nothing (a
//     yes or no singles no one out), nor do values of type error (the claim
//     is about the result's data).
//
// # Decisions where the SPEC is silent
//
//   - Personal data that do not identify by themselves (pay, birth,
//     employment) are allowed in an anonymous type and result; so is an
//     ID marked pd:"-".
//   - The anonymizer's own parameters are its callers' data, but the claim
//     "its result is anonymous" is about the function itself: a parameter
//     of a person-bearing type that reaches the result carries its type's
//     identifying fields and is reported at the return like any other
//     (func(c Contact) string { return c.Email }). A parameter of a plain
//     type (a string) has no category, so it carries nothing: precision
//     first (see the known false negatives).
//   - Only the data a summary returns count; where they sit in the result
//     (its At path) does not, as a variable is not field-sensitive either.
//   - Returns inside closures are the closures' own and are not checked.
//   - Several origins are listed in order of their paths, at most three,
//     then a count.
//
// # Known false negatives
//
// Each has a test case marked TODO(want) in the package's testdata.
//
//   - Identifying data received as a plain parameter (func(phone string)):
//     the callers, not the anonymizer, know it is a phone. Reporting the
//     callers' calls (the engine's summary says the result carries the
//     parameter) would put a finding where SPEC does not name one.
//   - Data stored into a global by a callee and read back
//     (remember(e); return lastPhone), and data a closure captures and
//     returns (get := func() string { return e.Phone }; return get()):
//     neither the engine's summaries nor the carrier follow them.
//   - Quasi-identifiers: a birth year, a department and a position may
//     together single a person out; only identifying categories count.
package anonymity

const doc = `report "anonymous" types and results that keep identifying data

anonymity reports the fields of an //hrvet:anonymous struct type that hold
an identifying category (name, phone, email, address, govid, vehicle, card,
bank, biometric, location) or carry one, and the returns of an
//hrvet:anonymize function whose result is built from such data: stripped
of the name, data are still personal while a phone number, car plate or
card number remains (Convention 108 art. 2(a)).`
