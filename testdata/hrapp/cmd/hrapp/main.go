// Command hrapp runs the demo HR service.
//
// It reads its settings from flags and environment variables. The
// PostgreSQL driver is linked in by the deployment build, which keeps this
// module free of third-party dependencies.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"example.com/hrapp/api"
	"example.com/hrapp/candidate"
	"example.com/hrapp/clients"
	"example.com/hrapp/consent"
	"example.com/hrapp/decision"
	"example.com/hrapp/hrpb"
	"example.com/hrapp/jobs"
	"example.com/hrapp/payroll"
	"example.com/hrapp/store"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	addr := flag.String("addr", ":8080", "listen address")
	driver := flag.String("driver", "pgx", "database/sql driver name")
	dsn := flag.String("db", os.Getenv("HRAPP_DATABASE"), "database connection string")
	auditPath := flag.String("audit", "audit.log", "access audit log file")
	quarterly := flag.Bool("quarterly", false, "run the end-of-quarter job and exit")
	flag.Parse()

	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stderr, nil)))

	db, err := sql.Open(*driver, *dsn)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := store.Migrate(ctx, db); err != nil {
		return err
	}

	if *quarterly {
		job := &jobs.Quarterly{
			Staff:   &store.Employees{DB: db},
			Scores:  &store.Scorecards{DB: db},
			Board:   &decision.Board{DB: db},
			Actions: &decision.Actions{DB: db},
		}
		return job.ApplyApproved(ctx)
	}

	audit, err := os.OpenFile(*auditPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open audit log: %w", err)
	}
	defer audit.Close()

	hc := &http.Client{Timeout: 15 * time.Second}
	staff := &store.Employees{DB: db}
	srv := &api.Server{
		Staff:       staff,
		Departments: &store.Departments{DB: db},
		Calendar:    &store.Calendar{DB: db},
		Consents:    &consent.Registry{DB: db},
		SMS:         &clients.SMS{URL: os.Getenv("HRAPP_SMS_URL"), Sender: "HR"},
		CRM:         &clients.CRM{BaseURL: os.Getenv("HRAPP_CRM_URL"), APIKey: os.Getenv("HRAPP_CRM_KEY"), HTTP: hc},
		Analytics:   &clients.Analytics{Endpoint: os.Getenv("HRAPP_ANALYTICS_URL"), WriteKey: os.Getenv("HRAPP_ANALYTICS_KEY"), HTTP: hc},
		PhoneBook:   hrpb.NewDirectoryClient(os.Getenv("HRAPP_PHONEBOOK_URL"), hc),
		Payroll: &payroll.Service{
			Staff: staff,
			Bank:  &payroll.BankClient{URL: os.Getenv("HRAPP_BANK_URL"), HTTP: hc},
			SFR:   &payroll.SFRClient{URL: os.Getenv("HRAPP_SFR_URL"), Registrant: os.Getenv("HRAPP_SFR_REGNUM"), HTTP: hc},
		},
		Decisions: &decision.Board{DB: db},
		Applications: &candidate.Handler{
			Store: &store.Candidates{DB: db},
			Chat:  &clients.Chat{WebhookURL: os.Getenv("HRAPP_CHAT_WEBHOOK"), HTTP: hc},
		},
		Audit: log.New(audit, "", log.LstdFlags|log.LUTC),
	}

	slog.Info("hrapp listening", "addr", *addr)
	server := &http.Server{Addr: *addr, Handler: srv.Routes(), ReadHeaderTimeout: 10 * time.Second}
	return server.ListenAndServe()
}
