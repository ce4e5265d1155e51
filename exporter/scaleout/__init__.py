"""Learning on Celery workers, for when one machine cannot finish a pass in its interval.

Off by default: `make run` and `learning-exporter learn` learn in process, nothing to install.
With `LEARNING_EXPORTER_CELERY_BROKER_URL` (redis:// or amqp://) the replica that holds the
learning lock enqueues one task per (org, stage) that is due (`schedule`), `learning-exporter
worker` runs them (`tasks`), and the API replicas only serve. Each task is a row of the
`learning_tasks` ledger (`ledger`) keyed by (org, stage, pass slot): enqueued once, acknowledged
late, retried on a lost worker, and a redelivered task whose row already succeeded does nothing.
Every replica reads its progress figures from that ledger at scrape (`metrics`). Without a broker
the pass runs in the serving process, yielding to its requests (`priority`).
"""
