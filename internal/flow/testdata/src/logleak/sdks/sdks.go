// Package sdks logs personal data with zap, logrus and zerolog, through
// stubs with their real import paths and signatures. Field constructors
// (zap.String, zap.Any) are not sinks themselves; zerolog events and
// contexts are, field by field.
package sdks

import (
	"context"
	"errors"

	"github.com/hrvet/hrvet/annotations"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

// Employee is a personnel record.
type Employee struct {
	ID       int64  `pd:"-"`
	Name     string `pd:"name"`
	Phone    string `pd:"phone"`
	Email    string `pd:"email"`
	Passport string `pd:"govid"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

var staff Directory

func zapLogger(ctx context.Context, logger *zap.Logger, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		logger.Error("lookup failed", zap.Int64("employee", id), zap.Error(err)) // OK: an ID and an error
		return
	}
	logger.Info("sms sent", zap.String("phone", e.Phone))                          // want `Employee\.Phone \(phone\) reaches \(\*go\.uber\.org/zap\.Logger\)\.Info without a redactor`
	logger.Warn("loaded", zap.Any("employee", e))                                  // want `Employee\.(Name|Phone|Email|Passport) .*reach \(\*go\.uber\.org/zap\.Logger\)\.Warn without a redactor`
	child := logger.With(zap.String("email", e.Email))                             // want `Employee\.Email \(email\) reaches \(\*go\.uber\.org/zap\.Logger\)\.With without a redactor`
	child.Info("enrolled")                                                         // OK: reported once, at With
	logger.Info("sms sent", zap.Int64("employee", e.ID))                           // OK: the ID
	logger.Info("sms sent", zap.String("phone", annotations.MaskTail(e.Phone, 2))) // OK: masked
}

func zapSugar(ctx context.Context, logger *zap.Logger, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	sugar := logger.Sugar()
	sugar.Infow("sms sent", "phone", e.Phone)   // want `Employee\.Phone \(phone\) reaches \(\*go\.uber\.org/zap\.SugaredLogger\)\.Infow without a redactor`
	sugar.Infof("welcome, %s", e.Name)          // want `Employee\.Name \(name\) reaches \(\*go\.uber\.org/zap\.SugaredLogger\)\.Infof without a redactor`
	sugar.Info("checked passport ", e.Passport) // want `Employee\.Passport \(govid\) reaches \(\*go\.uber\.org/zap\.SugaredLogger\)\.Info without a redactor`
	sugar.Infow("sms sent", "employee", e.ID)   // OK: the ID
}

func logrusCalls(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		logrus.WithField("employee", id).Warnf("lookup failed: %v", err) // OK: an ID and an error
		return
	}
	logrus.Infof("calling %s", e.Phone)                           // want `Employee\.Phone \(phone\) reaches github\.com/sirupsen/logrus\.Infof without a redactor`
	logrus.WithField("email", e.Email).Info("enrolled")           // want `Employee\.Email \(email\) reaches github\.com/sirupsen/logrus\.WithField without a redactor`
	logrus.WithFields(logrus.Fields{"name": e.Name}).Warn("late") // want `Employee\.Name \(name\) reaches github\.com/sirupsen/logrus\.WithFields without a redactor`
	entry := logrus.WithField("employee", e.ID)                   // OK: the ID
	entry.Info("passport ", e.Passport)                           // want `Employee\.Passport \(govid\) reaches \(\*github\.com/sirupsen/logrus\.Entry\)\.Info without a redactor`
	logger := logrus.New()
	logger.Infof("mail to %s", e.Email)                 // want `Employee\.Email \(email\) reaches \(\*github\.com/sirupsen/logrus\.Logger\)\.Infof without a redactor`
	logrus.WithField("employee", e.ID).Info("enrolled") // OK: the ID
}

func zerologCalls(ctx context.Context, logger zerolog.Logger, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		zlog.Error().Err(err).Int64("employee", id).Msg("lookup failed") // OK: an error and an ID
		return
	}
	zlog.Info().Str("phone", e.Phone).Msg("sms sent")                          // want `Employee\.Phone \(phone\) reaches \(\*github\.com/rs/zerolog\.Event\)\.Str without a redactor`
	logger.Info().Msgf("welcome, %s", e.Name)                                  // want `Employee\.Name \(name\) reaches \(\*github\.com/rs/zerolog\.Event\)\.Msgf without a redactor`
	logger.Info().Interface("employee", e).Send()                              // want `Employee\.(Name|Phone|Email|Passport) .*reach \(\*github\.com/rs/zerolog\.Event\)\.Interface without a redactor`
	logger.Printf("passport %s", e.Passport)                                   // want `Employee\.Passport \(govid\) reaches \(github\.com/rs/zerolog\.Logger\)\.Printf without a redactor`
	sub := logger.With().Str("email", e.Email).Logger()                        // want `Employee\.Email \(email\) reaches \(github\.com/rs/zerolog\.Context\)\.Str without a redactor`
	sub.Info().Msg("enrolled")                                                 // OK: reported once, where the e-mail went in
	zlog.Print(e.Phone)                                                        // want `Employee\.Phone \(phone\) reaches github\.com/rs/zerolog/log\.Print without a redactor`
	zlog.Printf("mail to %s", e.Email)                                         // want `Employee\.Email \(email\) reaches github\.com/rs/zerolog/log\.Printf without a redactor`
	zlog.Info().Int64("employee", e.ID).Msg("sms sent")                        // OK: the ID
	zlog.Info().Str("phone", annotations.MaskTail(e.Phone, 2)).Msg("sms sent") // OK: masked
	zlog.Error().Err(errors.New("gateway timeout")).Msg("sms failed")          // OK: nothing personal
}
