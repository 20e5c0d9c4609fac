"""The core tables between assets as Parquet files (``DAGSTER_HOME/storage/core_<table>.parquet``),
not pickles: Arrow tables written and read back as they are, never a DataFrame. Works on any
filesystem universal-pathlib knows (S3, GCS)."""

from __future__ import annotations

import dagster as dg
import pyarrow as pa
import pyarrow.parquet as pq
from upath import UPath


class ParquetIOManager(dg.UPathIOManager):
    """Stores an Arrow table as one Parquet file per asset (zstd) and loads it as an Arrow table."""

    extension = ".parquet"

    def dump_to_path(self, context: dg.OutputContext, obj: pa.Table, path: UPath) -> None:
        with path.open("wb") as handle, pq.ParquetWriter(handle, obj.schema, compression="zstd") as writer:
            writer.write_table(obj)

    def load_from_path(self, context: dg.InputContext, path: UPath) -> pa.Table:
        with path.open("rb") as handle:
            return pq.read_table(handle)


class ParquetTables(dg.ConfigurableIOManagerFactory):
    """The Parquet IO manager, under `base_dir` or else the instance's storage folder."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> ParquetIOManager:
        return ParquetIOManager(base_path=UPath(self.base_dir or context.instance.storage_directory()))
