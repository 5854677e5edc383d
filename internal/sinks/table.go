package sinks

import "strings"

// table is the single source of the built-in catalogue: Lookup, Builtin
// and docs/sinks.md are all derived from it. Rows name functions as
// types.Func.FullName prints them; a method is named after the type that
// declares it (an interface method after its interface, a promoted method
// after the embedded type), because that is what a call resolves to.
func table() []Entry {
	var t []Entry
	add := func(entries ...[]Entry) {
		for _, e := range entries {
			t = append(t, e...)
		}
	}

	// --- transfer: a third party ---------------------------------------

	httpArgs := Entry{Kind: Transfer, Library: "net/http", Data: DataArgs, Note: "the URL and the body or form go to the server"}
	add(
		funcs("net/http", "Get Head Post PostForm", httpArgs),
		methods("(*net/http.Client)", "Get Head Post PostForm", httpArgs),
		methods("(*net/http.Client)", "Do", Entry{Kind: Transfer, Library: "net/http", Data: DataRequest}),
		methods("(net/http.RoundTripper)", "RoundTrip", Entry{Kind: Transfer, Library: "net/http", Data: DataRequest}),
		methods("(*net/http.Transport)", "RoundTrip", Entry{Kind: Transfer, Library: "net/http", Data: DataRequest}),

		funcs("net/smtp", "SendMail", Entry{Kind: Transfer, Library: "net/smtp", Data: DataArgs, Note: "recipients and message"}),
		methods("(*net/smtp.Client)", "Mail Rcpt", Entry{Kind: Transfer, Library: "net/smtp", Data: DataArgs, Note: "sender and recipient addresses"}),
		methods("(*net/smtp.Client)", "Data", Entry{Kind: Transfer, Library: "net/smtp", Data: DataResultWriter, Note: "the message is written to the returned `io.WriteCloser`"}),

		methods("(net.Conn)", "Write", Entry{Kind: Transfer, Library: "net", Data: DataArgs}),
		methods("(*net.conn)", "Write", Entry{Kind: Transfer, Library: "net", Data: DataArgs, Note: "`Write` of `*TCPConn`, `*UDPConn`, `*UnixConn` and `*IPConn`, promoted from `net.conn`"}),
		methods("(net.PacketConn)", "WriteTo", Entry{Kind: Transfer, Library: "net", Data: DataArgs}),
		methods("(*net.UDPConn)", "WriteTo WriteToUDP WriteMsgUDP", Entry{Kind: Transfer, Library: "net", Data: DataArgs}),
		methods("(*crypto/tls.Conn)", "Write", Entry{Kind: Transfer, Library: "crypto/tls", Data: DataArgs}),

		methods("(*github.com/segmentio/kafka-go.Writer)", "WriteMessages", Entry{Kind: Transfer, Library: "github.com/segmentio/kafka-go", Data: DataArgs}),
		methods("(*github.com/segmentio/kafka-go.Conn)", "Write WriteMessages", Entry{Kind: Transfer, Library: "github.com/segmentio/kafka-go", Data: DataArgs}),
	)
	for _, lib := range []string{"github.com/IBM/sarama", "github.com/Shopify/sarama"} {
		add(
			methods("("+lib+".SyncProducer)", "SendMessage SendMessages", Entry{Kind: Transfer, Library: lib, Data: DataArgs}),
			methods("("+lib+".AsyncProducer)", "Input", Entry{Kind: Transfer, Library: lib, Data: DataResultChan, Note: "messages are sent on the returned channel"}),
		)
	}
	nats := Entry{Kind: Transfer, Library: "github.com/nats-io/nats.go", Data: DataArgs}
	add(
		methods("(*github.com/nats-io/nats.go.Conn)", "Publish PublishMsg PublishRequest Request RequestWithContext RequestMsg RequestMsgWithContext", nats),
		methods("(*github.com/nats-io/nats.go.EncodedConn)", "Publish PublishRequest Request RequestWithContext", nats),
		methods("(github.com/nats-io/nats.go.JetStream)", "Publish PublishMsg PublishAsync PublishMsgAsync", nats),
		methods("(github.com/nats-io/nats.go/jetstream.Publisher)", "Publish PublishMsg PublishAsync PublishMsgAsync", nats),

		methods("(*github.com/rabbitmq/amqp091-go.Channel)", "Publish PublishWithContext PublishWithDeferredConfirm PublishWithDeferredConfirmWithContext",
			Entry{Kind: Transfer, Library: "github.com/rabbitmq/amqp091-go", Data: DataArgs}),
		methods("(*github.com/streadway/amqp.Channel)", "Publish", Entry{Kind: Transfer, Library: "github.com/streadway/amqp", Data: DataArgs}),
	)
	for _, svc := range []struct{ pkg, names string }{
		{"service/sns", "Publish PublishBatch"},
		{"service/sqs", "SendMessage SendMessageBatch"},
		{"service/ses", "SendEmail SendRawEmail SendTemplatedEmail SendBulkTemplatedEmail"},
		{"service/sesv2", "SendEmail SendBulkEmail"},
		{"service/s3", "PutObject UploadPart"},
	} {
		lib := "github.com/aws/aws-sdk-go-v2/" + svc.pkg
		add(methods("(*"+lib+".Client)", svc.names, Entry{Kind: Transfer, Library: lib, Data: DataArgs}))
	}
	add(
		methods("(github.com/aws/aws-sdk-go-v2/feature/s3/manager.Uploader)", "Upload",
			Entry{Kind: Transfer, Library: "github.com/aws/aws-sdk-go-v2/feature/s3/manager", Data: DataArgs}),

		methods("(*github.com/sendgrid/sendgrid-go.Client)", "Send SendWithContext", Entry{Kind: Transfer, Library: "github.com/sendgrid/sendgrid-go", Data: DataArgs}),
		funcs("github.com/sendgrid/sendgrid-go", "API MakeRequest MakeRequestRetry MakeRequestAsync",
			Entry{Kind: Transfer, Library: "github.com/sendgrid/sendgrid-go", Data: DataArgs, Note: "the body of the `rest.Request`"}),

		methods("(*github.com/twilio/twilio-go/rest/api/v2010.ApiService)", "CreateMessage CreateCall",
			Entry{Kind: Transfer, Library: "github.com/twilio/twilio-go", Data: DataArgs}),

		methods("(*firebase.google.com/go/v4/messaging.fcmClient)",
			"Send SendDryRun SendEach SendEachDryRun SendEachForMulticast SendEachForMulticastDryRun SendAll SendAllDryRun SendMulticast SendMulticastDryRun",
			Entry{Kind: Transfer, Library: "firebase.google.com/go/v4", Data: DataArgs, Note: "methods of `*messaging.Client`, declared on its embedded `*fcmClient`"}),
	)
	grpc := Entry{Kind: Transfer, Library: "google.golang.org/grpc", Data: DataArgs}
	add(
		funcs("google.golang.org/grpc", "Invoke", grpc),
		methods("(*google.golang.org/grpc.ClientConn)", "Invoke NewStream", grpc),
		methods("(google.golang.org/grpc.ClientConnInterface)", "Invoke NewStream", withNote(grpc, "generated unary clients call this")),
		methods("(google.golang.org/grpc.ClientStream)", "SendMsg", grpc),
		methods("(google.golang.org/grpc.ClientStreamingClient)", "Send", withNote(grpc, "generated client-streaming clients")),
		methods("(google.golang.org/grpc.BidiStreamingClient)", "Send", withNote(grpc, "generated bidirectional-streaming clients")),
		methods("(*google.golang.org/grpc.GenericClientStream)", "Send", grpc),
	)

	// Mail. A message is built first (gomail's m.SetHeader("To", addr),
	// go-mail's m.To(addr), mailgun.NewMessage(from, subject, text, to))
	// and handed to the call that sends it, so the data are in the
	// message argument. Libraries whose message sends itself (the
	// receiver holds the data: jordan-wright/email's (*Email).Send) are
	// listed only where another call takes the message as an argument.
	for _, lib := range []string{"gopkg.in/gomail.v2", "github.com/go-gomail/gomail", "gopkg.in/mail.v2", "github.com/casdoor/gomail/v2"} {
		gomail := Entry{Kind: Transfer, Library: lib, Data: DataArgs, Note: "the `*Message` built with `SetHeader`, `SetAddressHeader`, `SetBody`"}
		add(
			methods("(*"+lib+".Dialer)", "DialAndSend", gomail),
			funcs(lib, "Send", gomail),
			methods("("+lib+".Sender)", "Send", withNote(gomail, "also `SendCloser.Send`, from `Dialer.Dial`")),
			methods("("+lib+".SendFunc)", "Send", gomail),
		)
	}
	add(
		methods("(*github.com/wneessen/go-mail.Client)", "DialAndSend DialAndSendWithContext Send SendWithSMTPClient",
			Entry{Kind: Transfer, Library: "github.com/wneessen/go-mail", Data: DataArgs, Note: "the `*Msg` built with `To`, `Subject`, `SetBodyString`"}),
		methods("(*github.com/knadh/smtppool/v2.Pool)", "Send",
			Entry{Kind: Transfer, Library: "github.com/knadh/smtppool/v2", Data: DataArgs, Note: "the `Email` value: `From`, `To`, `Subject`, `HTML`, `Text`"}),
		methods("(*github.com/jordan-wright/email.Pool)", "Send",
			Entry{Kind: Transfer, Library: "github.com/jordan-wright/email", Data: DataArgs, Note: "`(*Email).Send`, where the receiver holds the message, is not listed"}),
	)
	mailgun := Entry{Kind: Transfer, Library: "github.com/mailgun/mailgun-go/v4", Data: DataArgs}
	add(
		methods("(github.com/mailgun/mailgun-go/v4.Mailgun)", "Send ReSend CreateMember CreateMemberList UpdateMember", mailgun),
		methods("(*github.com/mailgun/mailgun-go/v4.MailgunImpl)", "Send ReSend CreateMember CreateMemberList UpdateMember", mailgun),
		methods("(*github.com/keighl/postmark.Client)", "SendEmail SendEmailBatch SendTemplatedEmail SendTemplatedEmailBatch",
			Entry{Kind: Transfer, Library: "github.com/keighl/postmark", Data: DataArgs}),
		methods("(*github.com/mrz1836/postmark.Client)", "SendEmail SendEmailBatch SendTemplatedEmail SendTemplatedEmailBatch",
			Entry{Kind: Transfer, Library: "github.com/mrz1836/postmark", Data: DataArgs}),
	)
	for _, lib := range []string{"github.com/resend/resend-go/v2", "github.com/resend/resend-go/v3"} {
		resend := Entry{Kind: Transfer, Library: lib, Data: DataArgs}
		add(
			methods("("+lib+".EmailsSvc)", "Send SendWithContext SendWithOptions", withNote(resend, "`client.Emails` in v2")),
			methods("(*"+lib+".EmailsSvcImpl)", "Send SendWithContext SendWithOptions", withNote(resend, "`client.Emails` in v3")),
			methods("("+lib+".BatchSvc)", "Send SendWithContext SendWithOptions", resend),
			methods("(*"+lib+".BatchSvcImpl)", "Send SendWithContext SendWithOptions", resend),
		)
	}

	// Messaging: SMS and chat. The text is built into the argument
	// (tgbotapi.NewMessage(chatID, text), slack.MsgOptionText(text, false)).
	add(
		methods("(github.com/casdoor/go-sms-sender.SmsClient)", "SendMessage",
			Entry{Kind: Transfer, Library: "github.com/casdoor/go-sms-sender", Data: DataArgs, Note: "the template parameters and the phone numbers"}),
		methods("(*github.com/go-telegram-bot-api/telegram-bot-api.BotAPI)", "Send",
			Entry{Kind: Transfer, Library: "github.com/go-telegram-bot-api/telegram-bot-api", Data: DataArgs, Note: "v4 (`+incompatible`)"}),
		methods("(*github.com/go-telegram-bot-api/telegram-bot-api/v5.BotAPI)", "Send Request SendMediaGroup",
			Entry{Kind: Transfer, Library: "github.com/go-telegram-bot-api/telegram-bot-api/v5", Data: DataArgs}),
		methods("(*github.com/go-telegram/bot.Bot)",
			"SendMessage SendPhoto SendAudio SendDocument SendVideo SendAnimation SendVoice SendMediaGroup SendLocation SendVenue SendContact SendPoll EditMessageText EditMessageCaption",
			Entry{Kind: Transfer, Library: "github.com/go-telegram/bot", Data: DataArgs}),
	)
	slack := Entry{Kind: Transfer, Library: "github.com/slack-go/slack", Data: DataArgs}
	add(
		methods("(*github.com/slack-go/slack.Client)",
			"PostMessage PostMessageContext PostMessageWithResponse PostMessageWithResponseContext PostEphemeral PostEphemeralContext SendMessage SendMessageContext UpdateMessage UpdateMessageContext ScheduleMessage ScheduleMessageContext UploadFile UploadFileContext",
			withNote(slack, "the text of `MsgOptionText`, blocks and attachments")),
		funcs("github.com/slack-go/slack", "PostWebhook PostWebhookContext PostWebhookCustomHTTP PostWebhookCustomHTTPContext",
			withNote(slack, "incoming webhooks")),
	)

	// Error trackers: what an event, its scope or the person set on the
	// client holds goes to the tracker's service, a third party.
	sentry := Entry{Kind: Transfer, Library: "github.com/getsentry/sentry-go", Data: DataArgs}
	add(
		funcs("github.com/getsentry/sentry-go", "CaptureMessage CaptureException CaptureEvent AddBreadcrumb", sentry),
		methods("(*github.com/getsentry/sentry-go.Hub)", "CaptureMessage CaptureException CaptureEvent CaptureEventWithHint AddBreadcrumb", sentry),
		methods("(*github.com/getsentry/sentry-go.Client)", "CaptureMessage CaptureException CaptureEvent", sentry),
		methods("(*github.com/getsentry/sentry-go.Scope)", "SetUser SetTag SetTags SetContext SetContexts AddBreadcrumb",
			withNote(sentry, "sent with every later event of the scope (`ConfigureScope`, `WithScope`)")),
	)
	bugsnag := Entry{Kind: Transfer, Library: "github.com/bugsnag/bugsnag-go", Data: DataArgs, Note: "`bugsnag.User`, `MetaData` and the error in the raw data"}
	add(
		funcs("github.com/bugsnag/bugsnag-go", "Notify", bugsnag),
		methods("(*github.com/bugsnag/bugsnag-go.Notifier)", "Notify NotifySync", bugsnag),
	)
	rollbar := Entry{Kind: Transfer, Library: "github.com/rollbar/rollbar-go", Data: DataArgs}
	add(
		funcs("github.com/rollbar/rollbar-go",
			"Critical Error Warning Info Debug Log Errorf ErrorWithExtras ErrorWithExtrasAndContext Message MessageWithExtras MessageWithExtrasAndContext RequestError RequestErrorWithExtras RequestMessage RequestMessageWithExtras SetPerson SetCustom",
			rollbar),
		methods("(*github.com/rollbar/rollbar-go.Client)",
			"Errorf ErrorWithLevel ErrorWithExtras ErrorWithExtrasAndContext Message MessageWithExtras MessageWithExtrasAndContext RequestError RequestErrorWithExtras RequestMessage RequestMessageWithExtras SetPerson SetCustom",
			rollbar),
	)

	// Payments: the customer, payer and account holder named in a request
	// go to the payment provider. Xendit's SDK (v7, generated by OpenAPI
	// Generator) builds each request in steps,
	// api.CreateInvoice(ctx).CreateInvoiceRequest(body).Execute(): the body
	// is the argument of the builder's setter, and Execute, which sends it,
	// takes none, so the setter is the sink.
	xendit := Entry{Kind: Transfer, Library: "github.com/xendit/xendit-go/v7", Data: DataArgs,
		Note: "the request body, sent by the builder's `Execute`"}
	for _, b := range []struct{ pkg, builder, setters string }{
		{"invoice", "ApiCreateInvoiceRequest", "CreateInvoiceRequest"},
		{"customer", "ApiCreateCustomerRequest", "CustomerRequest"},
		{"customer", "ApiUpdateCustomerRequest", "PatchCustomer"},
		{"payment_request", "ApiCreatePaymentRequestRequest", "PaymentRequestParameters"},
		{"payment_method", "ApiCreatePaymentMethodRequest", "PaymentMethodParameters"},
		{"payment_method", "ApiPatchPaymentMethodRequest", "PaymentMethodUpdateParameters"},
		{"payout", "ApiCreatePayoutRequest", "CreatePayoutRequest"},
		{"refund", "ApiCreateRefundRequest", "CreateRefund"},
	} {
		add(methods("(github.com/xendit/xendit-go/v7/"+b.pkg+"."+b.builder+")", b.setters, xendit))
	}

	// --- commercial: analytics and marketing ---------------------------

	commercial := func(lib string) Entry {
		return Entry{Kind: Commercial, Purpose: "commercial", Library: lib, Data: DataArgs}
	}
	add(
		methods("(github.com/segmentio/analytics-go/v3.Client)", "Enqueue", commercial("github.com/segmentio/analytics-go/v3")),
		methods("(gopkg.in/segmentio/analytics-go.v3.Client)", "Enqueue", commercial("gopkg.in/segmentio/analytics-go.v3")),
		methods("(*github.com/mixpanel/mixpanel-go.ApiClient)",
			"Track Import PeopleSet PeopleSetOnce PeopleIncrement PeopleUnionProperty PeopleAppendListProperty PeopleRemoveListProperty GroupSet GroupSetOnce",
			commercial("github.com/mixpanel/mixpanel-go")),
		methods("(github.com/dukex/mixpanel.Mixpanel)", "Track Import Update UpdateUser UpdateGroup UnionUser UnionGroup Alias",
			commercial("github.com/dukex/mixpanel")),
		methods("(github.com/amplitude/analytics-go/amplitude.Client)", "Track Identify GroupIdentify Revenue SetGroup",
			commercial("github.com/amplitude/analytics-go")),
		methods("(github.com/posthog/posthog-go.Client)", "Enqueue", commercial("github.com/posthog/posthog-go")),
		methods("(github.com/posthog/posthog-go.EnqueueClient)", "Enqueue", commercial("github.com/posthog/posthog-go")),
	)

	// --- log -------------------------------------------------------------

	add(
		funcs("log", "*", Entry{Kind: Log, Library: "log", Data: DataArgs, Note: "every function, `Fatal*` and `Panic*` included"}),
		methods("(*log.Logger)", "*", Entry{Kind: Log, Library: "log", Data: DataArgs}),

		funcs("log/slog", "Debug DebugContext Info InfoContext Warn WarnContext Error ErrorContext Log LogAttrs", Entry{Kind: Log, Library: "log/slog", Data: DataArgs}),
		methods("(*log/slog.Logger)", "Debug DebugContext Info InfoContext Warn WarnContext Error ErrorContext Log LogAttrs With",
			Entry{Kind: Log, Library: "log/slog", Data: DataArgs}),
		funcs("log/slog", "Any Bool Duration Float64 Group Int Int64 String Time Uint64", Entry{Kind: Log, Library: "log/slog", Data: DataAttr}),
		funcs("log/slog", "AnyValue BoolValue DurationValue Float64Value GroupValue Int64Value IntValue StringValue TimeValue Uint64Value",
			Entry{Kind: Log, Library: "log/slog", Data: DataAttr}),

		funcs("fmt", "Print Printf Println", Entry{Kind: Log, Library: "fmt", Data: DataArgs, Note: "standard output"}),
		funcs("fmt", "Fprint Fprintf Fprintln", Entry{Kind: Log, Library: "fmt", Data: DataStdio}),

		methods("(*go.uber.org/zap.Logger)", "Debug Info Warn Error DPanic Panic Fatal Log With WithLazy", Entry{Kind: Log, Library: "go.uber.org/zap", Data: DataArgs}),
		methods("(*go.uber.org/zap.SugaredLogger)", "*", Entry{Kind: Log, Library: "go.uber.org/zap", Data: DataArgs}),
		funcs("go.uber.org/zap", "Any Array Binary Bool ByteString ByteStrings Dict Float64 Inline Int Int64 Ints Object Objects Reflect String Stringer Stringers Stringp Strings Time Uint Uint64",
			Entry{Kind: Log, Library: "go.uber.org/zap", Data: DataAttr}),

		funcs("github.com/sirupsen/logrus",
			"Trace Tracef Traceln Debug Debugf Debugln Info Infof Infoln Print Printf Println Warn Warnf Warnln Warning Warningf Warningln Error Errorf Errorln Fatal Fatalf Fatalln Panic Panicf Panicln WithField WithFields",
			Entry{Kind: Log, Library: "github.com/sirupsen/logrus", Data: DataArgs}),
		methods("(*github.com/sirupsen/logrus.Entry)", "*", Entry{Kind: Log, Library: "github.com/sirupsen/logrus", Data: DataArgs}),
		methods("(*github.com/sirupsen/logrus.Logger)", "*", Entry{Kind: Log, Library: "github.com/sirupsen/logrus", Data: DataArgs}),

		methods("(*github.com/rs/zerolog.Event)", "*", Entry{Kind: Log, Library: "github.com/rs/zerolog", Data: DataArgs, Note: "fields added to an event (`Str`, `Interface`, ...) and its message (`Msg`, `Msgf`)"}),
		methods("(github.com/rs/zerolog.Context)", "*", Entry{Kind: Log, Library: "github.com/rs/zerolog", Data: DataArgs, Note: "fields of a derived logger, logged with every event"}),
		methods("(*github.com/rs/zerolog.Logger)", "Print Printf Println", Entry{Kind: Log, Library: "github.com/rs/zerolog", Data: DataArgs}),
		methods("(github.com/rs/zerolog.Logger)", "Write", Entry{Kind: Log, Library: "github.com/rs/zerolog", Data: DataArgs}),
		methods("(github.com/rs/zerolog.Logger)", "Print Printf", Entry{Kind: Log, Library: "github.com/rs/zerolog", Data: DataArgs, Note: "not zerolog's: the receiver of the flow engine's test stub"}),
		funcs("github.com/rs/zerolog/log", "Print Printf", Entry{Kind: Log, Library: "github.com/rs/zerolog", Data: DataArgs}),
	)

	// beego's logger, package logs of beego v1 (github.com/astaxie/beego,
	// then github.com/beego/beego) and core/logs of v2: the package
	// functions write to the default *BeeLogger. Beego v1's own package
	// functions (beego.Info) write to the same logger.
	beegoLevels := "Emergency Alert Critical Error Warning Warn Notice Informational Info Debug Trace"
	for _, b := range []struct{ module, logs string }{
		{"github.com/astaxie/beego", "github.com/astaxie/beego/logs"},
		{"github.com/beego/beego", "github.com/beego/beego/logs"},
		{"github.com/beego/beego/v2", "github.com/beego/beego/v2/core/logs"},
	} {
		beego := Entry{Kind: Log, Library: b.module, Data: DataArgs}
		add(
			funcs(b.logs, beegoLevels, beego),
			methods("(*"+b.logs+".BeeLogger)", beegoLevels+" Write", beego),
		)
		if b.module != "github.com/beego/beego/v2" {
			add(funcs(b.module, beegoLevels, withNote(beego, "`beego.Info` and the other levels of beego v1")))
		}
	}

	// --- store -----------------------------------------------------------

	sql := Entry{Kind: Store, Library: "database/sql", Data: DataArgs}
	prepare := withNote(sql, "the SQL text only")
	add(
		methods("(*database/sql.DB)", "Exec ExecContext Query QueryContext QueryRow QueryRowContext", sql),
		methods("(*database/sql.DB)", "Prepare PrepareContext", prepare),
		methods("(*database/sql.Tx)", "Exec ExecContext Query QueryContext QueryRow QueryRowContext", sql),
		methods("(*database/sql.Tx)", "Prepare PrepareContext", prepare),
		methods("(*database/sql.Conn)", "ExecContext QueryContext QueryRowContext", sql),
		methods("(*database/sql.Conn)", "PrepareContext", prepare),
		methods("(*database/sql.Stmt)", "Exec ExecContext Query QueryContext QueryRow QueryRowContext", sql),

		funcs("os", "WriteFile", Entry{Kind: Store, Library: "os", Data: DataArgs}),
		methods("(*os.File)", "Write WriteString WriteAt", Entry{Kind: Store, Library: "os", Data: DataArgs, Note: "on `os.Stdout` or `os.Stderr` this is log output"}),

		methods("(*gorm.io/gorm.DB)", "Create CreateInBatches Save Update Updates UpdateColumn UpdateColumns FirstOrCreate Exec Raw",
			Entry{Kind: Store, Library: "gorm.io/gorm", Data: DataArgs}),
	)
	pgx := Entry{Kind: Store, Library: "github.com/jackc/pgx/v5", Data: DataArgs}
	for _, recv := range []string{
		"(*github.com/jackc/pgx/v5.Conn)",
		"(github.com/jackc/pgx/v5.Tx)",
		"(*github.com/jackc/pgx/v5/pgxpool.Pool)",
		"(*github.com/jackc/pgx/v5/pgxpool.Conn)",
		"(*github.com/jackc/pgx/v5/pgxpool.Tx)",
	} {
		add(methods(recv, "Exec Query QueryRow SendBatch CopyFrom", pgx))
	}
	add(methods("(*github.com/jackc/pgx/v5.Batch)", "Queue", pgx))

	sqlx := Entry{Kind: Store, Library: "github.com/jmoiron/sqlx", Data: DataArgs}
	add(
		methods("(*github.com/jmoiron/sqlx.DB)", "NamedExec NamedExecContext NamedQuery NamedQueryContext MustExec MustExecContext Queryx QueryxContext QueryRowx QueryRowxContext Select SelectContext Get GetContext", sqlx),
		methods("(*github.com/jmoiron/sqlx.Tx)", "NamedExec NamedExecContext NamedQuery MustExec MustExecContext Queryx QueryxContext QueryRowx QueryRowxContext Select SelectContext Get GetContext", sqlx),
		methods("(*github.com/jmoiron/sqlx.NamedStmt)", "Exec ExecContext MustExec MustExecContext", sqlx),
		funcs("github.com/jmoiron/sqlx", "NamedExec NamedExecContext MustExec MustExecContext", sqlx),
	)

	// go-redis declares its commands on the unexported func type cmdable
	// (promoted into *Client, *ClusterClient, pipelines...). Calls through
	// an interface resolve to Cmdable in early v9 releases and to the
	// per-group interfaces (StringCmdable, ...) in later ones.
	redis := Entry{Kind: Store, Library: "github.com/redis/go-redis/v9", Data: DataArgs}
	for _, g := range []struct{ iface, names string }{
		{"StringCmdable", "Set SetNX SetXX SetEx SetArgs GetSet MSet MSetNX Append SetRange"},
		{"HashCmdable", "HSet HSetNX HMSet"},
		{"ListCmdable", "LPush LPushX RPush RPushX LSet LInsert"},
		{"SetCmdable", "SAdd"},
		{"SortedSetCmdable", "ZAdd ZAddNX ZAddXX ZAddArgs"},
		{"StreamCmdable", "XAdd"},
		{"GeoCmdable", "GeoAdd"},
		{"PubSubCmdable", "Publish SPublish"},
	} {
		add(
			methods("(github.com/redis/go-redis/v9.cmdable)", g.names, redis),
			methods("(github.com/redis/go-redis/v9.Cmdable)", g.names, redis),
			methods("(github.com/redis/go-redis/v9."+g.iface+")", g.names, redis),
		)
	}

	// --- expose: the response of a request handler -----------------------

	// What a handler writes into its response is shown to the person using
	// the system. The rows beyond the SPEC's list are named in the package
	// doc.
	expose := func(lib string) Entry {
		return Entry{Kind: Expose, Library: lib, Data: DataArgs}
	}
	response, gin, echo, fiber := expose("net/http"), expose("github.com/gin-gonic/gin"), expose("github.com/labstack/echo/v4"), expose("github.com/gofiber/fiber/v2")
	add(
		methods("(net/http.ResponseWriter)", "Write", withNote(response, "also `Write` through a framework's writer that embeds it (gin's `c.Writer`)")),
		funcs("net/http", "Error", withNote(response, "the error text is the response body")),

		methods("(*github.com/gin-gonic/gin.Context)",
			"JSON IndentedJSON SecureJSON PureJSON AsciiJSON JSONP XML YAML TOML ProtoBuf BSON String Data DataFromReader Render SSEvent", gin),
		methods("(*github.com/gin-gonic/gin.Context)", "HTML", withNote(gin, "the template's data")),
		methods("(*github.com/gin-gonic/gin.Context)", "Negotiate", withNote(gin, "the `Negotiate` value's `Data`, `JSONData`, `HTMLData`, ..., whichever the request accepts")),
		methods("(github.com/gin-gonic/gin.ResponseWriter)", "WriteString", withNote(gin, "`c.Writer.WriteString`; its `Write` is `http.ResponseWriter`'s")),

		methods("(github.com/labstack/echo/v4.Context)", "JSON JSONPretty JSONBlob JSONP JSONPBlob XML XMLPretty XMLBlob String HTML HTMLBlob Blob Stream", echo),
		methods("(github.com/labstack/echo/v4.Context)", "Render", withNote(echo, "the template's data")),
		methods("(*github.com/labstack/echo/v4.Response)", "Write", withNote(echo, "`c.Response().Write`")),

		methods("(*github.com/gofiber/fiber/v2.Ctx)", "JSON JSONP XML Send SendString SendStream Format Write Writef WriteString", fiber),
		methods("(*github.com/gofiber/fiber/v2.Ctx)", "Render", withNote(fiber, "the template's data")),

		funcs("github.com/go-chi/render", "JSON XML PlainText HTML Data Render RenderList DefaultResponder",
			withNote(expose("github.com/go-chi/render"), "`render.Respond` is a variable (by default `DefaultResponder`), not a function: the catalogue cannot name its calls")),
	)
	return t
}

// funcs returns an entry for each of the space-separated functions of
// package pkg, copying the other fields from e.
func funcs(pkg, names string, e Entry) []Entry {
	return expand(pkg+".", names, e)
}

// methods returns an entry for each of the space-separated methods of the
// receiver recv, written as in a FullName: "(*net/http.Client)".
func methods(recv, names string, e Entry) []Entry {
	return expand(recv+".", names, e)
}

func expand(prefix, names string, e Entry) []Entry {
	var out []Entry
	for _, name := range strings.Fields(names) {
		e.Func = prefix + name
		out = append(out, e)
	}
	return out
}

func withNote(e Entry, note string) Entry {
	e.Note = note
	return e
}
