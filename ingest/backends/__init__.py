"""Ports and the backends that implement them: local (directory + SQLite) and aws (S3 + DynamoDB + SQS)."""
