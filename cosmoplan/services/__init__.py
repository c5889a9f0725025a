"""Services: the open project, commands, and the queries the GUI and the CLI share."""
