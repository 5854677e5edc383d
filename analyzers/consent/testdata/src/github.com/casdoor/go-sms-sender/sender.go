// Package go_sms_sender is a minimal stub of
// github.com/casdoor/go-sms-sender for hrvet's tests.
package go_sms_sender

// Twilio names a provider.
const Twilio = "Twilio SMS"

// SmsClient sends SMS.
type SmsClient interface {
	SendMessage(param map[string]string, targetPhoneNumber ...string) error
}

// NewSmsClient returns the client of a provider.
func NewSmsClient(provider string, accessId string, accessKey string, sign string, template string, other ...string) (SmsClient, error) {
	return nil, nil
}
