"""Writers of the files a build publishes beside its pages (calendars, open data and its page, …)."""
