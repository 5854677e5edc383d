package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Analytics sends HR-portal events to the product analytics vendor, which
// also uses them for marketing: a commercial use (Labour Code art. 88 p.2).
type Analytics struct {
	Endpoint string
	WriteKey string
	HTTP     *http.Client
}

type event struct {
	Name  string            `json:"event"`
	Props map[string]string `json:"properties"`
	Time  time.Time         `json:"timestamp"`
}

// Track records an event with its properties.
//
//hrvet:sink commercial
func (a *Analytics) Track(ctx context.Context, name string, props map[string]string) error {
	body, err := json.Marshal(event{Name: name, Props: props, Time: time.Now()})
	if err != nil {
		return fmt.Errorf("analytics: encode event: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.Endpoint, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("analytics: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth(a.WriteKey, "")
	resp, err := a.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("analytics: %w", err)
	}
	return checkStatus("analytics", resp)
}
