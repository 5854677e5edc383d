// Package render is a stub of github.com/go-chi/render v1.0.3.
package render

import "net/http"

func JSON(w http.ResponseWriter, r *http.Request, v interface{}) {}
func PlainText(w http.ResponseWriter, r *http.Request, v string) {}
func Status(r *http.Request, status int)                         {}
