"""Word in and out: the package reader with its caps, styles and numbering, tracked changes and
comments (markup), the draft reader, footnotes, the XML writer and the submission templates."""
