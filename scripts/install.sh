#!/usr/bin/env bash
# Create .venv and install pgrec with its test and dev tools. Re-running is quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
stamp=.venv/.pgrec-install-stamp
want=$(cat pyproject.toml constraints.txt scripts/torch.env | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x .venv/bin/pgrec ]; then
    exit 0
fi
echo "installing pgrec into .venv (first run: about 460 MB of wheels, a minute or two)..."
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
pip() { .venv/bin/python -m pip --disable-pip-version-check -q "$@" 2> >(grep -v "is ignored: it is neither" >&2); }
pip install --upgrade pip

# torch first, chosen as in the Dockerfile: TORCH_VERSION from TORCH_INDEX_URL (the CPU build),
# both in scripts/torch.env. Only when that index cannot be reached, pip's configured index.
# shellcheck source=torch.env
. scripts/torch.env
probe='import sys, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=5).close()
except Exception as error:
    print(str(error) or type(error).__name__)
    sys.exit(1)'
if why=$(.venv/bin/python -c "$probe" "$TORCH_INDEX_URL/torch/"); then
    echo "torch $TORCH_VERSION: CPU build from $TORCH_INDEX_URL, as in the Dockerfile" >&2
    pip install -c constraints.txt "torch==$TORCH_VERSION" --index-url "$TORCH_INDEX_URL"
else
    echo "torch $TORCH_VERSION: $TORCH_INDEX_URL cannot be reached ($why);" \
        "falling back to pip's configured index, where plain PyPI has only the CUDA build" \
        "(2.7 GB of wheels with its nvidia-* and triton, instead of 0.19 GB)" >&2
    pip install -c constraints.txt "torch==$TORCH_VERSION"
    build=$(.venv/bin/python -c 'from importlib.metadata import requires, version
cuda = any(r.startswith(("nvidia-", "cuda-")) for r in requires("torch") or [])
print(version("torch"), "(the CUDA build)" if cuda else "(a CPU build)")') || build="?"
    echo "torch: installed $build" >&2
fi
# constraints.txt pins torch==$TORCH_VERSION, which the local version of the CPU build
# (e.g. 2.13.0+cpu) satisfies: this step keeps the torch installed above.
pip install -c constraints.txt -e '.[test,dev,eval]'
echo "$want" > "$stamp"
