// Package app registers the messengers: it is the one package that sees
// both the campaign's calls of Messenger.Push and the implementations,
// so the flows are reported here, at the registration.
package app

import (
	"consent/realcode/plugin/campaign"
	"consent/realcode/plugin/smtpmail"
	"consent/realcode/plugin/webhook"
)

// Setup registers the messengers.
func Setup(m *campaign.Manager, url string) {
	m.Add(&webhook.Poster{URL: url}) // want `message.subscriber.Email \(email\), message.subscriber.Name \(name\) reach net/http.Post via \(\*consent/realcode/plugin/webhook.Poster\).Push without a consent check`
	m.Add(smtpmail.New("relay:25"))  // want `message.to \(email\) reaches net/smtp.SendMail via \(\*consent/realcode/plugin/smtpmail.Mailer\).Push without a consent check`
	m.Add(&smtpmail.Counter{})
	m.Add(smtpmail.New("relay:26")) // the same type again: reported once
}
