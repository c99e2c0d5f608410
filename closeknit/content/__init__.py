"""Reviewed product content as data, with pure-Python loaders."""
