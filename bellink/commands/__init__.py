"""The commands cli.py loads on demand (see cli.LAZY_COMMANDS)."""
