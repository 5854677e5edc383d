package propagation

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

func bytesBuffer(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	var buf bytes.Buffer
	buf.WriteString("to=")
	buf.WriteString(e.Phone)
	return gw.Send(buf.String()) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func stringsBuilder(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	var sb strings.Builder
	sb.WriteString("Dear ")
	sb.WriteString(e.Name)
	return gw.Send(sb.String()) // want `Employee\.Name \(name\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func fprintfIntoBuffer(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	buf := new(bytes.Buffer)
	fmt.Fprintf(buf, "salary: %d\n", e.Salary)
	return gw.SendBytes(buf.Bytes()) // want `Employee\.Salary \(pay\) reaches \(\*consent/propagation\.Gateway\)\.SendBytes without a consent check`
}

func jsonMarshal(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	body, err := json.Marshal(map[string]string{"phone": e.Phone})
	if err != nil {
		return err
	}
	return gw.SendBytes(body) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.SendBytes without a consent check`
}

func jsonEncoder(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(payload{To: e.Email, Text: "Welcome!"}); err != nil {
		return err
	}
	return gw.Send(buf.String()) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func xmlMarshal(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	body, err := xml.Marshal(payload{To: e.Address})
	if err != nil {
		return err
	}
	return gw.SendBytes(body) // want `Employee\.Address \(address\) reaches \(\*consent/propagation\.Gateway\)\.SendBytes without a consent check`
}

func csvWriter(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write([]string{"contact", e.Phone}); err != nil {
		return err
	}
	w.Flush()
	return gw.Send(buf.String()) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func base64Encoding(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(base64.StdEncoding.EncodeToString([]byte(e.Phone))) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func hexEncoding(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Send(hex.EncodeToString([]byte(e.Email))) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func urlValues(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	v := url.Values{}
	v.Set("lang", "ru")
	v.Set("phone", e.Phone)
	return gw.Send(v.Encode()) // want `Employee\.Phone \(phone\) reaches \(\*consent/propagation\.Gateway\)\.Send without a consent check`
}

func stringsReader(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Upload(strings.NewReader(e.Address)) // want `Employee\.Address \(address\) reaches \(\*consent/propagation\.Gateway\)\.Upload without a consent check`
}

func bytesReader(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	return gw.Upload(bytes.NewReader([]byte(e.Email))) // want `Employee\.Email \(email\) reaches \(\*consent/propagation\.Gateway\)\.Upload without a consent check`
}

func requestBody(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	body, err := json.Marshal(payload{To: e.Phone, Text: "Your shift starts at 9."})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://sms.example.com/send", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req) // want `Employee\.Phone \(phone\) reaches \(\*net/http\.Client\)\.Do without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func requestWithoutPersonalData(ctx context.Context, id int64) error {
	e, _ := staff.Employee(ctx, id)
	body := fmt.Sprintf(`{"employee": %d}`, e.ID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://sms.example.com/ack", strings.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // OK: only the ID
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
