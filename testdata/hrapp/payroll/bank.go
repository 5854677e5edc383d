package payroll

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Payment is a credit transfer to an employee's account.
type Payment struct {
	Account string `json:"account" pd:"bank"`
	Holder  string `json:"holder" pd:"name"`
	Amount  int64  `json:"amount" pd:"pay"` // kopecks
	Purpose string `json:"purpose"`
}

// BankClient is the client of the salary project's bank API.
type BankClient struct {
	URL  string
	HTTP *http.Client
}

// Pay orders the bank to make the payment.
func (b *BankClient) Pay(ctx context.Context, p Payment) error {
	body, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("bank: encode payment: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.URL+"/payments", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("bank: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("bank: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("bank: payment refused: %s", resp.Status)
	}
	return nil
}
