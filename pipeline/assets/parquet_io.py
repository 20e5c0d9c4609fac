"""The core tables between assets as Parquet files (``DAGSTER_HOME/storage/core_<table>.parquet``),
not pickles: written from a DataFrame, read back as an Arrow table (compact: each consumer makes
DataFrames of what it needs). Works on any filesystem universal-pathlib knows (S3, GCS)."""

from __future__ import annotations

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from upath import UPath


class ParquetIOManager(dg.UPathIOManager):
    """Stores a pandas DataFrame as one Parquet file per asset (zstd), without its index, and
    loads it as an Arrow table (whose `to_pandas` gives the DataFrame back, dtypes included)."""

    extension = ".parquet"

    def dump_to_path(self, context: dg.OutputContext, obj: pd.DataFrame, path: UPath) -> None:
        table = pa.Table.from_pandas(obj, preserve_index=False)
        with path.open("wb") as handle, pq.ParquetWriter(handle, table.schema, compression="zstd") as writer:
            writer.write_table(table)
        del table
        pa.default_memory_pool().release_unused()

    def load_from_path(self, context: dg.InputContext, path: UPath) -> pa.Table:
        with path.open("rb") as handle:
            return pq.read_table(handle)


class ParquetTables(dg.ConfigurableIOManagerFactory):
    """The Parquet IO manager, under `base_dir` or else the instance's storage folder."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> ParquetIOManager:
        return ParquetIOManager(base_path=UPath(self.base_dir or context.instance.storage_directory()))
