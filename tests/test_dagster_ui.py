"""`dagster dev -w workspace.yaml` serves the asset graph, layered corpus → read → extract → publish."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from tests.conftest import PROJECT

QUERY = b'{"query": "{ assetNodes { assetKey { path } groupName hasAssetChecks } }"}'


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _asset_nodes(port: int, deadline: float) -> list[dict]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=QUERY,
                                     headers={"Content-Type": "application/json"})
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return json.loads(response.read())["data"]["assetNodes"]
        except (OSError, KeyError, ValueError):
            time.sleep(0.5)
    raise TimeoutError("dagster dev did not answer")


def test_dagster_dev_shows_the_asset_graph(tmp_path):
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    dagster = os.path.join(os.path.dirname(sys.executable), "dagster")
    process = subprocess.Popen([dagster, "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                               cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        nodes = _asset_nodes(port, time.monotonic() + 120)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
    groups = {node["assetKey"]["path"][0]: node["groupName"] for node in nodes}
    assert groups["raw_articles"] == "read"
    assert groups["core_events"] == "extract"
    assert groups["corpus"] == "read"
    assert groups["release"] == "publish"
    assert not any(key.startswith("out_") for key in groups)  # one publish asset, that works alone
    checked = {node["assetKey"]["path"][0] for node in nodes if node["hasAssetChecks"]}
    assert checked == {"core_articles", "core_events", "core_visits", "core_visit_counterparts", "core_missions", "core_rejects"}
