"""Container health check: exit 0 when the service's GET /health answers 200, else 1.

Usage: python docker/healthcheck.py [URL]   (default http://127.0.0.1:8001/health)
Standard library only, so it runs in the slim image without curl.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8001/health"


def main(argv: list[str]) -> int:
    url = argv[1] if len(argv) > 1 else DEFAULT_URL
    try:
        with urllib.request.urlopen(url, timeout=4) as response:
            body = response.read(2048).decode("utf-8", "replace")
            status = response.status
    except urllib.error.HTTPError as exc:
        print(f"unhealthy: {url} answered {exc.code}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"unhealthy: {url} unreachable: {exc}", file=sys.stderr)
        return 1
    print(f"{status} {body}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
