// Package models holds the records a newsletter service mails, reduced
// from a public mailing-list manager whose messengers are plug-ins.
package models

// Subscriber is a person on a mailing list.
type Subscriber struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
	Name  string `pd:"name"`
}

// Message is what a messenger is given to deliver.
type Message struct {
	To         []string
	Subject    string
	Subscriber *Subscriber
}
