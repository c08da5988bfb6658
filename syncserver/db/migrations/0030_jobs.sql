-- The background job queue (syncserver/jobs). A job is a row; workers of any instance claim due
-- rows with FOR UPDATE SKIP LOCKED. `available_at` is when the row may next be claimed: the
-- run time of a queued job, the lease end of a running one (so a job whose worker died is taken
-- again once its lease runs out). Claims are identified by `claim_token`, so a worker that lost
-- its lease cannot complete or fail a job another worker now holds.
CREATE TABLE jobs (
    id            bigserial PRIMARY KEY,
    type          text NOT NULL,
    payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
    state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
    attempts      integer NOT NULL DEFAULT 0,   -- claims so far
    max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    available_at  timestamptz NOT NULL DEFAULT now(),
    claim_token   text,
    claimed_by    text,                         -- "host:pid/worker", for operators
    last_error    text,
    dedup_key     text UNIQUE,                  -- enqueue once per key (NULL: no deduplication)
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
-- The claim query walks this index in available_at order; done and dead rows are not in it.
CREATE INDEX jobs_claimable ON jobs (available_at) WHERE state IN ('queued', 'running');
CREATE INDEX jobs_dead ON jobs (id) WHERE state = 'dead';
CREATE INDEX jobs_finished ON jobs (finished_at) WHERE state = 'done';

-- Effects a handler has already produced, keyed by what makes them unique ("mail:welcome:<user>"),
-- so that a job run twice (lease lost, retried after a partial failure) has one effect.
CREATE TABLE job_effects (
    effect_key  text PRIMARY KEY,
    job_id      bigint,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Scheduled jobs. Each instance with workers looks for due rows with FOR UPDATE SKIP LOCKED,
-- enqueues the job and advances next_run_at in the same transaction, so a schedule fires once
-- across all instances. Exactly one of period_seconds and daily_minute is set.
CREATE TABLE job_schedules (
    name             text PRIMARY KEY,
    job_type         text NOT NULL,
    payload          jsonb NOT NULL DEFAULT '{}'::jsonb,
    period_seconds   integer CHECK (period_seconds > 0),
    daily_minute     integer CHECK (daily_minute BETWEEN 0 AND 1439),  -- minutes after 00:00 UTC
    next_run_at      timestamptz NOT NULL,
    last_enqueued_at timestamptz,
    CHECK ((period_seconds IS NULL) <> (daily_minute IS NULL))
);
