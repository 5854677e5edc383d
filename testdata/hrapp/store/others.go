package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"example.com/hrapp/candidate"
	"example.com/hrapp/decision"
	"example.com/hrapp/employee"
)

// Candidates is the table of job applications. It implements
// candidate.Store.
type Candidates struct {
	DB *sql.DB
}

var _ candidate.Store = (*Candidates)(nil)

// Save inserts the application and returns its ID.
func (s *Candidates) Save(ctx context.Context, c candidate.Candidate) (int64, error) {
	var id int64
	err := s.DB.QueryRowContext(ctx, `INSERT INTO candidates (full_name, phone, email, position, expected_salary, education)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		c.FullName, c.Phone, c.Email, c.Position, c.ExpectedSalary, c.Education,
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: save application: %w", err)
	}
	return id, nil
}

// Departments is the table of organisational units.
type Departments struct {
	DB *sql.DB
}

// Create inserts d and returns its ID.
func (s *Departments) Create(ctx context.Context, d employee.Department) (int64, error) {
	var id int64
	err := s.DB.QueryRowContext(ctx, `INSERT INTO departments (name, address, phone, head_id) VALUES ($1, $2, $3, $4) RETURNING id`,
		d.Name, d.Address, d.Phone, d.HeadID).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: create department: %w", err)
	}
	return id, nil
}

// Calendar is the production calendar: non-working days by region.
type Calendar struct {
	DB *sql.DB
}

// Holidays returns the non-working days of year in region. Some regions
// make religious holidays days off (Kurban Bayram in Tatarstan), so the
// calendar has a 'religion' kind of day; that is a value, not a column.
func (c *Calendar) Holidays(ctx context.Context, region string, year int) ([]time.Time, error) {
	rows, err := c.DB.QueryContext(ctx, `SELECT day FROM holidays WHERE region = $1 AND kind IN ('state', 'religion') AND extract(year FROM day) = $2 ORDER BY day`, region, year) // OK: 'religion' is a string value, not a column
	if err != nil {
		return nil, fmt.Errorf("store: holidays %s %d: %w", region, year, err)
	}
	defer rows.Close()
	var days []time.Time
	for rows.Next() {
		var d time.Time
		if err := rows.Scan(&d); err != nil {
			return nil, fmt.Errorf("store: holidays %s %d: %w", region, year, err)
		}
		days = append(days, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: holidays %s %d: %w", region, year, err)
	}
	return days, nil
}

// Scorecards is the quarterly KPI scorecard table.
type Scorecards struct {
	DB *sql.DB
}

// Quarter returns the employee's scorecard for the current quarter.
func (s *Scorecards) Quarter(ctx context.Context, employeeID int64) (decision.Scorecard, error) {
	var sc decision.Scorecard
	err := s.DB.QueryRowContext(ctx, `SELECT kpi, reprimands FROM scorecards WHERE employee_id = $1 AND quarter = date_trunc('quarter', now())`,
		employeeID).Scan(&sc.KPI, &sc.Reprimands)
	if err != nil {
		return decision.Scorecard{}, fmt.Errorf("store: scorecard of %d: %w", employeeID, err)
	}
	return sc, nil
}
