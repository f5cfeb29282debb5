"""Exporters: write a graphify graph to files (HTML, GraphML)."""
