"""Allow ``python -m cosmoplan``."""

from cosmoplan.cli.main import main

raise SystemExit(main())
