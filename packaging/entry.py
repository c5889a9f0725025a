"""The bundle's entry point: the ``cosmoplan`` command."""

from cosmoplan.cli.main import main

raise SystemExit(main())
