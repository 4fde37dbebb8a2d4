"""Page-level touches: what a page gets besides its content (share links, its social image, image
sizes, ...)."""
