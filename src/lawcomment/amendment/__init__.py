"""Amendment instruments (修正案, 修改决定): their model, the parser, applying them to a law,
and writing one from the committee's accepted changes."""
