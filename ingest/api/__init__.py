"""The HTTP API: routes shared by `ingest api` and the Lambda handlers."""
