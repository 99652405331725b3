"""Reading and splitting law text (pure): decoding, the structure profiles, the parser that
gives every unit a stable eid, citations and cross-references, and the draft's serialisation."""
