"""Comparing and merging text (pure): redlines, merging members' proposals, aligning versions,
the committee's position per unit, carrying edits to a new version, adoption and reports."""
