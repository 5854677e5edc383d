// Package two imports mid, which imports hr: the data and roles it uses
// are declared two imports down.
package two

import (
	"log"
	"net/http"
	"strconv"
	"strings"

	"layered/mid"
)

const partner = "https://partner.example.com/staff"

func post(s string) error {
	_, err := http.Post(partner, "text/plain", strings.NewReader(s))
	return err
}

// ByValue sends the mobile number of an employee loaded by value.
func ByValue() error {
	e := mid.Load(1)
	return post(e.Mobile) // want `Employee.Mobile \(phone\) reaches net/http.Post via layered/consent/two.post without a consent check`
}

// ByValueChecked asks hr's register first.
func ByValueChecked() error {
	e := mid.Load(1)
	if !mid.Open().Consents.Allowed(e.ID) {
		return nil
	}
	return post(e.Mobile)
}

// ByPointer sends the passport number of an employee found by pointer.
func ByPointer() error {
	_, err := http.Post(partner, "text/plain", strings.NewReader(mid.Find(2).Passport)) // want `Employee.Passport \(govid\) reaches net/http.Post without a consent check`
	return err
}

// OnlyID sends what is not personal data.
func OnlyID() error {
	e := mid.Find(2)
	return post(strconv.Itoa(e.ID) + e.Notes)
}

// TeamLead sends the name of a team's lead, a field of hr's type.
func TeamLead() error {
	_, err := http.Post(partner, "text/plain", strings.NewReader(mid.LoadTeam(3).Lead.FullName)) // want `Employee.FullName \(name\) reaches net/http.Post without a consent check`
	return err
}

// Promoted sends a field promoted from the embedded hr record.
func Promoted() error {
	r := mid.LoadRecord(4)
	_, err := http.Post(partner, "text/plain", strings.NewReader(r.Mobile)) // want `Employee.Mobile \(phone\) reaches net/http.Post without a consent check`
	return err
}

// Street sends the street of hr's Address inside hr's Employee.
func Street() error {
	e := mid.Load(5)
	_, err := http.Post(partner, "text/plain", strings.NewReader(e.Home.Street)) // want `Address.Street \(address\) reaches net/http.Post without a consent check`
	return err
}

// Listing sends every mobile number of a generic page of hr records.
func Listing() {
	for _, e := range mid.Staff().Items {
		http.Post(partner, "text/plain", strings.NewReader(e.Mobile)) // want `Employee.Mobile \(phone\) reaches net/http.Post without a consent check`
	}
}

// Publish calls hr's method, whose summary posts the receiver's name.
func Publish() error {
	return mid.Load(6).Publish(partner) // want `Employee.FullName \(name\) reaches net/http.Post via \(layered/hr.Employee\).Publish without a consent check`
}

// Text hands the mobile number to hr's SMS gateway, a sink by directive.
func Text() error {
	s := mid.Open()
	e := mid.Load(7)
	return s.SMS.Text(e.Mobile, "Your payslip is ready.") // want `Employee.Mobile \(phone\) reaches \(\*layered/hr.SMS\).Text without a consent check`
}

// TextChecked asks first.
func TextChecked() error {
	s := mid.Open()
	e := mid.Load(7)
	if !s.Consents.Allowed(e.ID) {
		return nil
	}
	return s.SMS.Text(e.Mobile, "Your payslip is ready.")
}

// Deliver hands a record to mid's courier, whose summary posts the
// passport number.
func Deliver() error {
	return mid.Open().Courier.Deliver(mid.Find(8)) // want `Employee.Passport \(govid\) reaches net/http.Post via \(layered/mid.Courier\).Deliver without a consent check`
}

// TextOrDie stops the program when the employee did not consent.
func TextOrDie() error {
	s := mid.Open()
	e := mid.Load(9)
	if !s.Consents.Allowed(e.ID) {
		log.Fatalf("employee %d did not consent", e.ID)
	}
	return s.SMS.Text(e.Mobile, "Your payslip is ready.")
}
