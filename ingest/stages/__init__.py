"""The four stages: upload, integration, extraction, validation. Plain functions, no I/O of their own."""
