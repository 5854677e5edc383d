package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Contact is what the perks partner needs to enrol an employee.
type Contact struct {
	ExternalID int64  `json:"external_id" pd:"-"`
	Name       string `json:"name" pd:"name"`
	Phone      string `json:"phone" pd:"phone"`
	Email      string `json:"email" pd:"email"`
}

// CRM is the client of the perks partner's CRM, a third party.
type CRM struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

// Push creates or updates the contact in the partner's CRM.
//
//hrvet:sink transfer purpose=crm
func (c *CRM) Push(ctx context.Context, ct Contact) error {
	body, err := json.Marshal(ct)
	if err != nil {
		return fmt.Errorf("crm: encode contact: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.BaseURL+"/v1/contacts", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("crm: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("crm: %w", err)
	}
	return checkStatus("crm", resp)
}
