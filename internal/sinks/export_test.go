package sinks

// Exported for the tests of package sinks_test, which cannot be internal
// tests: internal/config, which they use, imports this package.
type CheckedModule = checkedModule

var (
	CheckedModules     = checkedModules
	ModuleOf           = moduleOf
	IsStd              = isStd
	UncheckedLibraries = uncheckedLibraries
	NotPinnedReason    = notPinnedReason
	CacheChecked       = cacheChecked
)
