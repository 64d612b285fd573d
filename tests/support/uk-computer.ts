// The tests' clinics are in the United Kingdom, their phone numbers British: the computer the
// tests run on says so, as a clinic's own computer would (a new register's clinic country
// defaults to it). Node takes its region from LANG unless LC_ALL outranks it, so LC_ALL is
// cleared; it is not set instead, because shells the tests start warn on every run where
// that locale is not installed.
delete process.env.LC_ALL
delete process.env.LC_MESSAGES
process.env.LANG = 'en_GB.UTF-8'
