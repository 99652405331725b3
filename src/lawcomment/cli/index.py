"""The built-in commands that live in the command modules, with the first paragraph of each
one's help: ``lawcomment --help`` lists them from here; and the command modules each command
needs (MODULES), loaded only when it runs. Written by scripts/cli_index.py;
tests/test_cli_index.py checks it."""

COMMANDS: dict[str, str] = {
    'adoption': "Which of the members' proposals on the previous version this version adopted, and how much of the committee position.",
    'amendment': 'Read amendment instruments and apply them to law files.',
    'comment': 'Add, import and list member comments.',
    'decide': "Record a staff decision on one article's merge (reversible with --undo), or accept/reject all changes of a member, a working group or an article at once.",
    'demo': 'Run a whole consultation on examples/ecommerce and write the results to --out.',
    'diff': 'Compare two versions: files (.docx, .md, .txt) or NAME@VERSION from the store.',
    'draft': 'Add and list the drafts under consultation (NAME@VERSION).',
    'export': 'Export the consultation on a draft: the submission (docx), review page, data.',
    'form': 'The Word comment form (意见反馈表).',
    'import': 'List imported files, undo an import, restore it.',
    'init': 'Create the consultation store (./lawcomment.db, or --db / $LAWCOMMENT_DB).',
    'log': 'Who changed what, when.',
    'member': 'Add, import and list member companies (and staff).',
    'merge': "Merge the members' proposals per article: changes, conflicts, the position.",
    'plugins': 'List the plugins: where each comes from, its version, hooks and formats.',
    'responses': 'Who has answered: per member and working group, commented or no response, how many comments and proposals, last activity, the days left to the deadline; then who has not answered yet. Only active comments written on this draft count.',
    'store': 'Where the consultation lives: look at a store, copy it to another engine.',
}

MODULES: dict[str, tuple[str, ...]] = {
    'adoption': ('review',),
    'amendment': ('consultation', 'amend'),
    'comment': ('consultation', 'manage'),
    'decide': ('review',),
    'demo': ('export',),
    'diff': ('review',),
    'draft': ('consultation', 'manage', 'responses', 'amend'),
    'export': ('export',),
    'form': ('consultation',),
    'import': ('consultation', 'manage'),
    'init': ('consultation',),
    'log': ('consultation',),
    'member': ('consultation', 'manage'),
    'merge': ('review',),
    'plugins': ('export',),
    'responses': ('consultation', 'responses'),
    'store': ('storage',),
}
