"""Page-level touches: what the build adds to or changes on a page, after the content is made."""
