"""The command line: ``cosmoplan new|info|list|export|import|render|gui``."""
