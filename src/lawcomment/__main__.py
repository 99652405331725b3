"""``python -m lawcomment`` runs the command line."""

from .cli import main

main()
