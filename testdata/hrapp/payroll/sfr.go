package payroll

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// SFRRow is one insured person in the personalised accounting report.
type SFRRow struct {
	SNILS    string `json:"snils" pd:"govid"`
	FullName string `json:"full_name" pd:"name"`
	Earnings int64  `json:"earnings" pd:"pay"` // kopecks
}

// SFRClient is the client of the Social Fund's reporting gateway.
type SFRClient struct {
	URL        string
	Registrant string // the employer's SFR registration number
	HTTP       *http.Client
}

type sfrReport struct {
	Registrant string   `json:"registrant"`
	Quarter    string   `json:"quarter"`
	Rows       []SFRRow `json:"rows"`
}

// Submit files the report for quarter ("2025-Q1").
func (c *SFRClient) Submit(ctx context.Context, quarter string, rows []SFRRow) error {
	body, err := json.Marshal(sfrReport{Registrant: c.Registrant, Quarter: quarter, Rows: rows})
	if err != nil {
		return fmt.Errorf("sfr: encode report: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/efs1", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("sfr: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("sfr: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("sfr: report rejected: %s", resp.Status)
	}
	return nil
}
