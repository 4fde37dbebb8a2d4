"""Page-level touches: what a page gets besides its content (the home page's cards, …)."""
