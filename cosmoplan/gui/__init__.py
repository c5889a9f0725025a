"""The desktop application (PySide6 + pyqtgraph): a thin layer that draws the plan and edits it
through undoable commands."""
