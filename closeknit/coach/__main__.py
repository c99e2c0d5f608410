"""`python -m closeknit.coach …` runs the coach command line."""

import sys

from .cli import main

raise SystemExit(main(sys.argv[1:]))
