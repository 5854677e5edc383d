module example.com/hrapp

go 1.26.0

require github.com/hrvet/hrvet v0.0.0

replace github.com/hrvet/hrvet => ../..
