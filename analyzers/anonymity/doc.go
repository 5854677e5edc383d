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
// What a value carries is worked out inside the function (the flow engine
// of the consent and logleak analyzers will add summaries of the
// functions it calls):
//
//   - reading a field of an identifying category carries that field
//     (e.Phone, e.Contact.Email); reading any other marked field carries
//     nothing, even from a value that carries more (e.Department);
//   - a whole value of a person-bearing type carries its identifying
//     fields (return e);
//   - assignment, conversion, composite literals, append, indexing,
//     slicing, dereference, arithmetic and string concatenation pass data
//     on; a variable carries whatever is ever stored into it, its fields or
//     its elements, anywhere in the function (flow-insensitive), including
//     through range, channel sends, copy, fmt.Fprint* and the Write methods
//     of strings.Builder and bytes.Buffer;
//   - the functions of fmt (Sprint*, Append*, Errorf), strings, bytes,
//     strconv, unicode, path, net/url, html, slices, maps and the encoding
//     packages return what their arguments and receiver carry;
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
//   - A call to any other function carries nothing until the flow engine
//     provides summaries: a false negative rather than a false positive.
//   - Returns inside closures are the closures' own and are not checked.
//   - Several origins are listed in order of their paths, at most three,
//     then a count.
//
// # Known false negatives
//
// Each has a test case marked TODO(want) in the package's testdata.
//
//   - A helper that returns identifying data (return Row{Phone: pick(e)}):
//     needs interprocedural summaries.
//   - Identifying data received as a plain parameter (func(phone string)):
//     the callers, not the anonymizer, know it is a phone.
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
