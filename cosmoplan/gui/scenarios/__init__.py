"""Scenarios in the window: the switcher, one window per scenario, the comparison."""
