"""closeknit: a self-hosted place for two people to practise the small habits of closeness."""

__version__ = "0.1.0"
