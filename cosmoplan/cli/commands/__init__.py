"""One module per command group; each exposes ``add_parser(subparsers)``."""
