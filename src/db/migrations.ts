/**
 * Versioned schema migrations, applied in order at start-up and recorded in schema_migrations.
 * Never edit a migration that has shipped: add the next version instead. Kept as TypeScript
 * strings (not .sql files) so the bundler ships them with the server without file tracing.
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "comments, helpful marks, article feedback, secrets",
    sql: `
      CREATE TABLE comments (
        id bigserial PRIMARY KEY,
        article_slug text NOT NULL,
        nickname text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        hold_reasons text[] NOT NULL DEFAULT '{}',
        masked_kinds text[] NOT NULL DEFAULT '{}',
        client_hash text NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        body_fingerprint text NOT NULL,
        helpful_count integer NOT NULL DEFAULT 0,
        pinned boolean NOT NULL DEFAULT false,
        official_reply text,
        official_reply_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX comments_by_article ON comments (article_slug, status, created_at DESC);
      CREATE INDEX comments_by_client ON comments (client_hash, created_at);
      CREATE INDEX comments_by_fingerprint ON comments (body_fingerprint, created_at);

      CREATE TABLE comment_helpful_marks (
        comment_id bigint NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
        client_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (comment_id, client_hash)
      );

      CREATE TABLE article_feedback (
        article_slug text NOT NULL,
        client_hash text NOT NULL,
        helpful boolean NOT NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_slug, client_hash)
      );

      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "article views per day, search queries per day, daily de-duplication marks and salts",
    sql: `
      -- Aggregates only: how often, never who.
      CREATE TABLE article_views_daily (
        article_slug text NOT NULL,
        day date NOT NULL,
        views integer NOT NULL DEFAULT 0,
        PRIMARY KEY (article_slug, day)
      );
      CREATE INDEX article_views_daily_by_day ON article_views_daily (day, article_slug);

      CREATE TABLE search_queries_daily (
        query text NOT NULL,
        day date NOT NULL,
        zero_results integer NOT NULL DEFAULT 0,
        with_results integer NOT NULL DEFAULT 0,
        first_result_clicks integer NOT NULL DEFAULT 0,
        last_seen timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (query, day)
      );
      CREATE INDEX search_queries_daily_by_day ON search_queries_daily (day);

      -- "Already counted today": an opaque HMAC under that day's salt; both are deleted once the day is over.
      CREATE TABLE daily_marks (
        day date NOT NULL,
        mark text NOT NULL,
        PRIMARY KEY (day, mark)
      );
      CREATE TABLE daily_salts (
        day date PRIMARY KEY,
        salt text NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: "per-address daily budgets for counted views and search events",
    sql: `
      -- How many counts one address (IPv6: its /64) has added today for one thing, whatever browser
      -- it claims to be. The bucket is an HMAC under that day's salt, deleted with it.
      CREATE TABLE daily_address_budget (
        day date NOT NULL,
        bucket text NOT NULL,
        used integer NOT NULL,
        PRIMARY KEY (day, bucket)
      );
    `,
  },
  {
    version: 4,
    name: "admin sign-in failures shared by every instance",
    sql: `
      -- One row per admin sign-in attempt not known to be right, by a salted hash of the address
      -- group (never the address). Deleted when the password was right, and once older than the
      -- 15-minute window (src/comments/login-throttle.ts).
      CREATE TABLE admin_login_failures (
        id bigserial PRIMARY KEY,
        bucket text NOT NULL,
        failed_at timestamptz NOT NULL
      );
      CREATE INDEX admin_login_failures_by_bucket ON admin_login_failures (bucket, failed_at);
      CREATE INDEX admin_login_failures_by_time ON admin_login_failures (failed_at);
    `,
  },
  {
    version: 5,
    name: "record of comments deleted on a reader's request",
    sql: `
      -- That a deletion happened (《个人信息保护法》第四十七条): when, how many, why. Never which
      -- comments or what they said: the point of the request is that nothing of them is kept.
      CREATE TABLE comment_deletions (
        id bigserial PRIMARY KEY,
        deleted_at timestamptz NOT NULL DEFAULT now(),
        comment_count integer NOT NULL CHECK (comment_count > 0),
        reason text NOT NULL
      );
    `,
  },
];
