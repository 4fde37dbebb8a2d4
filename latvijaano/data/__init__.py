"""The data layer: data/*.yml read once per build and checked against its schema, the
`<!-- data: -->` markers and the registry of what shows what, dates in words, publication
(drafts, scheduled items), and the templates' interface strings. Imports only the core."""
