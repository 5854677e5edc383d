// Package campaign queues messages and hands them to messengers through
// an interface. It imports none of the messengers: main registers them,
// so no implementation is seen where Push is called.
package campaign

import "consent/realcode/plugin/models"

// Messenger delivers a message.
type Messenger interface {
	Name() string
	Push(models.Message) error
}

// message is a queued message for one subscriber. Its to field holds the
// subscriber's address under another name.
type message struct {
	subscriber models.Subscriber
	subject    string
	to         string
}

// Manager runs the queue.
type Manager struct {
	queue      chan message
	plain      chan string
	messengers map[string]Messenger
}

// Add registers a messenger.
func (m *Manager) Add(msgr Messenger) { m.messengers[msgr.Name()] = msgr }

// Enqueue queues a message for s.
func (m *Manager) Enqueue(s models.Subscriber, subject string) {
	m.queue <- message{subscriber: s, subject: subject, to: s.Email}
}

// Run delivers the queue. What it receives was sent by Enqueue, which
// is not its caller: the received message is input, like a decoded
// request, and the personal data read from it originate here.
func (m *Manager) Run() {
	for {
		select {
		case msg, ok := <-m.queue:
			if !ok {
				return
			}
			out := models.Message{To: []string{msg.to}, Subject: msg.subject, Subscriber: &msg.subscriber}
			m.messengers["mail"].Push(out)
		case subject := <-m.plain:
			m.messengers["mail"].Push(models.Message{Subject: subject})
		}
	}
}
