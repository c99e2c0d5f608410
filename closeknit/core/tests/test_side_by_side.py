"""Two instances with different data folders run side by side on different ports."""

import json
import urllib.error
import urllib.request
from pathlib import Path

from closeknit.testing.live import running_server


def post(url: str, body: dict[str, str]) -> int:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_two_instances_keep_their_own_data(tmp_path: Path) -> None:
    person = {
        "email": "kim@example.org",
        "password": "a long enough password",
        "display_name": "Kim",
    }
    with (
        running_server(data_dir=tmp_path / "a", workers=1) as a,
        running_server(data_dir=tmp_path / "b", workers=1) as b,
    ):
        assert a != b
        assert post(a + "/api/v1/accounts", person) == 201
        assert post(a + "/api/v1/tokens", person) == 201
        assert post(b + "/api/v1/tokens", person) == 401
    key_a = (tmp_path / "a" / "encryption.key").read_text()
    assert key_a != (tmp_path / "b" / "encryption.key").read_text()
