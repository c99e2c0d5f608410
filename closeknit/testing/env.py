"""Test-wide environment, set before Django reads its settings.

Loaded as a plugin (`-p closeknit.testing.env` in pyproject.toml) because pytest-django
reads the settings before any conftest.py is imported.
"""

import os
import tempfile

from closeknit.core.crypto import new_key

_data = tempfile.mkdtemp(prefix="closeknit-test-")
os.environ["CLOSEKNIT_DATA_DIR"] = _data
os.environ.setdefault("CLOSEKNIT_ENCRYPTION_KEY", new_key())
os.environ.setdefault("CLOSEKNIT_SECRET_KEY", "test-secret-" + "x" * 40)
os.environ.setdefault("CLOSEKNIT_SIGNUPS", "invite")
