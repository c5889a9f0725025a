"""Map layers and styles shared by the screen, `cosmoplan render` and the PDF reports."""
