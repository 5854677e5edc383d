// want package:`flows\(data, 0 no-return, 11 summaries\)`

// Package summary checks the summaries (facts) the engine exports: which
// parameters reach which sink, what results carry, what is written
// through pointer parameters, and which functions are consent checks.
package summary

import (
	"bytes"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
}

var errNoConsent = errors.New("no consent")

// Has is a consent check.
//
//hrvet:consent
func Has(id int64, purpose string) bool { return id > 0 && purpose != "" }

// Require is a consent check in the error form.
//
//hrvet:consent
func Require(id int64, purpose string) error { return nil }

// Send forwards both its arguments to net/http.
func Send(url, text string) error { // want Send:`^summary\(param 0 -> transfer net/http.Post; param 1 -> transfer net/http.Post\)$`
	resp, err := http.Post(url, "text/plain", strings.NewReader(text))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Notify sends the phone through Send: the chain names Send.
func Notify(e *Employee) error { // want Notify:`^summary\(param 0.Phone -> transfer net/http.Post via engine/summary.Send\)$`
	return Send("https://sms.example.com", e.Phone)
}

// NotifyChecked checks the employee's own consent first: nothing is left
// for its callers.
func NotifyChecked(e *Employee) error { // want NotifyChecked:`^summary\(\)$`
	if !Has(e.ID, "sms") {
		return errNoConsent
	}
	return Send("https://sms.example.com", e.Phone)
}

// NotifyWrongPurpose checks a consent for another purpose than the sink's.
//
//hrvet:sink transfer purpose=crm
func Push(v any) error { return nil }

func NotifyWrongPurpose(e *Employee) error { // want NotifyWrongPurpose:`^summary\(param 0.Phone -> transfer engine/summary.Push purpose=crm under consent payroll\)$`
	if err := Require(e.ID, "payroll"); err != nil {
		return err
	}
	return Push(e.Phone)
}

// Post sends the employee as JSON in a request body.
func Post(e *Employee) error { // want Post:`^summary\(param 0 -> transfer \(\*net/http.Client\).Do\)$`
	body, _ := json.Marshal(e)
	req, err := http.NewRequest(http.MethodPost, "https://crm.example.com", bytes.NewReader(body))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Contact returns data of its receiver's phone.
func (e *Employee) Contact() string { // want Contact:`^summary\(result 0 <- param 0.Phone\)$`
	return "tel:" + e.Phone
}

// Key returns the ID, which is not personal data.
func (e *Employee) Key() int64 { // want Key:`^summary\(\)$`
	return e.ID
}

// fill writes e's phone through a pointer parameter.
func fill(dst *string, e *Employee) { // want fill:`^summary\(\*param 0 <- param 1.Phone\)$`
	*dst = e.Phone
}

// CanText is a consent-check wrapper in the bool form.
func CanText(e *Employee) bool { // want CanText:`^summary\(consent\(bool subject param 0 purpose=sms\)\)$`
	return Has(e.ID, "sms")
}

// Check is a consent-check wrapper in the error form, with the purpose
// passed by its callers.
func Check(e *Employee, purpose string) error { // want Check:`^summary\(consent\(error subject param 0 purpose param 1\)\)$`
	if err := Require(e.ID, purpose); err != nil {
		return err
	}
	return nil
}

// notAWrapper says yes without asking on one path.
func notAWrapper(e *Employee, force bool) bool { // want notAWrapper:`^summary\(\)$`
	if force {
		return true
	}
	return Has(e.ID, "sms")
}

// LogName logs the name: a log flow its callers are checked for.
func LogName(e *Employee) { // want LogName:`^summary\(param 0.Name -> log log.Printf\)$`
	log.Printf("employee %s", e.Name)
}

// LogType logs only the type and address: nothing personal.
func LogType(e *Employee) { // want LogType:`^summary\(\)$`
	log.Printf("unexpected %T at %p", e, e)
}
