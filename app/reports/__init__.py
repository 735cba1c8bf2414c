"""Printed paper: slips, forms, ledgers and labels (reportlab; no Qt).

Every form is a function ``render_xxx(data, meta) -> bytes``: plain frozen dataclasses from
:mod:`app.reports.data` in, the bytes of an A4 PDF out. Nothing is written to disk.
"""
