package basic

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

func postPhone(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	resp, err := http.Post(smsGateway, "text/plain", strings.NewReader(e.Phone)) // want `Employee\.Phone \(phone\) reaches net/http\.Post without a consent check \(Labour Code art\. 88\)`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func getWithPhoneInURL(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	resp, err := http.Get(smsGateway + "?to=" + url.QueryEscape(e.Phone)) // want `Employee\.Phone \(phone\) reaches net/http\.Get without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func headWithEmailInPath(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	resp, err := http.Head(crmURL + "/" + e.Email) // want `Employee\.Email \(email\) reaches net/http\.Head without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func postForm(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	resp, err := http.PostForm(crmURL, url.Values{"full_name": {e.Name}}) // want `Employee\.Name \(name\) reaches net/http\.PostForm without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func doWithBody(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, smsGateway, strings.NewReader(e.Phone))
	if err != nil {
		return err
	}
	resp, err := client.Do(req) // want `Employee\.Phone \(phone\) reaches \(\*net/http\.Client\)\.Do without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func doWithHeader(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, crmURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Passport", e.Passport)
	resp, err := client.Do(req) // want `Employee\.Passport \(govid\) reaches \(\*net/http\.Client\)\.Do without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func doWithQuery(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, crmURL, nil)
	if err != nil {
		return err
	}
	q := req.URL.Query()
	q.Set("email", e.Email)
	req.URL.RawQuery = q.Encode()
	resp, err := client.Do(req) // want `Employee\.Email \(email\) reaches \(\*net/http\.Client\)\.Do without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func clientMethods(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	if resp, err := client.Get(crmURL + "?email=" + e.Email); err == nil { // want `Employee\.Email \(email\) reaches \(\*net/http\.Client\)\.Get without a consent check`
		resp.Body.Close()
	}
	if resp, err := client.Head(crmURL + "/" + e.Email); err == nil { // want `Employee\.Email \(email\) reaches \(\*net/http\.Client\)\.Head without a consent check`
		resp.Body.Close()
	}
	if resp, err := client.Post(smsGateway, "text/plain", strings.NewReader(e.Phone)); err == nil { // want `Employee\.Phone \(phone\) reaches \(\*net/http\.Client\)\.Post without a consent check`
		resp.Body.Close()
	}
	if resp, err := client.PostForm(crmURL, url.Values{"phone": {e.Phone}}); err == nil { // want `Employee\.Phone \(phone\) reaches \(\*net/http\.Client\)\.PostForm without a consent check`
		resp.Body.Close()
	}
}

func roundTrip(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, smsGateway, strings.NewReader(e.Phone))
	if err != nil {
		return err
	}
	resp, err := http.DefaultTransport.RoundTrip(req) // want `Employee\.Phone \(phone\) reaches \(net/http\.RoundTripper\)\.RoundTrip without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A multi-line call is reported on its first line.
func multiLine(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	resp, err := http.Post( // want `Employee\.Phone \(phone\) reaches net/http\.Post without a consent check`
		smsGateway,
		"text/plain",
		strings.NewReader(e.Phone),
	)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// --- what must stay quiet -------------------------------------------------

func postEmployeeID(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	body := strings.NewReader(strconv.FormatInt(e.ID, 10))
	resp, err := http.Post(crmURL, "text/plain", body) // OK: ID is tagged pd:"-"
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func postDepartment(ctx context.Context, id int64) error {
	d, err := staff.Department(ctx, id)
	if err != nil {
		return err
	}
	resp, err := http.PostForm(crmURL, url.Values{"name": {d.Name}, "phone": {d.Phone}}) // OK: a department is not a person
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func postHeadcount(ctx context.Context, ids []int64) error {
	resp, err := http.Post(crmURL, "text/plain", strings.NewReader(strconv.Itoa(len(ids)))) // OK: a count
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func getConstant() error {
	resp, err := http.Get(crmURL + "/health") // OK: nothing personal
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func pingUnlessPhoneMissing(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if e.Phone == "" {
		return nil
	}
	resp, err := http.Get(smsGateway + "/ping") // OK: control dependence on a comparison carries nothing
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func sendErrorText(ctx context.Context, id int64) error {
	_, err := staff.Employee(ctx, id)
	if err == nil {
		return nil
	}
	resp, err := http.Post(crmURL+"/errors", "text/plain", strings.NewReader(err.Error())) // OK: an error from the lookup
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
