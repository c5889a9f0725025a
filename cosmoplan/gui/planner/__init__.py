"""Requests, the optimiser and explanations in the window: the requests table and editor,
Plan > Optimise…, and "Why not?"."""
