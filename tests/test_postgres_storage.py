"""Dagster's storage on PostgreSQL, for a shared deployment: a real server started here, the
project's dagster.postgres.yaml, and a real build recorded in it."""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import dagster as dg
import pytest
import sqlalchemy

from pipeline.build import build_dataset
from tests.conftest import ICELAND, PROJECT, copy_corpus


def _server_programs() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    initdb = found[-1] if found else shutil.which("initdb")
    if not initdb:
        pytest.fail("PostgreSQL is not installed: scripts/test installs it as root (apt-get install postgresql)")
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def postgres() -> dict[str, str]:
    """A PostgreSQL server of its own in a temporary folder (run as the `postgres` user when
    the tests run as root, which initdb refuses), stopped afterwards; its DAGSTER_PG_* values."""
    programs, folder, port = _server_programs(), Path(tempfile.mkdtemp(prefix="pg_")), _free_port()
    as_user = {}
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = {"user": owner.pw_uid, "group": owner.pw_gid}
    data = folder / "data"
    subprocess.run([programs / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True, **as_user)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run([programs / "pg_ctl", "-D", data, "-o", options, "-l", folder / "log", "-w", "start"],
                   check=True, capture_output=True, **as_user)
    try:
        yield {"DAGSTER_PG_HOST": "127.0.0.1", "DAGSTER_PG_PORT": str(port), "DAGSTER_PG_USERNAME": "postgres",
               "DAGSTER_PG_PASSWORD": "unused", "DAGSTER_PG_DB": "postgres"}
    finally:
        subprocess.run([programs / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True, **as_user)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_build_is_recorded_in_postgres(tmp_path, monkeypatch, postgres):
    for variable, value in postgres.items():
        monkeypatch.setenv(variable, value)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT / "dagster.postgres.yaml", home / "dagster.yaml")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert type(instance.run_storage).__name__ == "PostgresRunStorage"
        run_id = build_dataset(copy_corpus(tmp_path / "corpus", ICELAND), tmp_path / "out", instance=instance,
                               log_level="WARNING").run_id
    with dg.DagsterInstance.from_config(str(home)) as instance:  # what another process of the deployment sees
        assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.SUCCESS
        assert instance.get_latest_materialization_event(dg.AssetKey("core_events")).run_id == run_id
    url = f"postgresql+psycopg2://postgres@127.0.0.1:{postgres['DAGSTER_PG_PORT']}/postgres"
    with sqlalchemy.create_engine(url).connect() as connection:
        rows = connection.execute(sqlalchemy.text("SELECT status FROM runs WHERE run_id = :id"), {"id": run_id})
        assert rows.scalars().all() == ["SUCCESS"]
