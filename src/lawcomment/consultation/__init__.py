"""The workflow over a store: intake of drafts and comments (typed, CSV/JSON, forms, marked-up
Word), corrections, responses, versions and carry-forward, and the view that exports read."""
