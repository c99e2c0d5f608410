#!/usr/bin/env python
"""Django's management commands, for developers (operators use the `closeknit` command)."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "closeknit.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
