// Package clients holds thin net/http wrappers for the outside services the
// HR system talks to: the perks partner's CRM, the SMS gateway, the product
// analytics vendor and the corporate chat.
//
// Each wrapper forwards its arguments to net/http, so hrvet summarises it
// and checks the callers, where the personal data come from.
package clients

import (
	"fmt"
	"io"
	"net/http"
)

// checkStatus turns a non-2xx response into an error and drains the body so
// the connection can be reused.
func checkStatus(service string, resp *http.Response) error {
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s: unexpected status %s", service, resp.Status)
	}
	return nil
}
