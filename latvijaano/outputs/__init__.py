"""Writers of the files a build publishes beside its pages: feeds, calendars, cards, open data,
indexes, policies and build records."""
