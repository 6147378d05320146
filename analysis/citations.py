"""Every cited row of every table, by id: what a chart may show and what it must quote.

A chart records the ids of the rows it shows in `layout.meta.fact_ids`; those
ids are looked up here (facts F…, events E…, members M…, working groups W…,
information centre C…, stances P…), so a figure that no cited row states
cannot reach a reader.
"""

from __future__ import annotations

import pandas as pd

from . import data

COLUMNS = ["id", "table", "source_id", "quote", "quote_en", "value", "value_high", "qualifier", "status", "unit",
           "period_start", "period_end", "period_status", "period_quote", "origin_ref"]


def index() -> pd.DataFrame:
    """One row per cited data row: id, table, source_id, quote, its English translation and, for facts, value and qualifier."""
    frames = []
    for name, table in data.TABLES.items():
        if name == "sources" or not table.has_source or not table.id_column or "quote" not in table.quote_columns:
            continue
        df = data.load(name)
        frame = pd.DataFrame({"id": df[table.id_column], "table": name, "source_id": df["source_id"], "quote": df["quote"],
                              "quote_en": df["quote_en"] if "quote_en" in df else None})
        for column in ("value", "value_high", "qualifier", "status", "unit", "period_start", "period_end",
                       "period_status", "period_quote", "origin_ref"):
            frame[column] = df[column] if column in df else None
        if name == "events":  # an event's period is its date, to the precision given
            frame["period_start"], frame["period_end"] = df["date"], df["end_date"]
            frame["period_status"], frame["period_quote"] = df["date_status"], df["date_quote"]
        if "number" in df and "value" not in df:
            frame["value"] = df["number"]
        frames.append(frame[COLUMNS])
    return pd.concat(frames, ignore_index=True)
