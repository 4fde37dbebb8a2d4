"""Writers of the site's files other than its pages: feeds, indexes, policies, build records."""
