package mailsdks

import (
	"context"
	"fmt"

	sender "github.com/casdoor/go-sms-sender"
	"github.com/getsentry/sentry-go"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	mailgun "github.com/mailgun/mailgun-go/v4"
	"github.com/resend/resend-go/v2"
	"github.com/slack-go/slack"
	gomail "github.com/wneessen/go-mail"
)

// smsCode is casdoor's SMS sender (object/sms.go): the phone numbers go to
// the provider with the template parameters.
func smsCode(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	client, err := sender.NewSmsClient(sender.Twilio, "id", "secret", "sign", "%s")
	if err != nil {
		return err
	}
	params := map[string]string{"code": "123456"}
	return client.SendMessage(params, user.Phone) // want `User\.Phone \(phone\) reaches \(github\.com/casdoor/go-sms-sender\.SmsClient\)\.SendMessage without a consent check`
}

// resendEmail is casdoor's Resend provider (email/resend.go).
func resendEmail(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	client := resend.NewClient("key")
	params := &resend.SendEmailRequest{
		From:    "hr@example.com",
		To:      []string{user.Email},
		Subject: "Payslip",
		Html:    "<p>Your payslip is ready.</p>",
	}
	_, err = client.Emails.Send(params) // want `User\.Email \(email\) reaches \(github\.com/resend/resend-go/v2\.EmailsSvc\)\.Send without a consent check`
	return err
}

func goMail(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	m := gomail.NewMsg()
	if err := m.From("hr@example.com"); err != nil {
		return err
	}
	if err := m.To(user.Email); err != nil {
		return err
	}
	m.Subject("Payslip")
	m.SetBodyString(gomail.TypeTextPlain, "Your payslip is ready.")
	c, err := gomail.NewClient("smtp.example.com")
	if err != nil {
		return err
	}
	return c.DialAndSend(m) // want `User\.Email \(email\) reaches \(\*github\.com/wneessen/go-mail\.Client\)\.DialAndSend without a consent check`
}

// goMailAddTo adds the recipient with AddTo, a writer by its name.
func goMailAddTo(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	m := gomail.NewMsg()
	if err := m.AddTo(user.Email); err != nil {
		return err
	}
	c, err := gomail.NewClient("smtp.example.com")
	if err != nil {
		return err
	}
	return c.DialAndSend(m) // want `User\.Email \(email\) reaches \(\*github\.com/wneessen/go-mail\.Client\)\.DialAndSend without a consent check`
}

func mailgunSend(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	mg := mailgun.NewMailgun("example.com", "key")
	m := mailgun.NewMessage("hr@example.com", "Payslip", "Your payslip is ready.", user.Email)
	_, _, err = mg.Send(ctx, m) // want `User\.Email \(email\) reaches \(\*github\.com/mailgun/mailgun-go/v4\.MailgunImpl\)\.Send without a consent check`
	return err
}

func telegramNotify(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	bot, err := tgbotapi.NewBotAPI("token")
	if err != nil {
		return err
	}
	msg := tgbotapi.NewMessage(-100200300, fmt.Sprintf("New hire: %s, %s", user.Name, user.Phone))
	_, err = bot.Send(msg) // want `User\.(Name \(name\), User\.Phone \(phone\)|Phone \(phone\), User\.Name \(name\)) reach \(\*github\.com/go-telegram-bot-api/telegram-bot-api/v5\.BotAPI\)\.Send without a consent check`
	return err
}

func slackPost(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	api := slack.New("token")
	_, _, err = api.PostMessage("C0HR", slack.MsgOptionText("Dismissed: "+user.Name, false)) // want `User\.Name \(name\) reaches \(\*github\.com/slack-go/slack\.Client\)\.PostMessage without a consent check`
	if err != nil {
		return err
	}
	return slack.PostWebhook("https://hooks.example.com/T0", &slack.WebhookMessage{Text: "Call " + user.Phone}) // want `User\.Phone \(phone\) reaches github\.com/slack-go/slack\.PostWebhook without a consent check`
}

func slackNothingPersonal() error {
	_, _, err := slack.New("token").PostMessage("C0HR", slack.MsgOptionText("Payroll closed", false)) // OK: nothing personal
	return err
}

// sentryUser sets the user of the scope and captures a message: both go
// to Sentry.
func sentryUser(ctx context.Context, id int64) {
	user, err := users.User(ctx, id)
	if err != nil {
		sentry.CaptureException(err) // OK: the lookup's error carries nothing
		return
	}
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetUser(sentry.User{Email: user.Email}) // want `User\.Email \(email\) reaches \(\*github\.com/getsentry/sentry-go\.Scope\)\.SetUser without a consent check`
	})
	sentry.CaptureMessage("payslip failed for " + user.Name) // want `User\.Name \(name\) reaches github\.com/getsentry/sentry-go\.CaptureMessage without a consent check`
}

// sentryScope sets what every later event of a scope carries: the
// catalogue's scope setters are sinks, whatever the library's own body
// does with what they are given (it only stores it for a later event).
func sentryScope(ctx context.Context, id int64) {
	user, err := users.User(ctx, id)
	if err != nil {
		return
	}
	scope := sentry.NewScope()
	scope.SetUser(sentry.User{ID: "42", Email: user.Email}) // want `User\.Email \(email\) reaches \(\*github\.com/getsentry/sentry-go\.Scope\)\.SetUser without a consent check`
	scope.SetTag("email", user.Email)                       // want `User\.Email \(email\) reaches \(\*github\.com/getsentry/sentry-go\.Scope\)\.SetTag without a consent check`
}
