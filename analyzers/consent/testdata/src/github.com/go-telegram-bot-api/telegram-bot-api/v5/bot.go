// Package tgbotapi is a minimal stub of
// github.com/go-telegram-bot-api/telegram-bot-api/v5 for hrvet's tests.
package tgbotapi

// Params are the parameters of a request.
type Params map[string]string

// Chattable is something that can be sent.
type Chattable interface {
	params() (Params, error)
	method() string
}

// MessageConfig is a text message.
type MessageConfig struct {
	ChatID int64
	Text   string
}

func (config MessageConfig) params() (Params, error) { return Params{"text": config.Text}, nil }
func (config MessageConfig) method() string          { return "sendMessage" }

// NewMessage returns a text message to a chat.
func NewMessage(chatID int64, text string) MessageConfig {
	return MessageConfig{ChatID: chatID, Text: text}
}

// Message is a sent message.
type Message struct{ MessageID int }

// BotAPI is a bot.
type BotAPI struct{ Token string }

// NewBotAPI returns a bot.
func NewBotAPI(token string) (*BotAPI, error) { return &BotAPI{Token: token}, nil }

// Send sends c.
func (bot *BotAPI) Send(c Chattable) (Message, error) { return Message{}, nil }
