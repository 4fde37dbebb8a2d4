"""The build's writers: files the site publishes besides its pages (feeds, cards, open data, ...)."""
