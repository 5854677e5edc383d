// Package hop3 imports wrap, which imports store, which imports model:
// the data and the roles used here are declared three imports down, and
// go vet gives hop3 the facts of wrap alone.
package hop3

import (
	"log"
	"net/http"
	"strings"

	"example.com/layered/wrap"
)

const partner = "https://partner.example.com/contacts"

// Send posts the phone of an employee model declares, loaded through
// wrap's alias of store's alias.
func Send() error {
	e := wrap.Find(1)
	_, err := http.Post(partner, "text/plain", strings.NewReader(e.Phone)) // MISTAKE(consent): no consent check
	return err
}

// SendChecked checks consent with model's check, reached through wrap.
func SendChecked() error {
	e := wrap.Find(1)
	if err := wrap.Service().Consents.Check(e.ID); err != nil {
		return err
	}
	_, err := http.Post(partner, "text/plain", strings.NewReader(e.Phone)) // OK: model's consent check guards it
	return err
}

// SendEmbedded posts a field of model's Employee promoted through store's
// Record.
func SendEmbedded() error {
	r := wrap.Record(2)
	_, err := http.Post(partner, "text/plain", strings.NewReader(r.Phone)) // MISTAKE(consent): no consent check
	return err
}

// SendAddress posts the city of model's Address inside store's Profile.
func SendAddress() error {
	_, err := http.Post(partner, "text/plain", strings.NewReader(wrap.Profile(3).Home.City)) // MISTAKE(consent): no consent check
	return err
}

// NotifyMethod calls model's method, whose summary says it posts the
// receiver's phone.
func NotifyMethod() error {
	return wrap.Find(4).Notify(partner) // MISTAKE(consent): the summary of (*model.Employee).Notify reaches net/http.Post
}

// NotifyMethodChecked checks consent before calling it.
func NotifyMethodChecked() error {
	e := wrap.Find(4)
	if err := wrap.Service().Consents.Check(e.ID); err != nil {
		return err
	}
	return e.Notify(partner) // OK: checked
}

// Text sends the phone to model's Gateway, a sink by directive.
func Text() error {
	s := wrap.Service()
	e := wrap.Load(5)
	return s.SMS.Send(e.Phone, "Your payslip is ready.") // MISTAKE(consent): model's sink, no consent check
}

// TextChecked checks consent first.
func TextChecked() error {
	s := wrap.Service()
	e := wrap.Load(5)
	if err := s.Consents.Check(e.ID); err != nil {
		return err
	}
	return s.SMS.Send(e.Phone, "Your payslip is ready.") // OK: checked
}

// Mail hands the employee to store's Mailer, two imports down, whose
// summary says it posts the phone.
func Mail() error {
	return wrap.Service().Mailer.Mail(wrap.Find(8)) // MISTAKE(consent): the summary of (store.Mailer).Mail reaches net/http.Post
}

// MailChecked checks consent first.
func MailChecked() error {
	s := wrap.Service()
	e := wrap.Find(8)
	if err := s.Consents.Check(e.ID); err != nil {
		return err
	}
	return s.Mailer.Mail(e) // OK: checked
}

// LogPhone logs an employee's phone.
func LogPhone() {
	log.Printf("calling %s", wrap.Load(6).Phone) // MISTAKE(logleak): no redactor
}

// LogPhoneMasked logs it through model's redactor.
func LogPhoneMasked() {
	log.Printf("calling %s", wrap.Service().Masker.Mask(wrap.Load(6).Phone)) // OK: model's redactor
}

// LogName logs a field promoted through store's Record.
func LogName() {
	log.Printf("record of %s", wrap.Record(7).Name) // MISTAKE(logleak): no redactor
}

// Religions reads a forbidden column through model's store sink.
func Religions() error {
	return wrap.Service().DB.Query("SELECT religion FROM employees WHERE id = 1") // MISTAKE(forbidden): a forbidden column read through model's store sink
}

// Plan passes the same SQL to a method that is no sink.
func Plan() string {
	return wrap.Service().DB.Explain("SELECT religion FROM employees WHERE id = 1") // OK: no store sink
}

// Weekly is the report the city asked for.
//
//hrvet:anonymous
type Weekly struct {
	Lines  []*wrap.Line // OK: model's Summary answers for itself
	Record wrap.Rec     // MISTAKE(anonymity): carries model's Employee.Name and Employee.Phone
}

// Report turns an employee into a report line with model's anonymizer.
//
//hrvet:anonymize
func Report(id int) wrap.Line {
	return wrap.Service().Anon.Strip(wrap.Load(id)) // OK: model's //hrvet:anonymize answers for its result
}

// ReportLeaky keeps the whole record.
//
//hrvet:anonymize
func ReportLeaky(id int) wrap.Rec {
	return wrap.Record(id) // MISTAKE(anonymity): the record identifies the employee
}
